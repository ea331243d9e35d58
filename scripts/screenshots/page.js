// One widget from the built CDN bundle, as `?widget=&lang=&theme=` asks; sets window.ready when it has loaded or failed.
import '/dist/cdn/qingdao-services-plan.min.js';

export const SAMPLES = {
  'target-card': { indicator: 'port-container-throughput' },
  'progress-bar': { indicator: 'services-trade' },
  'trend-chart': { indicator: 'port-container-throughput' },
  'share-chart': { indicator: 'producer-services-share-of-services' },
  'target-table': {},
  'plan-dashboard': {},
};

const q = new URLSearchParams(location.search);
const widget = q.get('widget') ?? 'target-card';
const lang = q.get('lang') ?? 'zh-CN';
const theme = q.get('theme') ?? 'light';
document.documentElement.lang = lang;
document.body.classList.toggle('dark', theme === 'dark');
const el = document.createElement(`qd-${widget}`);
for (const [k, v] of Object.entries({ ...SAMPLES[widget], theme })) el.setAttribute(k, v);
window.ready = new Promise((resolve) => {
  el.addEventListener('qd-load', () => resolve('load'), { once: true });
  el.addEventListener('qd-error', () => resolve('error'), { once: true });
});
document.getElementById('stage').append(el);
