// The gallery: every widget with the plan's data, zh-CN and en, light and dark,
// each beside the markup that renders it, then widgets showing other governments' plans
// (#other-plans: src= a plan of examples/plans/). Loads the BUILT CDN bundle only.
// Text is always set with textContent; elements with createElement/setAttribute.
//
// The page's structure (sections, variant labels, the markup of each widget) is in
// index.html, so it is painted at once and nothing moves afterwards. This script
// creates each widget when its stage comes on screen (once the reader scrolls: within a
// screen of the viewport), one widget per task (the page stays responsive between them),
// and every widget before printing.
// Each stage holds about its widget's height until then (examples.css).
import '../dist/cdn/qingdao-services-plan.min.js';
import { WIDGETS, attributesOf, buildWidget } from './catalog.js';

const LABELS = {
  'zh-CN': { light: '中文 · 浅色', dark: '中文 · 深色' },
  en: { light: 'English · light', dark: 'English · dark' },
};

const swap = document.getElementById('swap');
const status = document.getElementById('status');

/** One variant of one widget: its stage, its markup and (once made) its element. */
const variants = [...document.querySelectorAll('#gallery .variant[data-tag], #other-plans .variant[data-tag]')].map(
  (node, order) => ({
    node,
    order,
    tag: node.dataset.tag,
    choice: node.dataset.choice ?? '',
    src: node.dataset.src ?? '', // another government's plan (#other-plans): the URL of its plan document
    lang: node.dataset.lang,
    label: node.querySelector('.variant-label'),
    stage: node.querySelector('.stage'),
    pre: node.querySelector('pre.code'),
    code: node.querySelector('pre.code > code'),
    el: null,
    shown: false,
  }),
);
const byStage = new Map(variants.map((v) => [v.stage, v]));
/** The IntersectionObserver that queues the widgets coming into view (see below). */
let observer = null;

/** Chinese light and English dark; swapped: Chinese dark and English light. */
const themeOf = (v) => ((v.lang === 'en') === swap.checked ? 'light' : 'dark');

/** The element of a variant (made once, not yet connected) with its current attributes. */
function elementOf(v) {
  const attrs = attributesOf({ tag: v.tag, choice: v.choice, lang: v.lang, theme: themeOf(v), src: v.src });
  if (!v.el) v.el = buildWidget(document, v.tag, attrs).el;
  else for (const [name, value] of attrs) if (v.el.getAttribute(name) !== value) v.el.setAttribute(name, value);
  return v.el;
}

/** Writes what the page says about a variant (label, stage colours, markup); only what changed. */
function describe(v) {
  const theme = themeOf(v);
  const label = LABELS[v.lang][theme];
  const markup = elementOf(v).outerHTML; // the browser's own serialization of the element shown
  if (v.label.textContent !== label) v.label.textContent = label;
  if (!v.stage.classList.contains(theme)) v.stage.className = `stage ${theme}`;
  const aria = `${v.tag} markup, ${label}`;
  if (v.pre.getAttribute('aria-label') !== aria) v.pre.setAttribute('aria-label', aria);
  if (v.code.textContent !== markup) v.code.textContent = markup;
}

/** Puts a variant's widget on its stage. */
function show(v) {
  if (v.shown) return;
  v.shown = true;
  observer?.unobserve(v.stage);
  describe(v);
  v.stage.append(v.el);
}

// Widgets to create, nearest the viewport first; one per task.
const queue = new Set();
let pumping = false;
let primed = false;
const nextTask = () =>
  globalThis.scheduler?.yield ? globalThis.scheduler.yield() : new Promise((r) => setTimeout(r, 0));

async function pump() {
  if (pumping) return;
  pumping = true;
  try {
    if (!primed && queue.size) {
      // The first number format of a page sets up the browser's locale data (40-130 ms on a
      // 2-core test machine, four times that on a slow phone): a task of its own, so that it
      // does not lengthen the first widget's.
      primed = true;
      for (const lang of new Set(variants.map((v) => v.lang))) new Intl.NumberFormat(lang).format(0);
      await nextTask();
    }
    while (queue.size) {
      const next = [...queue].sort((a, b) => a.priority - b.priority || a.v.order - b.v.order)[0];
      queue.delete(next);
      show(next.v);
      await nextTask();
    }
  } finally {
    pumping = false;
  }
}

/** Queues the widgets whose stage is within `margin` of the viewport (an IntersectionObserver rootMargin). */
const watch = (margin) => {
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        const v = byStage.get(e.target);
        if (!v || v.shown) continue;
        for (const q of queue) if (q.v === v) queue.delete(q);
        if (!e.isIntersecting) continue; // scrolled past before its turn
        const r = e.boundingClientRect;
        const visible = r.bottom > 0 && r.top < (globalThis.innerHeight || document.documentElement.clientHeight);
        queue.add({ v, priority: visible ? 0 : 1 });
      }
      pump();
    },
    { rootMargin: margin },
  );
  for (const v of variants) if (!v.shown) io.observe(v.stage);
  return io;
};

// While the page loads, only the widgets on screen; from the first scroll on, a screen ahead
// (the first widget of a page also sets up number formatting, a long task on a slow phone).
if ('IntersectionObserver' in globalThis) {
  observer = watch('0px');
  addEventListener(
    'scroll',
    () => {
      observer.disconnect();
      observer = watch('100% 0px');
    },
    { once: true, passive: true },
  );
} else {
  for (const v of variants) queue.add({ v, priority: 0 });
  pump();
}

// A printed page shows every widget.
addEventListener('beforeprint', () => {
  queue.clear();
  for (const v of variants) show(v);
});

swap.addEventListener('change', () => {
  for (const v of variants) describe(v);
});
if (swap.checked) swap.dispatchEvent(new Event('change'));

const missing = WIDGETS.map((w) => w.tag).filter((tag) => !customElements.get(tag));
if (missing.length) status.textContent = `未注册的组件 Not registered: ${missing.join(', ')}`;

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
