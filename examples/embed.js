// embed.html: one widget from the query, rendered by the CDN bundle, and its
// height posted to the parent page. Parameters:
//   widget   qd-target-card | qd-progress-bar | qd-trend-chart | qd-share-chart | qd-target-table | qd-plan-dashboard
//   indicator, dimension, industry, lang (zh-CN | en), theme (auto | light | dark), as-of (the plan's years)
//   target   a target by its id (qd-target-card, qd-progress-bar, qd-trend-chart), instead of indicator
//   src      the URL of a plan document (plan.schema.json) to show instead of the bundled plan, or of
//            observations; this page's Content-Security-Policy (connect-src 'self') lets it fetch
//            only from its own origin
//   heading-level (qd-target-card, qd-plan-dashboard; default 2 here)
//   id       echoed in the height message (default: the iframe's name)
// An unknown widget shows a clear message; a bad indicator, language, theme or year is passed to the
// widget, which shows its own translated message. Values are only ever set with setAttribute.
import '../dist/cdn/qingdao-services-plan.min.js';
import { WIDGETS, widgetOf } from './catalog.js';

const ATTRIBUTES = ['src', 'target', 'indicator', 'dimension', 'industry', 'lang', 'theme', 'as-of', 'heading-level'];
const q = new URLSearchParams(location.search);
const root = document.getElementById('root');
const lang = q.get('lang') === 'en' || q.get('lang')?.startsWith('en-') ? 'en' : 'zh-CN';
const theme = ['light', 'dark'].includes(q.get('theme')) ? q.get('theme') : 'auto';
document.documentElement.lang = lang;
document.documentElement.className = theme;
const id = (q.get('id') ?? window.name ?? '').slice(0, 100);

const widget = widgetOf(q.get('widget'));
if (!widget) {
  const p = document.createElement('p');
  p.className = 'embed-error';
  p.setAttribute('role', 'alert');
  const given = q.get('widget') ?? '';
  const list = WIDGETS.map((w) => w.tag).join(', ');
  p.textContent =
    lang === 'en'
      ? `${given ? `Unknown widget “${given.slice(0, 60)}”.` : 'No widget given.'} Use widget= one of: ${list}.`
      : `${given ? `未知组件“${given.slice(0, 60)}”。` : '未指定组件。'}请用 widget= 指定：${list}。`;
  root.append(p);
  document.title = lang === 'en' ? 'Embed: unknown widget' : '嵌入：未知组件';
  document.getElementById('title').textContent = document.title;
  console.warn(`[embed.html] ${p.textContent}`);
} else {
  const el = document.createElement(widget.tag);
  for (const name of ATTRIBUTES) {
    const value = q.get(name);
    if (value != null && value !== '') el.setAttribute(name, value.slice(0, name === 'src' ? 500 : 200));
  }
  if (!el.hasAttribute('lang')) el.setAttribute('lang', lang);
  // The page's h1 (visually hidden) names the widget; the widget's own heading comes next, at level 2.
  if (!el.hasAttribute('heading-level') && (widget.tag === 'qd-target-card' || widget.tag === 'qd-plan-dashboard'))
    el.setAttribute('heading-level', '2');
  root.append(el);
  document.title = `${widget.name[lang === 'en' ? 'en' : 'zh']} · qingdao-services-plan`;
  document.getElementById('title').textContent = widget.name[lang === 'en' ? 'en' : 'zh'];
}

let posted = -1;
function postHeight() {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === posted || window.parent === window) return;
  posted = height;
  // The height is not secret: any parent may read it, hence '*'.
  window.parent.postMessage({ type: 'qd-embed-height', height, id }, '*');
}
new ResizeObserver(postHeight).observe(root);
addEventListener('load', postHeight);
postHeight();
