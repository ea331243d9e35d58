/**
 * How the chart widgets cite a figure in words: the plan's section for the
 * plan's own figures, 本页表格 / table on this page for a light-DOM table, and
 * otherwise the publisher with the publication date; and the words of a
 * part-year period (一季度, 前三季度, to 16 Jun 2023 ...).
 */
import type { Lang, Observation, ObservationPeriod } from '../../src/core.js';
import { formatDate } from './format.js';
import { t } from '../i18n/strings.js';
import { TABLE_PUBLISHER } from './target-view.js';

/** The source of an observation in words: "规划原文 二(三)", "青岛日报，2025年2月16日发布". */
export function citeObservation(o: Observation, lang: Lang): string {
  if (o.vintage === 'plan' && o.source) return t(lang, 'planSection', { section: o.source.section });
  if (o.origin === 'user' && o.publisher === TABLE_PUBLISHER) return t(lang, 'tableData');
  const own = o.origin === 'user' ? ` (${t(lang, 'userData')})` : '';
  return (
    (o.published
      ? t(lang, 'publishedOn', { publisher: o.publisher, date: formatDate(o.published, lang) })
      : t(lang, 'publishedUndated', { publisher: o.publisher })) + own
  );
}

/** The words of a part-year period ("" for a full year). */
export function periodLabel(period: ObservationPeriod, lang: Lang): string {
  switch (period) {
    case 'FY':
      return '';
    case 'Q1':
      return t(lang, 'chPeriodQ1');
    case 'H1':
      return t(lang, 'chPeriodH1');
    case 'Q1-Q3':
      return t(lang, 'chPeriodQ1Q3');
    default:
      return t(lang, 'chPeriodTo', { date: formatDate(period.slice(3), lang) });
  }
}
