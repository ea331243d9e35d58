/**
 * A plan as a value: the bundled plan, one indicator's part of it, or a whole
 * plan a site brings (`planFromJson`), indexed the same way. Every function
 * that reads plan data takes one; only the root entry defaults to the bundled
 * plan. A plan's observations belong to it: its own stated results (vintage
 * `plan`, sourced to its quotes) and the outcomes its document carries.
 */
import type {
  Bound,
  DimensionDef,
  FigureDef,
  IndicatorDef,
  IndustryDef,
  IndustryGroupDef,
  SourceDocumentDef,
  Observation,
  ObservationMeasure,
  PlanMeta,
  PlanSource,
  RejectedCandidate,
  TargetDef,
} from '../types.js';

/** A plan in use: metadata, structure, indicators, figures, targets, its observations and its rejected candidates. */
export interface PlanData {
  readonly meta: PlanMeta;
  readonly dimensions: readonly DimensionDef[];
  /** The plan's groups of industries (none: the industries' groups are producer and consumer services, as in 0.1.0). */
  readonly industryGroups: readonly IndustryGroupDef[];
  readonly industries: readonly IndustryDef[];
  /** The documents the plan's figures are quoted from, where not the plan itself (a figure's `source.document`). */
  readonly sources: readonly SourceDocumentDef[];
  readonly indicators: readonly IndicatorDef[];
  /** The ids of every indicator of the plan (of the whole plan, where this is one indicator's part of it). */
  readonly indicatorIds: readonly string[];
  readonly figures: readonly FigureDef[];
  readonly targets: readonly TargetDef[];
  /** The plan's own results with a stated year (vintage `plan`), then the observations its document carries. */
  readonly observations: readonly Observation[];
  /** Candidate figures reviewed for this plan and left out, with the reason (the bundled plan's review). */
  readonly rejected: readonly RejectedCandidate[];
  /** `bundled` for the library's plan (or its part for one indicator), `user` for one a site passed in. */
  readonly origin: 'bundled' | 'user';
}

const MEASURE: Partial<Record<string, ObservationMeasure>> = {
  level: 'level',
  share: 'share',
  count: 'count',
  avg_annual_growth: 'avg_annual_growth',
  cumulative_growth: 'cumulative_growth',
};
const BOUND: Partial<Record<string, Bound>> = { exact: 'exact', at_least: 'at_least', more_than: 'more_than' };

/**
 * The plan's own results with a stated year, as observations of vintage `plan` (source: the quote). A
 * result quoted from another document (`source.document`, e.g. a statistical bulletin) is cited as that
 * document: its title, date and URL, not the plan's text.
 */
export function planObservationsOf(
  figures: readonly FigureDef[],
  publisher: string,
  origin: 'bundled' | 'user',
  sources: readonly SourceDocumentDef[] = [],
): Observation[] {
  return figures.flatMap((f): Observation[] => {
    const measure = MEASURE[f.kind];
    const bound = BOUND[f.qualifier];
    if (f.role !== 'result' || !f.yearStated || !measure || !bound) return [];
    const since = f.period && measure !== 'level' ? { since: f.period.from } : {};
    return [
      {
        indicator: f.indicator,
        year: f.year,
        period: 'FY',
        measure,
        ...since,
        value: f.value,
        bound,
        unit: f.unit,
        priceBasis: f.priceBasis,
        vintage: 'plan',
        ...cited(f, publisher, sources),
        reliability: 'official',
        source: f.source,
        origin,
      },
    ];
  });
}

/** Who publishes a plan figure, when, where: the plan itself, or the document its quote is from. */
function cited(f: FigureDef, publisher: string, sources: readonly SourceDocumentDef[]) {
  const doc = f.source.document ? sources.find((d) => d.id === f.source.document) : undefined;
  if (!doc) return { publisher, published: null, url: null };
  return { publisher: doc.title.zh, published: doc.date ?? doc.published ?? null, url: doc.url ?? null };
}

/** A plan value from a plan document (with its observations and rejected candidates, where it has them). */
export function planData(source: PlanSource, origin: 'bundled' | 'user'): PlanData {
  const figures = source.figures as readonly FigureDef[];
  const targets = figures.filter((f): f is FigureDef & TargetDef => f.role === 'target');
  const own = planObservationsOf(figures, `本规划（${source.meta.title.zh}）`, origin, source.sources);
  const carried = (source.observations ?? []).map((o) => ({ ...o, origin }));
  return {
    meta: source.meta,
    dimensions: source.dimensions,
    industryGroups: source.industryGroups ?? [],
    sources: source.sources ?? [],
    industries: source.industries,
    indicators: source.indicators,
    indicatorIds: source.indicatorIds ?? source.indicators.map((i) => i.id),
    figures,
    targets,
    observations: [...own, ...carried],
    rejected: source.rejected ?? [],
    origin,
  };
}
