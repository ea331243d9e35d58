// The trend chart with Chart.js: base, observations, the dashed required path and the
// target as a point with its label (drawn by a 10-line inline plugin, not
// chartjs-plugin-annotation), axes; canvas (Chart.js has no SVG renderer), animation off, 480 x 300.
import { Chart, LineController, LineElement, PointElement, LinearScale, Tooltip } from 'chart.js';
import { COLORS, HEIGHT, WIDTH, frame, valueLabel, yearLabel } from './common.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip);

/** Writes the target's label beside its point (the dataset with `targetLabel`). */
const targetLabel = {
  id: 'targetLabel',
  afterDatasetsDraw(chart) {
    chart.data.datasets.forEach((ds, i) => {
      if (!ds.targetLabel) return;
      const el = chart.getDatasetMeta(i).data[0];
      if (!el) return;
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = COLORS.target;
      ctx.font = '12px system-ui, sans-serif';
      ctx.textAlign = 'right';
      ctx.fillText(ds.targetLabel, el.x - 10, el.y - 12);
      ctx.restore();
    });
  },
};

export function config(d) {
  const xy = (p) => ({ x: p.year, y: p.value });
  const solid = [...(d.base ? [d.base] : []), ...d.observed.filter((p) => p.kind === 'observed')];
  return {
    type: 'line',
    data: {
      datasets: [
        {
          label: '要求路径',
          data: (d.required?.points ?? []).map(xy),
          borderColor: COLORS.target,
          borderDash: [6, 4],
          borderWidth: 2,
          pointRadius: 0,
        },
        {
          label: '实际值',
          data: solid.map(xy),
          borderColor: COLORS.current,
          backgroundColor: COLORS.current,
          borderWidth: 2,
          pointRadius: 5,
          pointStyle: solid.map((p) => (p === d.base ? 'rect' : 'circle')),
        },
        {
          label: '其他数据',
          data: d.observed.filter((p) => p.kind !== 'observed').map(xy),
          showLine: false,
          borderColor: COLORS.current,
          backgroundColor: '#fff',
          pointRadius: 5,
        },
        {
          label: '目标',
          data: [xy(d.target)],
          showLine: false,
          borderColor: COLORS.target,
          backgroundColor: '#fff',
          borderWidth: 2,
          pointRadius: 7,
          targetLabel: d.label,
        },
      ],
    },
    options: {
      animation: false,
      responsive: false,
      parsing: false,
      normalized: true,
      font: { family: 'system-ui, sans-serif' },
      scales: {
        x: {
          type: 'linear',
          min: d.years[0],
          max: d.years[1],
          ticks: { stepSize: 1, callback: yearLabel },
          grid: { display: false },
        },
        y: { type: 'linear', grace: '8%', ticks: { callback: valueLabel(d.unit) }, grid: { color: COLORS.grid } },
      },
      plugins: { tooltip: { enabled: true } },
    },
    plugins: [targetLabel],
  };
}

/** Draws one chart into `host` (synchronously on a canvas); painted two frames later. */
export function render(host, d) {
  const plot = frame(host, d);
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', d.name);
  plot.append(canvas);
  return new Chart(canvas, config(d));
}
