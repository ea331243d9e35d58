// The snippet builder: pick a plan (the bundled one, or an example plan of another
// government: examples/plans/), a widget, an indicator or target, a language, a theme and an
// evaluation year; see the live result (rendered by the BUILT CDN bundle) and
// copy the HTML snippet (script pinned to the version with its SRI hash, and
// the element) or the iframe snippet. The version and the sha384 hash come from
// generated/meta.json, written by scripts/build-examples.mjs from the built bundle.
import * as lib from '../dist/cdn/qingdao-services-plan.min.js';
import {
  EXAMPLE_PLANS,
  WIDGETS,
  attributesOf,
  buildWidget,
  choicesFor,
  embedQuery,
  isPublicCdn,
  markupOf,
  nameKey,
  normalizeBase,
  planLabel,
  scriptTag,
  widgetOf,
} from './catalog.js';

const $ = (id) => document.getElementById(id);
const form = $('controls');
const planSelect = $('plan');
const widgetSelect = $('widget');
const choiceSelect = $('choice');
const asOfSelect = $('as-of');
const baseInput = $('base');

// The plans the builder offers: the bundled one (the widgets' default, value ''), then the example
// plans of other governments, each by the absolute URL of its file on this site (the snippet's src=).
// An example plan that does not load or is not a valid plan is left out of the list, with a warning.
const plans = new Map([['', await lib.loadBundledPlan()]]);
const examples = await Promise.all(
  EXAMPLE_PLANS.map(async (path) => {
    const url = new URL(path, location.href).href;
    try {
      const r = await fetch(url);
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return [url, lib.planFromJson(await r.json())];
    } catch (e) {
      console.warn(`[builder] example plan ${path} left out: ${e.message}`);
      return null;
    }
  }),
);
for (const entry of examples) if (entry) plans.set(entry[0], entry[1]);
let plan = plans.get('');
let meta = null; // generated/meta.json: the version, the bundle's file name and its integrity hash
let metaMissing = false;

const lang = () => form.elements.lang.value;
const option = (value, text) => {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
};

for (const w of WIDGETS) widgetSelect.append(option(w.tag, `${w.name.zh} / ${w.name.en} <${w.tag}>`));
for (const [url, p] of plans) if (url) planSelect.append(option(url, `${planLabel(p, 'zh')} / ${planLabel(p, 'en')}`));

/** The hint under the plan: where its file is, and what an editor does with src=. */
function describePlan() {
  $('plan-hint').textContent = planSelect.value
    ? `代码中的 src 指向本站的示例规划文件。请把您自己的 plan.json 放到您的网站上，并把 src 改为它的地址（见 docs/bring-your-own-plan.md）。 The snippet's src points at this site's example plan file: put your own plan.json on your site and write its address in src (see docs/bring-your-own-plan.md).`
    : '内置规划：组件的默认规划，无需 src。 The bundled plan: the widgets’ default, no src needed.';
}

/** Fills the evaluation years with the plan's: its base year to its last target year (the default). */
function fillYears() {
  const previous = asOfSelect.value;
  const { asOfMin, asOfMax } = lib.planYears(plan);
  const years = [];
  for (let y = asOfMin; y <= asOfMax; y++) years.push(option(String(y), String(y)));
  asOfSelect.replaceChildren(option('', `默认（${asOfMax}） / default (${asOfMax})`), ...years);
  if ([...asOfSelect.options].some((o) => o.value === previous)) asOfSelect.value = previous;
}

/** Fills the indicator select with the choices valid for the widget, keeping the choice where it is still valid. */
function fillChoices() {
  const widget = widgetOf(widgetSelect.value);
  const previous = choiceSelect.value;
  const key = nameKey(lang());
  const choices = choicesFor(widget, plan);
  const nodes = [];
  let group = null;
  for (const c of choices) {
    const o = option(c.value, c.value.includes(':') || !c.value ? c.label[key] : `${c.label[key]} (${c.value})`);
    if (c.group) {
      if (!group || group.label !== c.group[key]) {
        group = document.createElement('optgroup');
        group.label = c.group[key];
        nodes.push(group);
      }
      group.append(o);
    } else nodes.push(o);
  }
  if (!choices.length) nodes.push(option('', '整个规划 / the whole plan'));
  choiceSelect.replaceChildren(...nodes);
  choiceSelect.disabled = !choices.length;
  if (choices.some((c) => c.value === previous)) choiceSelect.value = previous;
  $('choice-hint').textContent = {
    target:
      '有目标的指标；一个指标有几个目标时，按目标列出（target=）。 Indicators with a target; an indicator with several targets is listed by target (target=).',
    share: '有目标或观测数据的占比指标。 Shares with a target or observations.',
    scope: '全部目标，或一个目标维度、一个重点产业的目标。 All targets, or those of one goal dimension or industry.',
    none: '总览展示整个规划，无需选择指标。 The dashboard shows the whole plan: nothing to choose.',
  }[widget.input];
}

function state() {
  return {
    tag: widgetSelect.value,
    choice: choiceSelect.disabled ? '' : choiceSelect.value,
    lang: lang(),
    theme: form.elements.theme.value,
    asOf: asOfSelect.value,
    src: planSelect.value,
  };
}

/** The iframe's title: the indicator's name, or the widget's. */
function titleOf(s) {
  const key = nameKey(s.lang);
  const c = choicesFor(widgetOf(s.tag), plan).find((x) => x.value === s.choice);
  const widget = widgetOf(s.tag).name[key];
  return c && c.value ? `${widget}: ${c.label[key]}` : widget;
}

let previewEl = null;
let lastHeight = 0;
const resize = new ResizeObserver(() => {
  const height = Math.ceil(($('preview').getBoundingClientRect().height + 16) / 10) * 10;
  if (height !== lastHeight) {
    lastHeight = height;
    writeSnippets();
  }
});
resize.observe($('preview'));

function update() {
  const s = state();
  const attrs = attributesOf(s);
  const { el, markup } = buildWidget(document, s.tag, attrs);
  previewEl = el;
  $('preview').className = `stage preview ${s.theme}`;
  $('preview').replaceChildren(el);
  writeSnippets(markup);
}

let lastMarkup = '';
const SNIPPETS = ['html-snippet', 'iframe-snippet', 'listener-snippet'];
const NO_SNIPPET = {
  loading: '',
  base: '（无代码：文件地址无效，请先在左侧修正。） No snippet: the base URL of the files is not valid; correct it first.',
  meta: '(generated/meta.json is missing: run `node scripts/build-examples.mjs` after `npm run build`)',
};

/**
 * Shows `text` as the snippet `id` and enables its copy button; with `text` null, shows why
 * there is no snippet (`reason`) instead, marked as such, and disables the button: a snippet
 * written for an earlier choice or base URL is never left to copy.
 */
function showSnippet(id, text, reason = 'base') {
  const pre = $(id);
  const valid = text != null;
  pre.textContent = valid ? text : NO_SNIPPET[reason];
  pre.classList.toggle('invalid', !valid);
  const button = document.querySelector(`button[data-copy="${id}"]`);
  button.disabled = !valid;
}

function writeSnippets(markup = lastMarkup) {
  lastMarkup = markup;
  const s = state();
  const attrs = attributesOf(s);
  const base = normalizeBase(baseInput.value);
  // A host name without a scheme (www.example.gov.cn/static/qd) would be read as a relative path: say what is missing.
  const hostOnly = !base && /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/\S*)?$/i.test(baseInput.value.trim());
  $('base-error').textContent = base
    ? ''
    : `请填写 http(s) 地址或以 / 开头的路径。 Enter an http(s) URL or a path starting with /, ./ or ../.${
        hostOnly ? ` 缺少 https://？ Missing https://? (https://${baseInput.value.trim()})` : ''
      }`;
  baseInput.setAttribute('aria-invalid', String(!base));
  for (const el of document.querySelectorAll('.copy-status')) el.textContent = '';
  if (!meta || !base) {
    for (const id of SNIPPETS) showSnippet(id, null, meta ? 'base' : metaMissing ? 'meta' : 'loading');
    $('iframe-hint').textContent = '';
    return;
  }
  showSnippet('html-snippet', `${scriptTag(base, meta)}\n${markup}`);

  const id = `qd-${(s.choice || s.tag.replace(/^qd-/, '')).replace(/[^a-z0-9-]/gi, '-')}`;
  const publicCdn = isPublicCdn(base);
  const embedBase = publicCdn ? new URL('embed.html', location.href).href : `${base}embed.html`;
  const src = `${embedBase}?${embedQuery(s.tag, attrs, id)}`;
  const height = Math.max(lastHeight, 120);
  // Written, not serialized from an element: a style attribute set on an element would be a
  // CSP violation on this page. `style="border:0"` replaces the obsolete frameborder attribute.
  showSnippet(
    'iframe-snippet',
    markupOf('iframe', [
      ['src', src],
      ['name', id],
      ['title', titleOf(s)],
      ['width', '100%'],
      ['height', String(height)],
      ['style', 'border:0'],
      ['loading', 'lazy'],
    ]),
  );
  $('iframe-hint').textContent = publicCdn
    ? '公共 CDN 把 HTML 文件作为纯文本提供，因此 iframe 指向本站的 embed.html；自行托管文件时，请在左侧填写您的地址。 Public CDNs serve HTML as plain text, so the iframe points at this site’s embed.html; when you host the files yourself, enter your base URL.'
    : 'iframe 指向您托管的 embed.html。 The iframe points at the embed.html you host.';

  const absolute = /^(https?:)?\/\//i.test(embedBase);
  const origin = absolute ? JSON.stringify(new URL(embedBase, location.href).origin) : 'location.origin';
  showSnippet(
    'listener-snippet',
    `<script>addEventListener('message', (e) => { if (e.origin !== ${origin} || e.data?.type !== 'qd-embed-height') return; for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.height = String(Math.ceil(e.data.height)); });</script>`,
  );
}

async function copy(button) {
  const text = $(button.dataset.copy).textContent;
  const status = $(button.dataset.status);
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = '已复制 ✓ Copied';
  } catch {
    const range = document.createRange();
    range.selectNodeContents($(button.dataset.copy));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    status.textContent =
      '无法访问剪贴板：代码已选中，请按 Ctrl+C（⌘C）复制。 Clipboard unavailable: the code is selected, press Ctrl+C (⌘C).';
  }
}

for (const b of document.querySelectorAll('button[data-copy]')) b.addEventListener('click', () => copy(b));
widgetSelect.addEventListener('change', () => {
  fillChoices();
  update();
});
planSelect.addEventListener('change', () => {
  plan = plans.get(planSelect.value) ?? plans.get('');
  describePlan();
  fillChoices();
  fillYears();
  update();
});
form.addEventListener('change', (e) => {
  if (e.target === widgetSelect || e.target === planSelect || e.target === baseInput) return;
  if (e.target.name === 'lang') fillChoices();
  update();
});
baseInput.addEventListener('input', () => writeSnippets());
$('reset-base').addEventListener('click', () => {
  if (meta) baseInput.value = meta.cdnBase;
  writeSnippets();
});
form.addEventListener('submit', (e) => e.preventDefault());

describePlan();
fillChoices();
fillYears();
if ([...choiceSelect.options].some((o) => o.value === 'services-trade')) choiceSelect.value = 'services-trade';
try {
  const r = await fetch('./generated/meta.json');
  if (!r.ok) throw new Error(String(r.status));
  meta = await r.json();
  baseInput.value = meta.cdnBase;
  $('version').textContent = `v${meta.version}`;
} catch {
  metaMissing = true;
  baseInput.value = './';
}
update();

/** For tests and the console: the element in the preview. */
export const preview = () => previewEl;
