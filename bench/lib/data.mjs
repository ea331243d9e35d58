// The numbers every chart draws, from the library itself (the built dist/ snapshot):
// targetView + trendModel for each target of the plan, as the widget computes them.
import { pathToFileURL } from 'node:url';

export async function targetData(distDir) {
  const imp = (p) => import(pathToFileURL(`${distDir}/${p}`).href);
  const { targets, bundledPlan, observations } = await imp('src/index.js');
  const { targetView } = await imp('components/views/target-view.js');
  const { trendModel } = await imp('components/views/trend-series.js');
  const { catalog: zh } = await imp('components/i18n/zh-CN.js');
  const { formatTarget } = await imp('components/views/format.js');
  const r = (x) => Math.round(x * 1e6) / 1e6;
  return targets.map((target) => {
    const v = targetView(target.indicator, { plan: bundledPlan, bundled: observations });
    const m = trendModel(v);
    return {
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
      label: zh.targetMark({ target: formatTarget(v.target, { locale: 'zh-CN' }) }),
    };
  });
}
