/**
 * Observed outcomes, 2020-2025: the reviewed candidates that have a URL, a
 * publisher and a date and match the plan's definition of their indicator.
 * Candidates left out are in `rejected.ts` with the reason. The plan's own
 * 2020 figures are observations too (vintage `plan`); they are derived from the
 * plan data with their quotes, not repeated here. Never an estimate.
 */
import type { Observation } from '../../src/types.js';
import type { IndicatorId } from '../indicators.js';

type Shipped = Observation & { readonly indicator: IndicatorId };

const BULLETIN_2021 = {
  publisher: '观海新闻（青岛日报社），报道《2021年青岛市国民经济和社会发展统计公报》',
  published: '2022-03-17',
  url: 'https://guanhai.com.cn/p/160392.html',
  reliability: 'mainstream',
} as const;
const PLAN_REPORT_2024 = {
  publisher: '青岛日报，刊载市发展改革委《关于青岛市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告》',
  published: '2025-02-16',
  url: 'https://epaper.guanhai.com.cn/conpaper/qdrb/h5/html5/2025-02/16/content_144591_1851179.htm',
  reliability: 'mainstream',
} as const;
const CENTRES_2023 = {
  publisher: '观海新闻（青岛日报社）',
  published: '2023-06-16',
  url: 'https://www.guanhai.com.cn/p/260251.html',
  reliability: 'mainstream',
} as const;

export const shippedObservations = [
  // GDP, the whole of the GDP shares
  { indicator: 'gdp', year: 2021, period: 'FY', measure: 'level', value: 14136.46, bound: 'exact', unit: '亿元', priceBasis: 'nominal', vintage: 'preliminary', ...BULLETIN_2021, note: '初步核算 (preliminary).' },
  { indicator: 'gdp', year: 2022, period: 'FY', measure: 'level', value: 14920.75, bound: 'exact', unit: '亿元', priceBasis: 'nominal', vintage: 'preliminary', publisher: '大众网·青岛', published: '2023-02-01', url: 'http://qingdao.dzwww.com/jjqt/202302/t20230202_11359302.htm', reliability: 'mainstream', note: 'Preliminary annual figure.' },
  { indicator: 'gdp', year: 2023, period: 'FY', measure: 'level', value: 15760.34, bound: 'exact', unit: '亿元', priceBasis: 'nominal', vintage: 'preliminary', publisher: '青岛市人民政府网站，市发展改革委《2023年计划执行情况报告》', published: '2024-02-06', url: 'http://www.qingdao.gov.cn/zwgk/zdgk/ghjh/jjhsh/202404/t20240419_7971870.shtml', reliability: 'official', note: 'Preliminary.' },
  { indicator: 'gdp', year: 2024, period: 'FY', measure: 'level', value: 16719.5, bound: 'exact', unit: '亿元', priceBasis: 'nominal', vintage: 'preliminary', ...PLAN_REPORT_2024, note: 'Preliminary.' },
  { indicator: 'gdp', year: 2025, period: 'Q1-Q3', measure: 'level', value: 13373.5, bound: 'exact', unit: '亿元', priceBasis: 'nominal', vintage: 'preliminary', publisher: '青岛新闻网', published: '2025-12-19', url: 'http://finance.qingdaonews.com/content/2025-12/19/content_23707742.htm', reliability: 'mainstream', note: 'First three quarters of 2025 only: a lower bound of the full year, never a full-year value.' },
  // Services value added and its share of GDP
  { indicator: 'services-value-added', year: 2021, period: 'FY', measure: 'level', value: 8596.07, bound: 'exact', unit: '亿元', priceBasis: 'nominal', vintage: 'preliminary', ...BULLETIN_2021, note: '初步核算 (preliminary).' },
  { indicator: 'services-value-added', year: 2021, period: 'FY', measure: 'yoy_growth', value: 9.2, bound: 'exact', unit: '%', priceBasis: 'real', vintage: 'preliminary', ...BULLETIN_2021, note: 'Real growth at comparable prices.' },
  { indicator: 'services-share-of-gdp', year: 2020, period: 'FY', measure: 'share', value: 61.3, bound: 'exact', unit: '%', priceBasis: 'nominal', vintage: 'revised', ...BULLETIN_2021, note: 'The 2021 bulletin restates the 2020 share as 61.3%; the plan gives 61.4% (vintage plan).' },
  { indicator: 'services-share-of-gdp', year: 2021, period: 'FY', measure: 'share', value: 60.8, bound: 'exact', unit: '%', priceBasis: 'nominal', vintage: 'preliminary', ...BULLETIN_2021, note: '初步核算 (preliminary).' },
  // Producer services
  { indicator: 'producer-services-value-added', year: 2024, period: 'FY', measure: 'yoy_growth', value: 6.6, bound: 'exact', unit: '%', priceBasis: 'real', vintage: 'preliminary', ...PLAN_REPORT_2024, note: 'Growth only; the share of services value added is not given.' },
  // Innovation centres (stock, and additions for the target)
  { indicator: 'provincial-service-innovation-centres', year: 2023, period: 'to:2023-06-16', measure: 'count', value: 14, bound: 'exact', unit: '家', priceBasis: 'not_applicable', vintage: 'final', ...CENTRES_2023, note: 'Cumulative count as of the report, including centres recognised before 2021. The report counts 个 (centres); recorded in 家, the unit of the indicator and of the plan (8家 in 2020; one centre per firm).' },
  { indicator: 'new-service-innovation-centres', year: 2022, period: 'FY', measure: 'count', value: 3, bound: 'at_least', unit: '个', priceBasis: 'not_applicable', vintage: 'final', ...CENTRES_2023, note: 'Qingdao centres in the 2022 provincial batch, as the award payments report: at least 3.' },
  // Clusters
  { indicator: 'new-municipal-service-clusters', year: 2022, period: 'FY', measure: 'count', value: 18, bound: 'exact', unit: '家', priceBasis: 'not_applicable', vintage: 'final', publisher: '青岛市发展和改革委员会（青发改服务〔2022〕309号）', published: '2022-11-03', url: 'http://www.qingdao.gov.cn/zwgk/xxgk/fgw/gkml/gwfg/bmgw/202211/t20221103_6475866.shtml', reliability: 'official', note: 'Municipal modern-service clusters recognised in 2022 (counted in 家, as the plan counts clusters).' },
  // Industries
  { indicator: 'port-container-throughput', year: 2024, period: 'FY', measure: 'level', value: 3087, bound: 'exact', unit: '万TEU', priceBasis: 'not_applicable', vintage: 'preliminary', ...PLAN_REPORT_2024 },
  { indicator: 'finance-value-added', year: 2020, period: 'H1', measure: 'level', value: 417.3, bound: 'exact', unit: '亿元', priceBasis: 'nominal', vintage: 'preliminary', publisher: 'China Daily 中国日报（山东·青岛）', published: '2020-09-27', url: 'http://shandong.chinadaily.com.cn/qingdao/2020-09/27/c_541198.htm', reliability: 'mainstream', note: 'First half of 2020 only: a lower bound of the 2020 full year.' },
  { indicator: 'software-it-revenue', year: 2020, period: 'FY', measure: 'level', value: 2388.2, bound: 'exact', unit: '亿元', priceBasis: 'nominal', vintage: 'final', publisher: 'qccia.com, reporting the MIIT 2020 software industry statistics (工业和信息化部软件业统计)', published: '2021-04-13', url: 'http://www.qccia.com/news/news-qingdao/2021/0413/12476.html', reliability: 'mainstream', note: 'The 2020 base of the average-growth target.' },
  { indicator: 'technology-contract-turnover', year: 2024, period: 'FY', measure: 'cumulative_growth', since: 2020, value: 147, bound: 'exact', unit: '%', priceBasis: 'nominal', vintage: 'final', publisher: '科技日报，报道2025年12月2日青岛市“十四五”成就新闻发布会', published: '2025-12-03', url: 'https://www.stdaily.com/web/gdxw/2025-12/03/content_441406.html', reliability: 'mainstream', note: '2024 turnover 147% above 2020. Read as 2024 = 147% of 2020, the growth would still be 47%: either reading exceeds the 15% target.' },
  { indicator: 'tourism-revenue', year: 2025, period: 'FY', measure: 'yoy_growth', value: 11, bound: 'at_least', unit: '%', priceBasis: 'nominal', vintage: 'preliminary', publisher: '观海新闻（青岛日报社），报道2026年青岛市政府工作报告', published: '2026-01-20', url: 'https://m.guanhai.com.cn/p/432699.html', reliability: 'mainstream', note: '11%以上: growth in 2025 alone; the 2021-2025 average needs every year.' },
] as const satisfies readonly Shipped[];
