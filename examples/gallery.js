// The gallery: every widget with the plan's data, zh-CN and en, light and dark,
// each beside the markup that renders it. Loads the BUILT CDN bundle only.
// Text is always set with textContent; elements with createElement/setAttribute.
import * as lib from '../dist/cdn/qingdao-services-plan.min.js';
import { WIDGETS, attributesOf, buildWidget } from './catalog.js';

/** What each widget shows here. */
const SHOWN = {
  'qd-target-card': 'services-trade',
  'qd-progress-bar': 'port-container-throughput',
  'qd-trend-chart': 'port-container-throughput',
  'qd-share-chart': 'producer-services-share-of-services',
  'qd-target-table': 'industry:modern-logistics',
  'qd-plan-dashboard': '',
};

const h = (tag, props = {}, ...children) => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'text') el.textContent = v;
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v);
  }
  el.append(...children.filter((c) => c != null));
  return el;
};

const gallery = document.getElementById('gallery');
const status = document.getElementById('status');
const swap = document.getElementById('swap');

function variants() {
  return swap.checked
    ? [{ lang: 'zh-CN', theme: 'dark', label: '中文 · 深色' }, { lang: 'en', theme: 'light', label: 'English · light' }]
    : [{ lang: 'zh-CN', theme: 'light', label: '中文 · 浅色' }, { lang: 'en', theme: 'dark', label: 'English · dark' }];
}

function render() {
  const sections = [];
  const missing = [];
  for (const widget of WIDGETS) {
    if (!customElements.get(widget.tag)) missing.push(widget.tag);
    const titleId = `${widget.tag}-title`;
    const section = h('section', { class: 'widget', 'aria-labelledby': titleId },
      h('h2', { id: titleId },
        h('code', { text: `<${widget.tag}>` }), ' ', widget.name.zh, ' ', h('span', { lang: 'en', class: 'sub', text: widget.name.en })));
    for (const v of variants()) {
      const attrs = attributesOf({ tag: widget.tag, choice: SHOWN[widget.tag], lang: v.lang, theme: v.theme });
      const { el, markup } = buildWidget(document, widget.tag, attrs);
      const wide = widget.input === 'scope' || widget.input === 'none';
      const labelId = `${widget.tag}-${v.lang}-${v.theme}`;
      section.append(h('div', { class: `variant${wide ? ' wide' : ''}`, role: 'group', 'aria-labelledby': labelId },
        h('h3', { id: labelId, class: 'variant-label', lang: v.lang, text: v.label }),
        h('div', { class: `stage ${v.theme}` }, el),
        h('pre', { class: 'code', tabindex: '0', 'aria-label': `${widget.tag} markup, ${v.label}` }, h('code', { text: markup }))));
    }
    sections.push(section);
  }
  gallery.replaceChildren(...sections);
  status.textContent = missing.length ? `未注册的组件 Not registered: ${missing.join(', ')}` : '';
}

swap.addEventListener('change', render);
render();

fetch('./generated/meta.json')
  .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
  .then((meta) => {
    document.getElementById('version').textContent = `v${meta.version}`;
    document.getElementById('script-line').textContent =
      `<script type="module" src="${meta.cdnBase}${meta.file}" integrity="${meta.integrity}" crossorigin="anonymous"></script>`;
  })
  .catch(() => {
    document.getElementById('script-line').textContent =
      '<script type="module" src="https://cdn.jsdelivr.net/npm/qingdao-services-plan@VERSION/dist/cdn/qingdao-services-plan.min.js"></script>  (run node scripts/build-examples.mjs for the pinned version and its integrity hash)';
  });
