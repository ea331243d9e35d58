// The trend chart with this library: the widget's npm entry registers <qd-trend-chart>;
// its data (plan, observations) is bundled with it.
import 'qd-dist/components/trend-chart/index.js';

export const WIDTH = 480;

/** Creates one widget in a 480 px wide box; `ready` resolves when Lit has no update pending. */
export function render(host, d) {
  const box = document.createElement('div');
  box.className = 'plot';
  box.style.width = `${WIDTH}px`;
  const el = document.createElement('qd-trend-chart');
  el.setAttribute('indicator', d.indicator);
  box.append(el);
  host.append(box);
  return el;
}
