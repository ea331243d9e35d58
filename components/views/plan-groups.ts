/**
 * The targets of a plan in the groups a dashboard shows, from the plan itself:
 * its goal dimensions, its industries under the plan's own industry groups
 * (Qingdao's are producer and consumer services; a plan of 0.1.0 without
 * `industryGroups` has those two), and the targets that belong to neither in an
 * "other targets" group, so that every target is shown.
 */
import type { DimensionDef, IndustryDef, PlanData, Text } from '../../src/core.js';
import type { PlanRow } from './scorecard-view.js';

/** A group of targets: a dimension, an industry, or the other targets. */
export interface TargetGroup {
  readonly id: string;
  readonly def: DimensionDef | IndustryDef | null;
  /** The targets of the group that pass the filters. */
  readonly rows: readonly PlanRow[];
  /** How many targets the group has in all. */
  readonly all: number;
}

/** An industry group of the plan with its industries' groups of targets; `name` null where the plan does not name it. */
export interface IndustrySection {
  readonly id: string;
  readonly name: Text | null;
  readonly groups: readonly TargetGroup[];
}

/** The filters of a dashboard: a dimension id, an industry id ('' for any), and a test on a target's row (its status), null for any. */
export interface GroupFilters {
  readonly dimension: string;
  readonly industry: string;
  readonly status: ((row: PlanRow) => boolean) | null;
}

/** What a dashboard shows under its filters. */
export interface PlanGroups {
  readonly dimensions: readonly TargetGroup[];
  readonly industries: readonly IndustrySection[];
  /** Targets with neither a dimension nor an industry (shown when no dimension or industry is chosen). */
  readonly other: TargetGroup | null;
  /** Every target shown, once, in the plan's order. */
  readonly shown: readonly PlanRow[];
}

/** The plan's industry groups in order: its own `industryGroups`, then any other group id its industries name. */
export function industryGroupsOf(plan: PlanData): { id: string; name: Text | null }[] {
  const own = plan.industryGroups.map((g): { id: string; name: Text | null } => ({ id: g.id, name: g.name }));
  const named = new Set(own.map((g) => g.id));
  for (const i of plan.industries) {
    if (!named.has(i.group)) {
      named.add(i.group);
      own.push({ id: i.group, name: null });
    }
  }
  return own;
}

/** The dashboard's groups of `rows` (a plan's targets with their views) under `filters`. */
export function planGroups(plan: PlanData, rows: readonly PlanRow[], filters: GroupFilters): PlanGroups {
  const showDimensions = !filters.industry || Boolean(filters.dimension);
  const showIndustries = !filters.dimension || Boolean(filters.industry);
  const unfiltered = !filters.dimension && !filters.industry;
  const group = (id: string, def: TargetGroup['def'], of: (r: PlanRow) => boolean, chosen: string): TargetGroup[] => {
    if (chosen && id !== chosen) return [];
    const all = rows.filter(of);
    const kept = filters.status ? all.filter(filters.status) : all;
    // A group without targets shows (saying it is empty) only while no status is chosen.
    return kept.length || (!all.length && !filters.status) ? [{ id, def, rows: kept, all: all.length }] : [];
  };
  const dimensions = showDimensions
    ? plan.dimensions.flatMap((d) => group(d.id, d, (r) => r.entry.target.dimension === d.id, filters.dimension))
    : [];
  const industries = showIndustries
    ? industryGroupsOf(plan)
        .map((g) => ({
          id: g.id,
          name: g.name,
          groups: plan.industries
            .filter((i) => i.group === g.id)
            .flatMap((i) => group(i.id, i, (r) => r.entry.target.industry === i.id, filters.industry)),
        }))
        .filter((s) => s.groups.length)
    : [];
  const loose = (r: PlanRow) => !r.entry.target.dimension && !r.entry.target.industry;
  const [other] = unfiltered && rows.some(loose) ? group('other', null, loose, '') : [];
  const groups = [...dimensions, ...industries.flatMap((x) => x.groups), ...(other ? [other] : [])];
  const inShown = new Set(groups.flatMap((g) => g.rows));
  return { dimensions, industries, other: other ?? null, shown: rows.filter((r) => inShown.has(r)) };
}
