// The trend chart with ECharts: base, observations, the dashed required path and the
// target as a labelled mark line, axes; SVG renderer, animation off, 480 x 300.
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, MarkLineComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { COLORS, HEIGHT, WIDTH, frame, valueLabel, yearLabel } from './common.js';

echarts.use([LineChart, GridComponent, TooltipComponent, MarkLineComponent, SVGRenderer]);

export function option(d) {
  const xy = (p) => [p.year, p.value];
  const solid = [...(d.base ? [d.base] : []), ...d.observed.filter((p) => p.kind === 'observed')];
  return {
    animation: false,
    textStyle: { fontFamily: 'system-ui, sans-serif' },
    grid: { left: 64, right: 20, top: 24, bottom: 32 },
    tooltip: { trigger: 'item' },
    xAxis: {
      type: 'value',
      min: d.years[0],
      max: d.years[1],
      interval: 1,
      axisLabel: { formatter: yearLabel },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { formatter: valueLabel(d.unit) },
      splitLine: { lineStyle: { color: COLORS.grid } },
    },
    series: [
      {
        name: '要求路径',
        type: 'line',
        data: (d.required?.points ?? []).map(xy),
        symbol: 'none',
        silent: true,
        lineStyle: { type: 'dashed', color: COLORS.target, width: 2 },
        // The target: a labelled mark (ECharts' mark line component).
        markLine: {
          symbol: ['none', 'circle'],
          symbolSize: 10,
          silent: true,
          lineStyle: { color: COLORS.target, type: 'dotted' },
          label: { formatter: d.label, position: 'insideEndTop', color: COLORS.target },
          data: [[{ coord: [d.years[0], d.target.value] }, { coord: [d.target.year, d.target.value] }]],
        },
      },
      {
        name: '实际值',
        type: 'line',
        data: solid.map(xy),
        symbol: 'circle',
        symbolSize: 9,
        lineStyle: { color: COLORS.current, width: 2 },
        itemStyle: { color: COLORS.current },
      },
      {
        name: '基期值',
        type: 'line',
        data: d.base ? [xy(d.base)] : [],
        symbol: 'rect',
        symbolSize: 10,
        itemStyle: { color: COLORS.base },
      },
      {
        name: '其他数据',
        type: 'line',
        data: d.observed.filter((p) => p.kind !== 'observed').map(xy),
        symbol: 'emptyCircle',
        symbolSize: 10,
        lineStyle: { width: 0 },
        itemStyle: { color: COLORS.current },
      },
    ],
  };
}

/** Draws one chart into `host`; painted two frames later. */
export function render(host, d) {
  const plot = frame(host, d);
  const chart = echarts.init(plot, null, { renderer: 'svg', width: WIDTH, height: HEIGHT });
  chart.setOption(option(d));
  return chart;
}
