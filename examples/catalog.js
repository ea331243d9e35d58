// The widgets of qingdao-services-plan as the example pages (gallery, snippet
// builder, embed page) see them: which tags exist, which indicators each one
// accepts, and how one widget is described, created and written as markup.
// No DOM parsing anywhere: elements are made with createElement/setAttribute,
// and the markup shown is the browser's own serialization of that element.
// Plain JavaScript (no imports) so that it can be copied into the self-hosting
// folder unchanged.

/** The six widgets, in the order the pages list them. `input`: what chooses its data. */
export const WIDGETS = [
  { tag: 'qd-target-card', input: 'target', name: { zh: '目标卡片', en: 'Target card' } },
  { tag: 'qd-progress-bar', input: 'target', name: { zh: '进度条', en: 'Progress bar' } },
  { tag: 'qd-trend-chart', input: 'target', name: { zh: '趋势图', en: 'Trend chart' } },
  { tag: 'qd-share-chart', input: 'share', name: { zh: '占比图', en: 'Share chart' } },
  { tag: 'qd-target-table', input: 'scope', name: { zh: '目标表', en: 'Target table' } },
  { tag: 'qd-plan-dashboard', input: 'none', name: { zh: '规划总览', en: 'Plan dashboard' } },
];

export const TAGS = WIDGETS.map((w) => w.tag);
export const LANGS = ['zh-CN', 'en'];
export const THEMES = ['auto', 'light', 'dark'];

/** The widget named `name` (`qd-target-card` or `target-card`), or undefined. */
export function widgetOf(name) {
  const tag = String(name ?? '')
    .trim()
    .toLowerCase();
  return WIDGETS.find((w) => w.tag === tag || w.tag === `qd-${tag}`);
}

/** `zh` for zh-CN, `en` for en: the key of a library name object. */
export const nameKey = (lang) => (lang === 'en' ? 'en' : 'zh');

/**
 * Plans of other governments that the example pages offer besides the bundled one (folders of
 * examples/plans/, paths relative to examples/): real plans of Sichuan and Jinan (a draft), and the
 * constructed minimal plan of docs/bring-your-own-plan.md.
 */
export const EXAMPLE_PLANS = [
  'plans/sichuan-services-2021-2025/plan.json',
  'plans/jinan-2026-2030/plan.json',
  'plans/minimal/plan.json',
];

/** A plan's name for a list: its title, marked 草案 / draft where its status is draft and the title does not say so. */
export function planLabel(plan, key) {
  const title = plan.meta.title[key];
  if (plan.meta.status !== 'draft') return title;
  if (key === 'zh') return title.includes('草案') ? title : `${title}（草案）`;
  return /\bdraft\b/i.test(title) ? title : `${title} (draft)`;
}

/**
 * The choices of a widget's data input, from the plan in use (`plan`: a plan
 * value, e.g. `await loadBundledPlan()` or `planFromJson(json)` of the CDN bundle, with its
 * `targets`, `indicators`, `observations`, `dimensions` and `industries`):
 * - `target`: every indicator with a target (value: its id); an indicator with several targets
 *   gives one choice per target instead (value `target:<id>`, label: the target's name and year);
 * - `share`: every share indicator with a target or observations;
 * - `scope`: the whole plan, a goal dimension or an industry (value `dimension:<id>` / `industry:<id>`, '' for all);
 * - `none`: nothing to choose.
 * Returns [{ value, label: { zh, en }, group? }].
 */
export function choicesFor(widget, plan) {
  const indicatorName = (id) => plan.indicators.find((i) => i.id === id)?.name ?? { zh: id, en: id };
  if (widget.input === 'target') {
    const ids = [...new Set(plan.targets.map((t) => t.indicator))];
    return ids.flatMap((id) => {
      const targets = plan.targets.filter((t) => t.indicator === id);
      if (targets.length === 1) return [{ value: id, label: indicatorName(id) }];
      // The target's name, with its year where the name does not already say it.
      return targets.map((t) => {
        const said = (name) => name.includes(String(t.targetYear));
        return {
          value: `target:${t.id}`,
          label: {
            zh: said(t.name.zh) ? t.name.zh : `${t.name.zh}（${t.targetYear}年）`,
            en: said(t.name.en) ? t.name.en : `${t.name.en}, ${t.targetYear}`,
          },
        };
      });
    });
  }
  if (widget.input === 'share') {
    const withData = new Set([...plan.targets.map((t) => t.indicator), ...plan.observations.map((o) => o.indicator)]);
    return plan.indicators
      .filter((i) => i.kind === 'share' && i.whole && withData.has(i.id))
      .map((i) => ({ value: i.id, label: i.name }));
  }
  if (widget.input === 'scope') {
    return [
      { value: '', label: { zh: '全部目标', en: 'All targets' } },
      ...plan.dimensions.map((d) => ({
        value: `dimension:${d.id}`,
        label: d.name,
        group: { zh: '发展目标维度', en: 'Goal dimensions' },
      })),
      ...plan.industries.map((d) => ({
        value: `industry:${d.id}`,
        label: d.name,
        group: { zh: '重点产业', en: 'Industries' },
      })),
    ];
  }
  return [];
}

/**
 * The attributes of one widget, in the order they are written:
 * `{ tag, choice, lang, theme, asOf, src }` -> [[name, value], ...]. `src` (the URL of a plan
 * document) comes first; a choice `target:<id>` is written `target="<id>"`; `theme` `auto`, an
 * empty `asOf` and an empty `src` are left out (they are the defaults).
 */
export function attributesOf({ tag, choice = '', lang = 'zh-CN', theme = 'auto', asOf = '', src = '' }) {
  const widget = widgetOf(tag);
  const attrs = [];
  if (src) attrs.push(['src', src]);
  if (widget?.input === 'target' && choice.startsWith('target:')) attrs.push(['target', choice.slice(7)]);
  else if (widget?.input === 'target' || widget?.input === 'share') attrs.push(['indicator', choice]);
  if (widget?.input === 'scope' && choice) {
    const [kind, id] = choice.split(':');
    if ((kind === 'dimension' || kind === 'industry') && id) attrs.push([kind, id]);
  }
  attrs.push(['lang', lang]);
  if (theme && theme !== 'auto') attrs.push(['theme', theme]);
  if (asOf !== '' && asOf != null) attrs.push(['as-of', String(asOf)]);
  return attrs;
}

/**
 * Creates the element (not yet connected) and its markup: the browser's
 * serialization of exactly that element, so the markup shown is the markup rendered.
 */
export function buildWidget(doc, tag, attrs) {
  const el = doc.createElement(tag);
  for (const [name, value] of attrs) el.setAttribute(name, value);
  return { el, markup: el.outerHTML };
}

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttr(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `<tag a="b"></tag>` written from the same attribute list (used where no DOM is at hand). */
export function markupOf(tag, attrs) {
  return `<${tag}${attrs.map(([n, v]) => ` ${n}="${escapeAttr(v)}"`).join('')}></${tag}>`;
}

/** Public CDNs serve .html files as plain text: an iframe cannot point at them. */
export function isPublicCdn(base) {
  try {
    const host = new URL(base, 'https://relative.invalid/').hostname;
    return [
      'cdn.jsdelivr.net',
      'fastly.jsdelivr.net',
      'unpkg.com',
      'npm.elemecdn.com',
      'registry.npmmirror.com',
    ].includes(host);
  } catch {
    return false;
  }
}

/**
 * Checks a base URL of the self-hosted files: an absolute http(s) URL, a protocol-relative
 * URL or a path (`/static/qd/`, `./qd/`, `../qd/`); returns it ending in `/`, or null.
 */
export function normalizeBase(input) {
  const base = String(input ?? '').trim();
  if (!base || /[\s"'<>`\\]/.test(base)) return null;
  const withSlash = base.endsWith('/') ? base : `${base}/`;
  if (/^https?:\/\/[^/]+\//i.test(withSlash)) return withSlash;
  if (/^\/\/[^/]+\//.test(withSlash)) return withSlash;
  if (/^(\/|\.\/|\.\.\/)/.test(withSlash)) return withSlash;
  return null;
}

/** The script tag of the snippet: pinned file, SRI hash. */
export function scriptTag(base, meta) {
  return `<script type="module" src="${escapeAttr(base + meta.file)}" integrity="${escapeAttr(meta.integrity)}" crossorigin="anonymous"></script>`;
}

/** The query of embed.html for one widget. */
export function embedQuery(tag, attrs, id) {
  const q = new URLSearchParams({ widget: tag });
  for (const [name, value] of attrs) q.set(name, value);
  if (id) q.set('id', id);
  return q.toString();
}
