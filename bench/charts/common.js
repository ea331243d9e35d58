// Shared by the ECharts and Chart.js versions of the trend chart (browser code).
// A target's data `d` comes from the library itself (bench/lib/data.mjs runs
// targetView + trendModel on the built dist/): the same numbers the widget draws.
//   d = { indicator, name, unit, years: [y0, y1], base: {year, value} | null,
//         observed: [{year, value, kind}], required: {kind, points: [{year, value}]} | null,
//         target: {year, value}, label: '目标 约55%' }

export const WIDTH = 480;
export const HEIGHT = 300;
export const COLORS = { current: '#1f5fa8', base: '#5b6470', target: '#b3261e', grid: '#d8dce2', text: '#1b1f24' };

// Created on first use, inside the timed window, as the widget creates its formatters
// (the first Intl.NumberFormat of a page loads the locale's ICU data: tens of ms).
let nf = null;
export const valueLabel = (unit) => (v) =>
  `${(nf ??= new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 })).format(v)}${unit}`;
export const yearLabel = (y) => `${y}年`;

/** The box of one chart: a figure with the target's name (HTML, as the widget has) and a WIDTH x HEIGHT plot. */
export function frame(host, d) {
  const figure = document.createElement('figure');
  figure.className = 'chart';
  const caption = document.createElement('figcaption');
  caption.textContent = d.name;
  const plot = document.createElement('div');
  plot.className = 'plot';
  plot.style.width = `${WIDTH}px`;
  plot.style.height = `${HEIGHT}px`;
  figure.append(caption, plot);
  host.append(figure);
  return plot;
}
