/**
 * The one-sentence summary of the scorecard, in the catalog's language:
 * "截至2025年，19项目标中2项已实现（均为提前实现），17项因缺少数据无法评估。"
 * "As of 2025, of the 19 targets, 2 have been achieved (both early) and 17 cannot be assessed for lack of data."
 * Counts come from `scorecardCounts` (the library's scorecard); only non-zero clauses are said. Where
 * not-assessable targets have a provisional status, a second sentence says how many, not counted above.
 */
import type { Catalog } from '../i18n/catalog.js';
import type { ScorecardCounts } from '../views/scorecard-view.js';

/** The summary sentence of `counts`. */
export function summarySentence(counts: ScorecardCounts, c: Catalog): string {
  const clause = (n: number, text: (p: { readonly n: number }) => string) => (n > 0 ? text({ n }) : '');
  let achieved = clause(counts.achieved, c.summaryAchieved);
  if (counts.early > 0) achieved += c.summaryEarly({ early: counts.early, achieved: counts.achieved });
  const clauses = [
    achieved,
    clause(counts.onTrack, c.summaryOnTrack),
    clause(counts.behind, c.summaryBehind),
    clause(counts.notAchieved, c.summaryNotAchieved),
    clause(counts.noData, c.summaryNoData),
    clause(counts.otherReason, c.summaryOther),
  ].filter(Boolean);
  const sentence = c.summarySentence({ year: counts.asOf, total: counts.total, clauses });
  // Provisional statuses are not verdicts: said in a sentence of their own, after the counts.
  return counts.provisional > 0
    ? `${sentence}${c.lang === 'en' ? ' ' : ''}${c.summaryProvisional({ n: counts.provisional })}`
    : sentence;
}
