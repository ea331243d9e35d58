/**
 * The texts a row of a multi-target widget shows (name, base, target, latest,
 * status, required growth), formatted once here so the table, its CSV
 * download and the dashboard say exactly the same. Every number comes from
 * `targetView` / the scorecard and is formatted through `format.ts`.
 */
import {
  formatBounded,
  formatRate,
  formatTarget,
  formatValue,
  provisionalLabel,
  reasonLabel,
  statusLabel,
} from './format.js';
import type { PlanRow } from './scorecard-view.js';
import type { Catalog } from '../i18n/catalog.js';
import { periodLabel } from './cite.js';

/** The placeholder of an empty cell (with `none` of the catalog for assistive technology). */
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
  /** The provisional status of a not-assessable target ('' when it has none): "暂判：…（据2024年数据，2025年数据尚未发布）". */
  readonly provisional: string;
  /** The annual growth still required, or why none is shown. */
  readonly required: string;
}

/** The texts of a row in the catalog's language. */
export function rowTexts(row: PlanRow, c: Catalog): RowTexts {
  const { view: v, entry: e } = row;
  const lang = c.lang;
  const target = v.target;
  const base =
    v.base && v.baseStated
      ? c.valueInYear({ value: formatValue(v.base.value, v.base.unit, { locale: lang }), year: v.base.year })
      : EMPTY;
  let latest = EMPTY;
  if (v.latest) {
    const value = formatBounded(v.latest.value, target.unit, v.latest.bound, lang);
    const period = v.latestObservation ? periodLabel(v.latestObservation.period, c) : '';
    latest = period
      ? c.latestInPeriod({ value, year: v.latest.year, period })
      : c.valueInYear({ value, year: v.latest.year });
  }
  const r = v.required;
  const required =
    r.kind === 'rate'
      ? c.requiredShortRate({ rate: formatRate(r.rate, lang), year: r.fromYear })
      : r.kind === 'met'
        ? c.requiredShortMet
        : r.kind === 'not_applicable'
          ? c.requiredShortNotApplicable
          : c.requiredUnavailable;
  return {
    name: c.name(target.name),
    base,
    target: formatTarget(target, { locale: lang }),
    latest,
    status: statusLabel(e.status, lang, e.achievedEarly),
    reason: e.reason ? reasonLabel(e.reason, lang) : '',
    provisional: e.provisional ? provisionalLabel(e.provisional, lang, e.assessment.targetYear) : '',
    required,
  };
}
