/**
 * The scorecard as text: an aligned table for a terminal (CJK characters count
 * two columns) and CSV (UTF-8 BOM), in zh-CN or en. Used by the command line.
 */
import { toCsv } from './csv.js';
import {
  formatTarget,
  formatValue,
  presetLabel,
  provisionalLabel,
  reasonLabel,
  rejectionLabel,
  statusLabel,
} from './format/index.js';
import type { Scorecard, ScorecardEntry } from './score.js';
import type { Lang, Observation } from './types.js';
import type { RejectedCandidate } from './types.js';

const T = {
  target: ['目标', 'Target'],
  value: ['目标值', 'Target value'],
  latest: ['最新数据', 'Latest'],
  status: ['状态', 'Status'],
  why: ['依据或原因', 'Evidence or reason'],
  total: ['合计', 'Total'],
  asOf: ['评估年份', 'As of'],
  of: ['项', 'targets'],
  rejected: ['未采用的候选数据', 'candidates left out'],
  provisional: ['暂判（不计入合计）', 'provisional, not counted'],
  preset: ['方法', 'method'],
} as const;
const t = (k: keyof typeof T, lang: Lang) => T[k][lang === 'en' ? 1 : 0];

/** Publisher and date of an observation, or the plan section for the plan's own figures. */
export function sourceOf(o: Observation, lang: Lang): string {
  if (o.source) return lang === 'en' ? `the plan, ${o.source.section}` : `本规划${o.source.section}`;
  return `${o.publisher}, ${o.published}`;
}

/** The latest figure after the base year that the assessment used (the base itself is not progress), as the widgets show it. */
const latestOf = (e: ScorecardEntry) =>
  e.assessment.latest && e.assessment.latest.year > e.assessment.baseYear ? e.assessment.latest : null;

function latestText(e: ScorecardEntry, lang: Lang): string {
  const l = latestOf(e);
  if (!l) return '—';
  const o = l.observations[l.observations.length - 1];
  const bound =
    l.bound === 'exact'
      ? ''
      : lang === 'en'
        ? l.bound === 'at_least'
          ? '≥ '
          : '> '
        : l.bound === 'at_least'
          ? '≥'
          : '>';
  // A rate computed from levels (its unit % where the observation's is not) is shown to one decimal.
  const rate = l.unit === '%' && o !== undefined && o.unit !== '%';
  const options = rate ? { locale: lang, decimals: 1 } : { locale: lang };
  return `${bound}${formatValue(l.value, l.unit ?? o?.unit ?? e.target.unit, options)} (${l.year}${o && o.period !== 'FY' ? ` ${o.period}` : ''})`;
}

function whyText(e: ScorecardEntry, lang: Lang): string {
  const used = e.evidence.filter((o) => o.vintage !== 'plan' || e.evidence.length === 1);
  if (e.status !== 'not_assessable') return used.map((o) => sourceOf(o, lang)).join('; ');
  const counts = new Map<string, number>();
  for (const r of e.rejected) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  const left = [...counts]
    .map(([r, n]) => `${rejectionLabel(r as RejectedCandidate['reason'], lang)} ×${n}`)
    .join(lang === 'en' ? ', ' : '，');
  return reasonLabel(e.reason!, lang) + (left ? ` (${t('rejected', lang)}: ${left})` : '');
}

/** The status as shown: a verdict, or "Not assessable · provisional: on track as of 2024 (the 2025 figure ...)". */
function statusText(e: ScorecardEntry, lang: Lang): string {
  const label = statusLabel(e.status, lang, e.achievedEarly);
  return e.provisional ? `${label} · ${provisionalLabel(e.provisional, lang, e.assessment.targetYear)}` : label;
}

const width = (s: string) =>
  [...s].reduce(
    (w, c) =>
      w +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1),
    0,
  );
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));

/** The scorecard as an aligned text table with a totals line. */
export function scorecardTable(card: Scorecard, lang: Lang): string {
  const rows = card.entries.map((e) => [
    e.target.name[lang === 'en' ? 'en' : 'zh'],
    formatTarget(e.target, { locale: lang }),
    latestText(e, lang),
    statusText(e, lang),
    whyText(e, lang),
  ]);
  const head = [t('target', lang), t('value', lang), t('latest', lang), t('status', lang), t('why', lang)];
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i]!)))
      .join('  ')
      .trimEnd();
  const totals = Object.entries(card.totals)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${statusLabel(s as never, lang)} ${n}`)
    .join(', ');
  const provisional = Object.entries(card.provisionalTotals)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${statusLabel(s as never, lang)} ${n}`)
    .join(', ');
  return [
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `${t('total', lang)}: ${card.entries.length} ${t('of', lang)} · ${totals}${provisional ? ` (${t('provisional', lang)}: ${provisional})` : ''} · ${t('asOf', lang)} ${card.asOf} · ${t('preset', lang)} ${presetLabel(card.preset, lang)} · data ${card.dataVersion}`,
  ].join('\n');
}

/** The scorecard as CSV (UTF-8 BOM), one row a target, with the deciding figure and its source. */
export function scorecardCsv(card: Scorecard, lang: Lang): string {
  return toCsv(
    [
      'target',
      'indicator',
      'name',
      'target_value',
      'unit',
      'comparator',
      'status',
      'status_label',
      'achieved_early',
      'reason',
      'latest_value',
      'latest_year',
      'latest_bound',
      'source_publisher',
      'source_published',
      'source_url',
      'source_quote',
      'provisional_status',
      'provisional_year',
      'provisional_label',
    ],
    card.entries.map((e) => {
      const l = latestOf(e);
      const o = l?.observations[l.observations.length - 1];
      return [
        e.target.id,
        e.target.indicator,
        e.target.name[lang === 'en' ? 'en' : 'zh'],
        e.target.value,
        e.target.unit,
        e.target.comparator,
        e.status,
        statusLabel(e.status, lang, e.achievedEarly),
        e.achievedEarly,
        e.reason,
        l?.value,
        l?.year,
        l?.bound,
        o?.publisher,
        o?.published,
        o?.url,
        o?.source?.quote,
        e.provisional?.status,
        e.provisional?.year,
        e.provisional ? provisionalLabel(e.provisional, lang, e.assessment.targetYear) : undefined,
      ];
    }),
  );
}
