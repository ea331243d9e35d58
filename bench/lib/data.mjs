// The numbers every chart draws, from the library itself (the built dist/ snapshot):
// targetView + trendModel for each target of the plan, as the widget computes them.
import { pathToFileURL } from 'node:url';
import { floorData } from '../charts/floor.js';

export async function targetData(distDir) {
  const imp = (p) => import(pathToFileURL(`${distDir}/${p}`).href);
  const { targets, bundledPlan, observations } = await imp('src/index.js');
  const { targetView } = await imp('components/views/target-view.js');
  const { trendModel } = await imp('components/views/trend-series.js');
  const { catalog: zh } = await imp('components/i18n/zh-CN.js');
  const { formatTarget } = await imp('components/views/format.js');
  const { formatValue } = await imp('components/views/format.js');
  const fmt = { formatValue, formatTarget };
  const r = (x) => Math.round(x * 1e6) / 1e6;
  return targets.map((target) => {
    const v = targetView(target.indicator, { plan: bundledPlan, bundled: observations });
    const m = trendModel(v);
    const label = zh.targetMark({ target: formatTarget(v.target, { locale: 'zh-CN' }) });
    return {
      ...floorData(v, m, zh, fmt),
      indicator: target.indicator,
      name: target.name.zh,
      unit: target.unit,
      years: m.years,
      base: m.base ? { year: m.base.year, value: r(m.base.value) } : null,
      observed: m.points
        .filter((p) => p.kind !== 'base')
        .map((p) => ({ year: p.year, value: r(p.value), kind: p.kind })),
      required: m.required
        ? { kind: m.required.kind, points: m.required.points.map((p) => ({ year: p.year, value: r(p.value) })) }
        : null,
      target: { year: m.target.year, value: r(m.target.value) },
      label,
    };
  });
}

/**
 * The data of one target card, for the Lit floor card (bench/charts/lit-card.js): every text the
 * card shows as the library words it (zh-CN catalog), and its numbers as numbers with their unit,
 * for the floor to format with a cached Intl.NumberFormat; the track's positions precomputed
 * (the library's trackPositions, plain arithmetic). The meter's aria-valuetext is taken whole.
 */
export async function cardData(distDir, indicator) {
  const imp = (p) => import(pathToFileURL(`${distDir}/${p}`).href);
  const { bundledPlan, observations } = await imp('src/index.js');
  const { targetView } = await imp('components/views/target-view.js');
  const { catalog: c } = await imp('components/i18n/zh-CN.js');
  const F = await imp('components/views/format.js');
  const { targetDisplay, trackPositions } = await imp('components/views/target-display.js');
  const v = targetView(indicator, { plan: bundledPlan, bundled: observations });
  const a = v.assessment;
  const unit = v.target.unit;
  // A formatted target or bounded value split around its number: [before, number, unit, after].
  const around = (text, value, u) => {
    const n = F.formatValue(value, u, { locale: 'zh-CN' });
    const at = text.indexOf(n);
    return at < 0 ? [text, null, '', ''] : [text.slice(0, at), value, u, text.slice(at + n.length)];
  };
  const inYear = (text, value, u, year) => around(c.valueInYear({ value: text, year }), value, u);
  const latest = v.latest
    ? {
        dt: c.latest,
        value: around(F.formatBounded(v.latest.value, unit, v.latest.bound, 'zh-CN'), v.latest.value, unit),
        sub: c.yearOf({ year: v.latest.year }),
      }
    : v.base && v.baseStated
      ? {
          dt: c.baseValue,
          value: around(F.formatValue(v.base.value, v.base.unit, { locale: 'zh-CN' }), v.base.value, v.base.unit),
          sub: c.baseOnly({ baseYear: v.base.year }),
        }
      : { dt: c.latest, value: ['—', null, '', ''], sub: c.noObservation };
  const target = around(F.formatTarget(v.target, { locale: 'zh-CN' }), v.target.value, unit);
  const g = trackPositions(v);
  const shown = targetDisplay(v, c).track;
  const legend = [];
  if (v.base && v.baseStated)
    legend.push([
      'mark-base',
      `${c.markBase} `,
      inYear(F.formatValue(v.base.value, v.base.unit, { locale: 'zh-CN' }), v.base.value, v.base.unit, v.base.year),
    ]);
  if (v.latest)
    legend.push([
      'mark-current',
      `${c.markCurrent} `,
      inYear(F.formatBounded(v.latest.value, unit, v.latest.bound, 'zh-CN'), v.latest.value, unit, v.latest.year),
    ]);
  legend.push([
    'mark-target',
    `${c.markTarget} `,
    inYear(F.formatTarget(v.target, { locale: 'zh-CN' }), v.target.value, unit, v.target.targetYear),
  ]);
  const r = v.required;
  const s = v.target.source;
  return {
    indicator,
    name: c.name(v.target.name),
    status: a.status,
    statusLabel: F.statusLabel(a.status, 'zh-CN', a.achievedEarly),
    reason: a.status === 'not_assessable' && a.reasons[0] ? F.reasonLabel(a.reasons[0], 'zh-CN') : '',
    asOf: c.asOfNote({ year: a.asOf }),
    latest,
    targetYear: c.targetYear({ year: v.target.targetYear }),
    target,
    track: {
      startX: g.startX,
      baseX: g.baseX,
      currentX: g.currentX,
      targetX: g.targetX,
      baseShown: g.baseX !== null,
      lo: g.min,
      hi: g.max,
      current: g.now,
      name: c.meterName({ name: c.name(v.target.name) }),
      text: shown.valueText ?? shown.label,
    },
    legend,
    requiredLabel: c.required,
    required:
      r.kind === 'rate'
        ? {
            rate: r.rate,
            text: (r.from === 'latest' ? c.requiredFromLatest : c.requiredFromBase)({ year: r.fromYear }),
          }
        : {
            rate: null,
            text:
              r.kind === 'met'
                ? c.requiredMet
                : r.kind === 'not_applicable'
                  ? c.requiredNotApplicable
                  : c.requiredUnavailable,
          },
    sourceLabel: c.source,
    planQuote: c.planQuote({ section: s.section, document: v.sourceDocument }),
    quote: s.quote,
  };
}
