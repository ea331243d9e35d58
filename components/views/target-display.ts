/**
 * What `qd-target-card` and `qd-progress-bar` show, as plain data: every
 * string already formatted in one language, every position already a fraction
 * of the track (`TargetDisplay`). `targetDisplay(view, catalog)` builds it from
 * a `TargetView` with the library's formatting (Intl). The build computes it
 * for every indicator of the bundled plan in both languages
 * (scripts/gen-views.mjs), so that a card or bar showing the bundled plan
 * paints without the calculation or formatting code; a widget given another
 * plan, `src`, `observations`, a table or an `as-of` computes it on the page
 * with this same function (loaded on demand, see target-source.ts).
 */
import type { Status } from '../../src/core.js';
import type { Catalog } from '../i18n/catalog.js';
import { publishedText } from './cite.js';
import {
  formatBounded,
  formatRate,
  formatShare,
  formatTarget,
  formatValue,
  reasonLabel,
  statusLabel,
} from './format.js';
import { TABLE_PUBLISHER, type TargetView } from './target-view.js';
import { methodDisplay, provisionalDisplay, type MethodDisplay, type ProvisionalDisplay } from './status-display.js';

/** A term and its value (a `<dt>` and `<dd>`), with an optional line under the value. */
export interface TermDisplay {
  readonly term: string;
  readonly value: string;
  readonly sub?: string;
}

/** The progress track: positions as fractions of its width (0 = left end, 1 = right end) and its words. */
export interface TrackDisplay {
  /** `meter` where there is a value; `img` (with `label` as its words) where there is none. */
  readonly role: 'meter' | 'img';
  /** The meter's name, or the image's words. */
  readonly label: string;
  /** The meter's values in words (`aria-valuetext`); null for an image. */
  readonly valueText: string | null;
  readonly min: number;
  readonly max: number;
  /** The value shown as current: the latest figure, else the base (null: none). */
  readonly now: number | null;
  /** Where the bar starts (the base, or 0). */
  readonly startX: number;
  /** The base mark (null: no base stated). */
  readonly baseX: number | null;
  /** The latest value's mark (null: no value). */
  readonly currentX: number | null;
  readonly targetX: number;
}

/** One entry of the legend under the track: which mark, its label and its value in words. */
export interface LegendDisplay {
  readonly mark: 'base' | 'current' | 'target';
  readonly label: string;
  readonly value: string;
}

/** The latest value's source: the plan's section, or a publisher with its date (and a link). */
export type ObservationSourceDisplay =
  | { readonly kind: 'plan'; readonly text: string }
  | {
      readonly kind: 'published';
      readonly label: string;
      readonly text: string;
      /** 本站数据 / site's data, for a site's own observation (not a table's). */
      readonly userData: string | null;
      /** An http(s) URL as the data gives it (the widget checks it again before linking). */
      readonly url: string | null;
      readonly linkText: string;
    };

/** Everything a card or a bar shows, in one language. */
export interface TargetDisplay {
  readonly lang: string;
  /** The indicator of the target shown (for `qd-load`). */
  readonly indicator: string;
  /** How many observations were used (for `qd-load`). */
  readonly observations: number;
  readonly title: string;
  readonly status: {
    readonly code: Status;
    readonly label: string;
    /** Why a target cannot be assessed ('' otherwise). */
    readonly reason: string;
    /** The status the latest full-year figure gives, shown beside the verdict, never as one (null: none). */
    readonly provisional: ProvisionalDisplay | null;
    readonly asOf: string;
  };
  readonly latest: TermDisplay;
  readonly target: TermDisplay;
  readonly track: TrackDisplay;
  readonly legend: readonly LegendDisplay[];
  readonly required: TermDisplay;
  readonly sources: {
    readonly label: string;
    readonly plan: string;
    readonly quote: string;
    readonly notes: readonly { readonly label: string; readonly text: string }[];
    readonly observation: ObservationSourceDisplay | null;
    /** The preset that judged the status and its method document. */
    readonly method: MethodDisplay;
  };
}

/** True for average-annual and cumulative growth targets, whose bar is in percent growth. */
const isGrowth = (view: TargetView): boolean =>
  view.target.form === 'avg_annual_growth' || view.target.form === 'cumulative_growth';

/**
 * Where the marks sit: base (or 0) towards target runs left to right, widened to hold the latest value.
 * Progress p(v) = (v - start) / (target - start); position x(v) = (p(v) - lo) / (hi - lo), lo = min(0, p(now)), hi = max(1, p(now)).
 */
export function trackPositions(view: TargetView): Omit<TrackDisplay, 'role' | 'label' | 'valueText'> {
  // A growth target runs from 0% growth to the target rate; its base is a level in another unit, not on this bar.
  const base = isGrowth(view) ? null : view.base;
  const start = base?.value ?? 0;
  const target = view.target.value;
  const now = view.latest?.value ?? base?.value ?? null;
  const from = start === target ? start - 1 : start;
  const p = (v: number) => (v - from) / (target - from);
  const lo = Math.min(0, now === null ? 0 : p(now));
  const hi = Math.max(1, now === null ? 1 : p(now));
  const x = (v: number) => (p(v) - lo) / (hi - lo);
  return {
    min: Math.min(start, target, now ?? start),
    max: Math.max(start, target, now ?? start),
    now,
    startX: x(start),
    baseX: base && view.baseStated ? x(base.value) : null,
    currentX: now === null ? null : x(now),
    targetX: x(target),
  };
}

/**
 * The track's words and positions (`aria-valuetext` from the same formatted values as the legend), ending with the
 * provisional status where there is one, in `provisionalLabel`'s words (the bar has no verdict to say).
 */
function trackDisplay(view: TargetView, c: Catalog): TrackDisplay {
  const lang = c.lang;
  const unit = view.target.unit;
  const inYear = (value: string, year: number) => c.valueInYear({ value, year });
  const target = inYear(formatTarget(view.target, { locale: lang }), view.target.targetYear);
  const base =
    view.base && view.baseStated
      ? inYear(formatValue(view.base.value, view.base.unit, { locale: lang }), view.base.year)
      : null;
  const positions = trackPositions(view);
  let text: string;
  if (view.latest) {
    const latest = inYear(formatBounded(view.latest.value, unit, view.latest.bound, lang), view.latest.year);
    text = c.meterText({ latest, base, target });
  } else if (base) {
    text = c.meterTextBaseOnly({ base, target });
  } else {
    text = c.meterNoData({ name: c.name(view.target.name), target });
  }
  if ((view.latest || base) && view.progress !== null)
    text += c.progressSuffix({ percent: formatShare(view.progress, lang) });
  const provisional = provisionalDisplay(view.assessment, c);
  if (provisional) text += c.provisionalSuffix({ text: provisional.text });
  return positions.now === null
    ? { ...positions, role: 'img', label: text, valueText: null }
    : { ...positions, role: 'meter', label: c.meterName({ name: c.name(view.target.name) }), valueText: text };
}

function legendDisplay(view: TargetView, c: Catalog): LegendDisplay[] {
  const lang = c.lang;
  const inYear = (value: string, year: number) => c.valueInYear({ value, year });
  const out: LegendDisplay[] = [];
  if (view.base && view.baseStated) {
    const value = inYear(formatValue(view.base.value, view.base.unit, { locale: lang }), view.base.year);
    out.push({ mark: 'base', label: c.markBase, value });
  }
  if (view.latest) {
    const value = inYear(formatBounded(view.latest.value, view.target.unit, view.latest.bound, lang), view.latest.year);
    out.push({ mark: 'current', label: c.markCurrent, value });
  }
  const target = inYear(formatTarget(view.target, { locale: lang }), view.target.targetYear);
  out.push({ mark: 'target', label: c.markTarget, value: target });
  return out;
}

function latestDisplay(view: TargetView, c: Catalog): TermDisplay {
  const lang = c.lang;
  if (view.latest) {
    const value = formatBounded(view.latest.value, view.target.unit, view.latest.bound, lang);
    return { term: c.latest, value, sub: c.yearOf({ year: view.latest.year }) };
  }
  if (view.base && view.baseStated) {
    const value = formatValue(view.base.value, view.base.unit, { locale: lang });
    return { term: c.baseValue, value, sub: c.baseOnly({ baseYear: view.base.year }) };
  }
  return { term: c.latest, value: formatValue(null, view.target.unit, { locale: lang }), sub: c.noObservation };
}

function requiredText(view: TargetView, c: Catalog): string {
  const r = view.required;
  switch (r.kind) {
    case 'rate':
      return `${formatRate(r.rate, c.lang)} ${(r.from === 'latest' ? c.requiredFromLatest : c.requiredFromBase)({ year: r.fromYear })}`;
    case 'met':
      return c.requiredMet;
    case 'not_applicable':
      return c.requiredNotApplicable;
    default:
      return c.requiredUnavailable;
  }
}

function observationSource(view: TargetView, c: Catalog): ObservationSourceDisplay | null {
  const o = view.latestObservation;
  if (!o) return null;
  if (o.vintage === 'plan' && o.source && !o.source.document)
    return { kind: 'plan', text: c.planSection({ section: o.source.section }) };
  const table = o.origin === 'user' && o.publisher === TABLE_PUBLISHER;
  return {
    kind: 'published',
    label: c.latestSource,
    text: publishedText(table ? { ...o, publisher: c.tableData } : o, c),
    userData: o.origin === 'user' && !table ? c.userData : null,
    url: o.url ?? null,
    linkText: c.openSource,
  };
}

/** What a card or bar shows of `view` in the catalog's language: every string formatted, every mark placed. */
export function targetDisplay(view: TargetView, c: Catalog): TargetDisplay {
  const a = view.assessment;
  const s = view.target.source;
  return {
    lang: c.lang,
    indicator: view.target.indicator,
    observations: view.observations.length,
    title: c.name(view.target.name),
    status: {
      code: a.status,
      label: statusLabel(a.status, c.lang, a.achievedEarly),
      reason: a.status === 'not_assessable' && a.reasons[0] ? reasonLabel(a.reasons[0], c.lang) : '',
      provisional: provisionalDisplay(a, c),
      asOf: c.asOfNote({ year: a.asOf }),
    },
    latest: latestDisplay(view, c),
    target: {
      term: c.targetYear({ year: view.target.targetYear }),
      value: formatTarget(view.target, { locale: c.lang }),
    },
    track: trackDisplay(view, c),
    legend: legendDisplay(view, c),
    required: { term: c.required, value: requiredText(view, c) },
    sources: {
      label: c.source,
      plan: c.planQuote({ section: s.section, document: view.sourceDocument }),
      quote: s.quote,
      notes: (view.target.notes ?? []).map((n) => ({ label: c.readingNote, text: c.name(n) })),
      observation: observationSource(view, c),
      method: methodDisplay(a.preset, c),
    },
  };
}
