/**
 * The texts a row of a multi-target widget shows (name, base, target, latest,
 * status, required growth), formatted once here so the table, its CSV
 * download and the dashboard say exactly the same. Every number comes from
 * `targetView` / the scorecard and is formatted through `format.ts`.
 */
import type { Lang, Observation } from '../../src/core.js';
import {
  formatBounded,
  formatDate,
  formatRate,
  formatTarget,
  formatValue,
  reasonLabel,
  statusLabel,
} from './format.js';
import type { PlanRow } from './scorecard-view.js';
import { t } from '../i18n/strings.js';
import { tp } from '../i18n/strings-plan.js';

/** The placeholder of an empty cell (with `tp(lang, 'none')` for assistive technology). */
export const EMPTY = '—';

/** The texts of one row. */
export interface RowTexts {
  readonly name: string;
  /** Base value and year, or `EMPTY`. */
  readonly base: string;
  /** The target with its qualifier in words. */
  readonly target: string;
  /** Latest observation (bound in words, part-year marked) and year, or `EMPTY`. */
  readonly latest: string;
  /** Status label (提前实现 / Achieved early for targets met before the target year). */
  readonly status: string;
  /** Why a target cannot be assessed ('' when it can). */
  readonly reason: string;
  /** The annual growth still required, or why none is shown. */
  readonly required: string;
}

/** The words of an observation's part of the year ('' for a full year). */
export function periodText(o: Observation | null, lang: Lang): string {
  if (!o || o.period === 'FY') return '';
  if (o.period === 'Q1') return tp(lang, 'periodQ1');
  if (o.period === 'H1') return tp(lang, 'periodH1');
  if (o.period === 'Q1-Q3') return tp(lang, 'periodQ1Q3');
  return tp(lang, 'periodTo', { date: formatDate(o.period.slice(3), lang) });
}

/** The texts of a row in `lang`. */
export function rowTexts(row: PlanRow, lang: Lang): RowTexts {
  const { view: v, entry: e } = row;
  const target = v.target;
  const base =
    v.base && v.baseStated
      ? tp(lang, 'latestInYear', { value: formatValue(v.base.value, v.base.unit, { locale: lang }), year: v.base.year })
      : EMPTY;
  let latest = EMPTY;
  if (v.latest) {
    const value = formatBounded(v.latest.value, target.unit, v.latest.bound, lang);
    const period = periodText(v.latestObservation, lang);
    latest = period
      ? tp(lang, 'latestInPeriod', { value, year: v.latest.year, period })
      : tp(lang, 'latestInYear', { value, year: v.latest.year });
  }
  const r = v.required;
  const required =
    r.kind === 'rate'
      ? tp(lang, 'requiredShortRate', { rate: formatRate(r.rate, lang), year: r.fromYear })
      : r.kind === 'met'
        ? tp(lang, 'requiredShortMet')
        : r.kind === 'not_applicable'
          ? tp(lang, 'requiredShortNotApplicable')
          : tp(lang, 'requiredShortUnavailable');
  return {
    name: lang === 'en' ? target.name.en : target.name.zh,
    base,
    target: formatTarget(target, { locale: lang }),
    latest,
    status: statusLabel(e.status, lang, e.achievedEarly),
    reason: e.reason ? reasonLabel(e.reason, lang) : '',
    required,
  };
}
