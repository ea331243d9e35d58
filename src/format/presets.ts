/**
 * The names of the assessment presets and of the method document each follows, in zh-CN and en, with the
 * document's https address, so that a reader of a status can tell which method gave it and read it: "Eurostat
 * growth ratio (eurostat)", with its document. docs/methods.md gives each preset's formula, thresholds and
 * source document in full.
 */
import type { Lang } from '../types.js';
import type { PresetName } from '../calc/presets.js';
import { fail } from '../calc/check.js';

type Pair = readonly [zh: string, en: string];

const PRESET: Record<PresetName, { readonly name: Pair; readonly document: Pair; readonly url: string }> = {
  eurostat: {
    name: ['Eurostat 增长率比', 'Eurostat growth ratio'],
    document: [
      '欧盟统计局可持续发展监测报告方法附录；加拿大统计局；Open SDG',
      'Eurostat, Sustainable development in the EU, methodological annex; Statistics Canada; Open SDG',
    ],
    // Eurostat's SDG pages: the monitoring reports and "How does Eurostat monitor progress towards the SDGs".
    url: 'https://ec.europa.eu/eurostat/web/sdi',
  },
  unsd2022: {
    name: ['联合国统计司增长率比（2020-2022年）', 'UNSD growth ratio (2020-2022)'],
    document: ['联合国统计司《SDG进展图2022技术说明》', 'UNSD, SDG Progress Chart 2022, Technical Note'],
    url: 'https://unstats.un.org/sdgs/report/2022/Progress_Chart_Technical_Note_2022.pdf',
  },
  unsd2023: {
    name: ['联合国统计司预期进展比（2023年起）', 'UNSD expected progress (2023 on)'],
    document: ['联合国统计司《SDG进展图2023技术说明》', 'UNSD, SDG Progress Chart 2023, Technical Note'],
    url: 'https://unstats.un.org/sdgs/files/report/2023/Progress_Chart_Technical_Note_2023.pdf',
  },
  escap: {
    name: ['亚太经社会预期进展指数', 'ESCAP anticipated progress'],
    document: [
      '联合国亚太经社会《亚太可持续发展目标进展报告》附件1：技术说明（进展衡量方法）',
      'ESCAP, Asia and the Pacific SDG Progress Report, annex 1: Technical notes – methodology to measure progress',
    ],
    // ESCAP's own page of the technical notes (its SDG Gateway), kept up to date with each year's report.
    url: 'https://data.unescap.org/resource-guides/progress-assessment-methodology',
  },
  ndrc: {
    name: ['规划中期评估进度（时间过半、任务过半）', 'Mid-term review pace ("half the time, half the task")'],
    document: ['国家和地方发展改革委的五年规划中期评估', "China's mid-term reviews of five-year plans (NDRC)"],
    // The reviews publish no method document: NDRC's notice of what the 13th plan's mid-term review checks (on gov.cn).
    url: 'https://www.gov.cn/xinwen/2018-02/10/content_5265519.htm',
  },
};

const pick = (p: Pair, locale: Lang | undefined): string => (locale === 'en' ? p[1] : p[0]);

/** The built-in preset named `preset`, null for another name (a custom preset); not a string is a CalcError of `fn`. */
const known = (fn: string, preset: unknown) =>
  typeof preset != 'string'
    ? fail('invalid_argument', fn, { preset }, 'pass a preset name, e.g. eurostat (an assessment’s `preset`)')
    : Object.hasOwn(PRESET, preset)
      ? PRESET[preset as PresetName]
      : null;

/**
 * A preset by name, with its code: "Eurostat 增长率比（eurostat）", "Eurostat growth ratio (eurostat)"; a custom
 * preset (any other name) is shown by its name alone.
 */
export const presetLabel = (preset: string, locale: Lang = 'zh-CN'): string => {
  const p = known('presetLabel', preset);
  if (!p) return preset;
  return locale === 'en' ? `${pick(p.name, locale)} (${preset})` : `${pick(p.name, locale)}（${preset}）`;
};

/** The method document a built-in preset follows (its title, in words), or null for a custom preset (see `presetDocumentUrl`). */
export const presetDocument = (preset: string, locale: Lang = 'zh-CN'): string | null => {
  const p = known('presetDocument', preset);
  return p ? pick(p.document, locale) : null;
};

/** The https address of the method document a built-in preset follows (`presetDocument`), or null for a custom preset. */
export const presetDocumentUrl = (preset: string): string | null => known('presetDocumentUrl', preset)?.url ?? null;
