/**
 * How the widgets cite a figure in words: the plan's section for the plan's
 * own figures, 本页表格 / table on this page for a light-DOM table, and
 * otherwise the publisher with the publication date; and the words of a
 * part-year period (一季度, 前三季度, to 16 Jun 2023 ...).
 */
import type { Observation, ObservationPeriod } from '../../src/core.js';
import type { Catalog } from '../i18n/catalog.js';
import { formatDate } from './format.js';
import { TABLE_PUBLISHER } from '../base/table.js';

/** The publisher and publication date of an observation: "青岛日报，2025年2月16日发布". */
export const publishedText = (o: Observation, c: Catalog): string =>
  c.published({ publisher: o.publisher, date: o.published ? formatDate(o.published, c.lang) : undefined });

/** The source of an observation in words: "规划原文 二(三)", "青岛日报，2025年2月16日发布". */
export function citeObservation(o: Observation, c: Catalog): string {
  // The plan's own figure, quoted from its text (one quoted from another document is cited as that document).
  if (o.vintage === 'plan' && o.source && !o.source.document) return c.planSection({ section: o.source.section });
  if (o.origin === 'user' && o.publisher === TABLE_PUBLISHER) return c.tableData;
  return publishedText(o, c) + (o.origin === 'user' ? ` (${c.userData})` : '');
}

/** The words of a part-year period ("" for a full year). */
export function periodLabel(period: ObservationPeriod, c: Catalog): string {
  switch (period) {
    case 'FY':
      return '';
    case 'Q1':
      return c.periodQ1;
    case 'H1':
      return c.periodH1;
    case 'Q1-Q3':
      return c.periodQ1Q3;
    default:
      return c.periodTo({ date: formatDate(period.slice(3), c.lang) });
  }
}
