/**
 * `assess`: the status of one target from observations, with everything that explains it.
 */
import type { Observation, TargetDef, TargetForm } from '../types.js';
import type {
  AssessOptions,
  AssessRatios,
  Assessment,
  Evidence,
  Method,
  Provisional,
  ReasonCode,
  Status,
  Warning,
} from './model.js';
import { classify, presetOf } from './presets.js';
import { COMPARATORS, isMet, toleranceOf, type Comparison } from './compare.js';
import { progressRatios } from './ratios.js';
import { anticipatedProgress } from './anticipated.js';
import { select } from './select.js';
import { gather } from './forms.js';
import { fail, num, obj, oneOf, sign } from './check.js';

// Count targets keep distance and pace (calculations.md); levels, shares and growth targets take the preset's ratio.
const COUNTS = ['count', 'per_year_count', 'new_count'];
const COMPARISONS: readonly Comparison[] = ['as_published', 'target_decimals'];
const BASE_RULES = ['stated', 'first_after'] as const;
const FORMS: readonly TargetForm[] = [
  'level',
  'share',
  'ratio',
  'avg_annual_growth',
  'cumulative_growth',
  'pp_change',
  'count',
  'new_count',
  'per_year_count',
];
const NONE: AssessRatios = {
  elapsed: null,
  distance: null,
  pace: null,
  growth: null,
  expected: null,
  anticipated: null,
  actualRate: null,
  requiredRate: null,
};

/** Checks what `assess` reads of a target: a CalcError names the first field that is wrong. */
const checkTarget = (t: TargetDef): void => {
  obj('assess', 'target', t, 'pass a TargetDef, e.g. getTarget(id)');
  for (const k of ['id', 'indicator', 'unit'] as const)
    if (typeof t[k] != 'string')
      fail(
        'invalid_argument',
        'assess',
        { [`target.${k}`]: t[k] },
        `pass a TargetDef (e.g. getTarget(id)), whose ${k} is a string`,
      );
  oneOf('assess', 'target.form', t.form, FORMS);
  oneOf('assess', 'target.comparator', t.comparator, COMPARATORS);
  sign(t.direction);
  if (t.value != null) num('target.value', t.value);
};

/**
 * The status of `target` as of `options.asOf` (default: its target year), judged on `observations`
 * of its indicator by the method of its form and the preset's ratio and bands (see docs/api/calc.md).
 */
export const assess = (
  target: TargetDef,
  observations: readonly Observation[],
  options: AssessOptions = {},
): Assessment => {
  checkTarget(target);
  obj(
    'assess',
    'options',
    options,
    'pass { asOf, preset, vintage, base, tolerance, indicatorKind, compare, baseYearRule } or nothing',
  );
  const compare = oneOf('assess', 'compare', options.compare ?? 'as_published', COMPARISONS);
  const baseYearRule = oneOf('assess', 'baseYearRule', options.baseYearRule ?? 'stated', BASE_RULES);
  const tT = num('target.targetYear', target.targetYear);
  const from = target.period?.from;
  const stated = target.baseYear;
  const t0 =
    typeof stated === 'number'
      ? num('target.baseYear', stated)
      : from === undefined
        ? tT - 5
        : num('target.period.from', from);
  const asOf = options.asOf === undefined ? tT : num('asOf', options.asOf);
  const preset = presetOf('assess', options.preset ?? 'eurostat');
  if (!Array.isArray(observations))
    fail('invalid_argument', 'assess', { observations }, 'pass an array of observations');
  const form = target.form;
  const counts = COUNTS.includes(form);
  const end = asOf >= tT;
  const baseOpt = options.base === undefined ? undefined : num('base', options.base);
  const qualitative = target.value == null;
  const sel = select(
    target,
    qualitative ? [] : observations,
    Math.min(asOf, tT),
    asOf,
    options.vintage === 'plan',
    options.indicatorKind
      ? options.indicatorKind === 'flow'
      : ['flow', 'additions', 'per_year'].includes(target.counts),
  );
  const g = qualitative
    ? { figures: [], base: null, path: null, why: [] }
    : gather(target, sel, t0, tT, baseOpt, baseYearRule == 'first_after');
  const warnings: Warning[] = sel.warnings;
  if (baseOpt !== undefined) warnings.push({ code: 'base_override', year: t0 });
  if (stated === null) warnings.push({ code: 'base_year_unstated', year: t0 });
  const base = g.base;
  if (base && base.year != t0) warnings.push({ code: 'base_year_moved', year: base.year });
  const tolerance = qualitative ? 0 : toleranceOf(target, options.tolerance, base?.value);
  const met = (e: Evidence) => isMet(target, e.value, { bound: e.bound, tolerance, compare });

  // The latest figure that decides, and how far back the target has stayed met.
  let decided: Evidence | null = null;
  let since: number | null = null;
  for (const f of [...g.figures].reverse()) {
    if ((form == 'avg_annual_growth' || form == 'per_year_count') && f.year != tT) continue;
    const m = met(f);
    if (m === null) continue;
    if (!m) {
      decided ??= f;
      break;
    }
    decided ??= f;
    since = f.year;
  }

  const why = [...g.why];
  let ratios = NONE;
  let ratio: Method = 'none';
  let method: Method = 'none';
  let value: number | null = null;
  if (g.path) {
    const { y0, yt, T, latest, t0: b0, series } = g.path;
    try {
      const r = progressRatios({
        base: y0,
        baseYear: b0,
        latest: yt,
        latestYear: latest.year,
        target: T,
        targetYear: tT,
        direction: target.direction,
        projection: counts ? 'linear' : 'geometric',
      });
      const { issue, sign: flipped, ...rest } = r;
      let anticipated: number | null = null;
      let why2: ReasonCode | null = issue;
      if (preset.ratio == 'anticipated') {
        const model = counts ? 'linear' : 'log';
        const a = anticipatedProgress({ series, target: T, targetYear: tT, direction: target.direction, model });
        if (typeof a != 'string') anticipated = a.ratio;
        else why2 = a == 'zero_value' && y0 === 0 ? 'zero_base' : a;
      }
      ratios = { ...rest, anticipated };
      ratio = preset.ratio == 'pace' || (counts && preset.ratio == 'growth') ? 'pace' : preset.ratio;
      value = ratios[ratio as 'pace'];
      if (value === null) why.push(why2!);
      if (flipped < 0 && rest.growth !== null) warnings.push({ code: 'direction_flipped' });
    } catch (e) {
      if ((e as { code?: string }).code != 'target_equals_base') throw e;
      why.push('target_equals_base');
    }
  }

  let status: Status | undefined;
  let provisional: Provisional | null = null;
  const reasons: ReasonCode[] = [];
  const last = g.figures[g.figures.length - 1];
  const yearly = form == 'per_year_count';
  if (qualitative) reasons.push('qualitative_target');
  else if (since !== null) {
    status = 'achieved';
    method = 'comparator';
  } else if (end) {
    if (decided?.year == tT) {
      status = 'not_achieved';
      method = 'comparator';
    } else {
      reasons.push('no_target_year_data');
      // What the latest full-year figure says, shown as provisional and never counted as a verdict.
      const l = g.figures.filter((f) => f.bound == 'exact' && f.year < tT).pop();
      if (yearly && l && met(l)) provisional = { status: 'on_track', year: l.year, method: 'comparator', ratio: null };
      else if (value !== null)
        provisional = {
          status: classify(value, preset).status,
          year: g.path!.latest.year,
          method: ratio,
          ratio: value,
        };
    }
  } else if (yearly && last && met(last)) {
    status = 'on_track';
    method = 'comparator';
  } else if (value !== null) {
    status = classify(value, preset).status;
    method = ratio;
  }
  if (!status && !qualitative) {
    // Why the data could not say more, most basic first.
    if (!sel.seen && baseOpt === undefined) reasons.push('no_observation');
    else if (sel.definitionDiffers && !sel.points.length) reasons.push('definition_differs');
    else if (sel.partYearDropped && !g.figures.some((f) => f.year > t0)) reasons.push('partial_year_only');
  }
  for (const w of why)
    if (!status) {
      if (!reasons.includes(w)) reasons.push(w);
    } else if (!warnings.some((x) => x.reason == w)) warnings.push({ code: 'ratio_unavailable', reason: w });
  if (!status && !reasons.length) reasons.push('insufficient_data');
  status ??= 'not_assessable';

  const latest = (method == 'comparator' ? decided : g.path?.latest) ?? g.path?.latest ?? decided ?? last ?? null;
  const evidence = [...new Set([...(base?.observations ?? []), ...(latest?.observations ?? [])])];
  for (const o of evidence)
    if (
      o.priceBasis &&
      o.priceBasis != 'not_applicable' &&
      target.priceBasis !== 'not_applicable' &&
      o.priceBasis !== target.priceBasis
    )
      warnings.push({ code: 'price_basis_differs', year: o.year, observation: o });
  return {
    target: target.id,
    form,
    status,
    achievedEarly: status == 'achieved' && since! < tT,
    met: decided ? since !== null : null,
    asOf,
    baseYear: t0,
    targetYear: tT,
    provisional,
    compare,
    baseYearRule,
    reasons,
    warnings,
    ratios,
    base,
    latest,
    targetValue: target.value,
    comparator: target.comparator,
    tolerance,
    method,
    preset: preset.name,
    bands: preset.bands,
    evidence,
  };
};
