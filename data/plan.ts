/** The plan's metadata. The text has no title line, no issuer and no document number: see the notes. */
import type { PlanMeta } from '../model/index.js';

export const planMeta = {
  id: 'qingdao-modern-services-2021-2025',
  title: {
    zh: '青岛市“十四五”现代服务业发展规划（2021-2025年）',
    en: "Qingdao's development plan for modern service industries in the 14th Five-Year period (2021-2025)",
  },
  titleStated: false,
  issuer: { zh: '青岛市人民政府', en: "Qingdao Municipal People's Government" },
  issuerNote: {
    zh: '规划正文没有标题、发文机关、文号和日期，自称“本规划”；标题为描述性标题，发文机关据项目资料记为青岛市人民政府，不编造文号或日期。',
    en: 'The text has no title line, issuer, document number or date and calls itself 本规划 ("this plan"); the title is descriptive and the issuer (Qingdao municipal government) comes from the project brief. No document number or date is invented.',
  },
  period: { from: 2021, to: 2025 },
  baseYear: 2020,
  targetYear: 2025,
  basedOn: {
    name: {
      zh: '青岛市国民经济和社会发展第十四个五年规划和2035年远景目标纲要',
      en: "Outline of Qingdao's 14th Five-Year Plan for economic and social development and long-range objectives through 2035",
    },
    source: {
      section: '序言',
      quote: '根据《青岛市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》及国家、省有关部署',
    },
  },
  seed: {
    file: 'seeds/qingdao-modern-services-plan-2021-2025.zh.txt',
    sha256: '868444ad0dba0d9f6b9fa988df2d183489351dde2d43c5d439e6291af5932533',
  },
  dataVersion: '2026.12.04',
  updated: '2026-12-04',
} as const satisfies PlanMeta;
