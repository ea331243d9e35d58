/**
 * The one-sentence summary of the scorecard, in zh-CN or en:
 * "截至2025年，19项目标中2项已实现（均为提前实现），17项因缺少数据无法评估。"
 * "As of 2025, of the 19 targets, 2 have been achieved (both early) and 17 cannot be assessed for lack of data."
 * Counts come from `scorecardCounts` (the library's scorecard); only non-zero clauses are said.
 */
import type { Lang } from '../../src/core.js';
import { formatNumber } from '../views/format.js';
import type { ScorecardCounts } from '../views/scorecard-view.js';
import { tp, type PlanStringKey } from '../i18n/strings-plan.js';

/** The summary sentence of `counts` in `lang`. */
export function summarySentence(c: ScorecardCounts, lang: Lang): string {
  const n = (v: number) => formatNumber(v, { locale: lang });
  const clause = (count: number, key: PlanStringKey, one: PlanStringKey) =>
    count > 0 ? tp(lang, count === 1 ? one : key, { n: n(count) }) : '';
  let achieved = clause(c.achieved, 'summaryAchieved', 'summaryAchievedOne');
  if (c.early > 0) {
    achieved +=
      c.early < c.achieved
        ? tp(lang, 'summarySomeEarly', { n: n(c.early) })
        : c.early === 1
          ? tp(lang, 'summaryOneEarly')
          : c.early === 2
            ? tp(lang, 'summaryBothEarly')
            : tp(lang, 'summaryAllEarly');
  }
  const clauses = [
    achieved,
    clause(c.onTrack, 'summaryOnTrack', 'summaryOnTrackOne'),
    clause(c.behind, 'summaryBehind', 'summaryBehindOne'),
    clause(c.notAchieved, 'summaryNotAchieved', 'summaryNotAchievedOne'),
    clause(c.noData, 'summaryNoData', 'summaryNoData'),
    clause(c.otherReason, 'summaryOther', 'summaryOther'),
  ].filter(Boolean);
  const list = lang === 'en' ? new Intl.ListFormat('en', { type: 'conjunction' }).format(clauses) : clauses.join('，');
  return tp(lang, 'summaryStart', { year: c.asOf, total: n(c.total) }) + list + tp(lang, 'summaryEnd');
}
