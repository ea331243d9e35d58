/**
 * Sorting the rows of `<qd-target-table>`: by name (the locale's collation),
 * by base, target or latest value, by status or by the growth still required.
 * Values are compared as the library gives them; rows without a value go last
 * in either direction, and ties keep the plan's order.
 *
 * Status, ascending: the library's `statusOrder` (achieved early, achieved,
 * on track … not achieved), then not assessable. Within not assessable, rows
 * with a provisional status come first, by that status in the same order (on
 * track first, moving away last), then rows without one; ties keep the plan's
 * order. A provisional status only orders rows inside the not-assessable
 * group: it never lifts a row among the verdicts. Descending reverses the
 * groups (not assessable first, rows without a provisional status first
 * among them); ties still keep the plan's order.
 */
import type { Lang } from '../../src/core.js';
import { statusRank, type PlanRow } from '../views/scorecard-view.js';

/** The columns of the table, in display order. */
export const COLUMNS = ['name', 'base', 'target', 'latest', 'status', 'required'] as const;
/** A column of the table. */
export type Column = (typeof COLUMNS)[number];
/** A sort direction, as `aria-sort` names it. */
export type SortDirection = 'ascending' | 'descending';

type Key = string | number | readonly number[] | null;

function keyOf(row: PlanRow, column: Column, lang: Lang): Key {
  const v = row.view;
  switch (column) {
    case 'name':
      return lang === 'en' ? v.target.name.en : v.target.name.zh;
    case 'base':
      return v.base && v.baseStated ? v.base.value : null;
    case 'target':
      return v.target.value;
    case 'latest':
      return v.latest ? [v.latest.year, v.latest.value] : null;
    case 'status':
      // Achieved early before achieved in the target year; a provisional status orders the not-assessable rows.
      return [statusRank(row.entry.status), row.entry.achievedEarly ? 0 : 1, provisionalRank(row)];
    case 'required':
      return v.required.kind === 'rate' ? v.required.rate : v.required.kind === 'met' ? -Infinity : null;
  }
}

/** Not assessable with a provisional status: by that status (`statusOrder`); without one: after them all. */
const provisionalRank = (row: PlanRow): number =>
  row.entry.provisional ? statusRank(row.entry.provisional.status) : statusRank('not_assessable') + 1;

function compareKeys(a: Exclude<Key, null>, b: Exclude<Key, null>, collator: Intl.Collator): number {
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = a as readonly number[];
  const y = b as readonly number[];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

/** The rows sorted by `column` in `direction`; null column: the plan's order. */
export function sortRows(
  rows: readonly PlanRow[],
  column: Column | null,
  direction: SortDirection,
  lang: Lang,
): PlanRow[] {
  const plan = [...rows].sort((a, b) => a.order - b.order);
  if (!column) return plan;
  const collator = new Intl.Collator(lang, { numeric: true });
  const sign = direction === 'ascending' ? 1 : -1;
  return plan
    .map((row) => ({ row, key: keyOf(row, column, lang) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null)
        return a.key === b.key ? a.row.order - b.row.order : a.key === null ? 1 : -1;
      return sign * compareKeys(a.key, b.key, collator) || a.row.order - b.row.order;
    })
    .map((x) => x.row);
}
