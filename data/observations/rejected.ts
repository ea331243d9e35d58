/**
 * The candidate observations (shared/data/observations.json, by position) that
 * the library does not ship, each with the reason. Shipped ones are in
 * `shipped.ts`; together they account for every candidate (a test checks it).
 */

import type { IndicatorId } from '../indicators.js';

/** Why a candidate is not shipped. */
export type RejectionReason =
  | 'unreliable_page' // a mirror, aggregator or AI summary; the original is not linked
  | 'no_source' // no URL
  | 'definition_differs' // measures something other than the plan's indicator
  | 'part_year_only' // a part-year rate or share, which decides nothing
  | 'estimate' // expected or estimated (预计), not a statistic
  | 'duplicate' // a rounded restatement of a figure shipped from a better source
  | 'plan_figure' // the plan's own figure, carried from the plan data with its quote
  | 'before_base_year'; // before 2020, not an outcome of the plan period

export interface RejectedCandidate {
  /** Position of the candidate in the reviewed list. */
  readonly candidate: number;
  /** The candidate's own indicator name, as the collector wrote it. */
  readonly indicator: string;
  /** The plan indicator the candidate was reviewed for. */
  readonly considered: IndicatorId;
  readonly year: number;
  readonly value: number;
  readonly unit: string;
  readonly url: string | null;
  readonly reason: RejectionReason;
  readonly why: string;
}

/** Candidates reviewed: 63; shipped: 18 (shipped.ts); rejected: these (45). */
export const CANDIDATES_REVIEWED = 63;

export const rejectedObservations = [
  { candidate: 0, indicator: "gdp", considered: 'gdp', year: 2020, value: 12400.56, unit: "亿元", url: "https://basexf.com/qdsq/qdgl_86/qdgk_86/202204/t20220414_5500802", reason: 'unreliable_page', why: "Mirror of a qingdao.gov.cn page on an unrelated domain; the original is not cited." },
  { candidate: 2, indicator: "gdp", considered: 'gdp', year: 2021, value: 14136, unit: "亿元", url: "http://yuelong-cn.com/xinquyaowen/348.html", reason: 'unreliable_page', why: "Repost on an unrelated site; the bulletin figure 14136.46 is shipped from 观海新闻." },
  { candidate: 3, indicator: "gdp", considered: 'gdp', year: 2021, value: 14100, unit: "亿元 (rounded, '1.41 trillion')", url: "http://qingdao.chinadaily.com.cn/2022-09-28/c_816428.htm", reason: 'duplicate', why: "Rounded restatement ('1.41 trillion') of the 2021 figure shipped unrounded (14136.46)." },
  { candidate: 6, indicator: "gdp", considered: 'gdp', year: 2023, value: 15760.3, unit: "亿元", url: "http://bx2200.com/baogao/huadong/9870.html", reason: 'unreliable_page', why: "Mirror of the government work report; the same figure is shipped from qingdao.gov.cn (15760.34)." },
  { candidate: 7, indicator: "gdp", considered: 'gdp', year: 2024, value: 16719.5, unit: "亿元", url: "https://qzwfgc.com/products4/1127.html", reason: 'unreliable_page', why: "Mirror of the government work report; the same figure is shipped from 青岛日报 (16719.5)." },
  { candidate: 9, indicator: "gdp", considered: 'gdp', year: 2025, value: 17000, unit: "亿元 (lower bound, expected)", url: "https://m.guanhai.com.cn/p/432699.html", reason: 'estimate', why: "预计 (expected): an estimate in the government work report, not a statistic." },
  { candidate: 11, indicator: "gdp_cagr_14fyp", considered: 'gdp', year: 2025, value: 5.9, unit: "%", url: "http://news.bandao.cn/a/1768956259736268.html", reason: 'estimate', why: "预计 (expected): the 2025-12-02 press conference said 预计今年将突破1.7万亿元，年均增长5.9%, and the 2026 work report still gives 2025 GDP as 预计: an average built on an estimated 2025 level is an estimate." },
  { candidate: 12, indicator: "tertiary_va", considered: 'services-value-added', year: 2020, value: 7613.59, unit: "亿元", url: "https://basexf.com/qdsq/qdgl_86/qdgk_86/202204/t20220414_5500802", reason: 'plan_figure', why: "The plan's own 2020 figure (7613.59), carried with its quote as vintage plan; this page is a mirror." },
  { candidate: 14, indicator: "tertiary_va", considered: 'services-value-added', year: 2024, value: 10495.5, unit: "亿元", url: "https://reportify.ai/reports/1148352318148841472", reason: 'unreliable_page', why: "AI-written English summary of a broker report, with the unit mistranslated." },
  { candidate: 15, indicator: "tertiary_va", considered: 'services-value-added', year: 2024, value: 5110.34, unit: "亿元 (H1)", url: "https://aqiusha.com/finance/564a857957c8efd75a7c88e1cd12fdb5.html", reason: 'unreliable_page', why: "First half only, on a mirror site in traditional characters; the original is not cited." },
  { candidate: 16, indicator: "tertiary_va", considered: 'services-value-added', year: 2025, value: 10000, unit: "亿元 (lower bound)", url: "http://news.bandao.cn/a/1768956259736268.html", reason: 'estimate', why: "突破万亿 (above 1 trillion yuan) for 2025 rests on the same estimated (预计) 2025 figures; the press conference of 2025-12-02 gave it as expected. Not shipped until the 2025 statistical bulletin." },
  { candidate: 17, indicator: "tertiary_va_growth", considered: 'services-value-added', year: 2020, value: 4.1, unit: "%", url: "https://basexf.com/qdsq/qdgl_86/qdgk_86/202204/t20220414_5500802", reason: 'unreliable_page', why: "Mirror of a qingdao.gov.cn page on an unrelated domain; the original is not cited." },
  { candidate: 19, indicator: "tertiary_va_growth", considered: 'services-value-added', year: 2025, value: 5.9, unit: "% (Q1)", url: "http://www.isunte.cn/p/390739.html", reason: 'unreliable_page', why: "First quarter only, year inferred by the collector, on an unrelated site." },
  { candidate: 21, indicator: "tertiary_share_gdp", considered: 'services-share-of-gdp', year: 2020, value: 61.4, unit: "%", url: "https://basexf.com/qdsq/qdgl_86/qdgk_86/202204/t20220414_5500802", reason: 'plan_figure', why: "The plan's own 2020 share (61.4%), carried with its quote as vintage plan; the 2021 bulletin's 61.3% is shipped as the revision." },
  { candidate: 23, indicator: "tertiary_share_gdp", considered: 'services-share-of-gdp', year: 2024, value: 64.1, unit: "% (H1)", url: "https://aqiusha.com/finance/564a857957c8efd75a7c88e1cd12fdb5.html", reason: 'unreliable_page', why: "First half only, on a mirror site in traditional characters; a part-year share decides nothing." },
  { candidate: 24, indicator: "tertiary_share_gdp", considered: 'services-share-of-gdp', year: 2024, value: 67.5, unit: "% (Q1)", url: "http://qingdao.chinadaily.com.cn/2024-04/28/c_982868.htm", reason: 'part_year_only', why: "The share of the first quarter of 2024 only: a part-year share decides nothing about the annual share target (and the first quarter's is seasonally high)." },
  { candidate: 25, indicator: "tertiary_share_gdp", considered: 'services-share-of-gdp', year: 2025, value: 63, unit: "%", url: "https://staging.reportify.cn/news/1193214920372654080", reason: 'unreliable_page', why: "Approximate ('稳定在63%左右') figure from an AI summary on a staging site." },
  { candidate: 26, indicator: "tertiary_share_gdp", considered: 'services-share-of-gdp', year: 2025, value: 68, unit: "% (Q1)", url: "http://www.isunte.cn/p/390739.html", reason: 'unreliable_page', why: "First quarter only, year inferred by the collector, on an unrelated site." },
  { candidate: 27, indicator: "services_va_cagr_14fyp", considered: 'services-value-added', year: 2025, value: 6.5, unit: "%", url: "https://staging.reportify.cn/news/1193214920372654080", reason: 'unreliable_page', why: "Expected value from an AI summary on a staging site; no official release cited." },
  { candidate: 28, indicator: "producer_services_va", considered: 'producer-services-value-added', year: 2024, value: 3060.2, unit: "亿元 (H1)", url: "https://aqiusha.com/finance/564a857957c8efd75a7c88e1cd12fdb5.html", reason: 'unreliable_page', why: "First half only, on a mirror site; the producer share derived from it is not published anywhere." },
  { candidate: 30, indicator: "digital_core_va_growth", considered: 'digital-economy-core-share-of-gdp', year: 2023, value: 20, unit: "% (lower bound, H1)", url: "http://www.suliao.news3.cn/kuaixun/2023/0821/14058.html", reason: 'part_year_only', why: "Growth of digital-economy value added in the first half of 2023, on an unrelated site; the target is a share of GDP." },
  { candidate: 34, indicator: "service_clusters_municipal_new", considered: 'new-municipal-service-clusters', year: 2024, value: 5, unit: "个", url: "http://qimx.cn/zwgk/xxgk/fgw/gkml/gwfg/bmgw/202406/t20240625_8099658.shtml", reason: 'unreliable_page', why: "Mirror of a qingdao.gov.cn document (青发改服务〔2024〕183号) on an unrelated domain, in traditional characters: the document number names the original, but the candidate does not link it and the original page was not checked." },
  { candidate: 35, indicator: "service_clusters_municipal_first_batch", considered: 'new-municipal-service-clusters', year: 2021, value: 5, unit: "个 (Shinan district only)", url: "http://www.yuntu3d.com/p/435294.html", reason: 'definition_differs', why: "One district (Shinan) only, on an unrelated site; the city-wide 2021 count is not found." },
  { candidate: 36, indicator: "service_clusters_provincial_new", considered: 'service-clusters', year: 2024, value: 1, unit: "个 (Qingdao entries in list of 17)", url: "http://pfrwo1w.cn/html/2024/8/367419.shtml", reason: 'definition_differs', why: "Provincial list, not municipal recognitions; on an unrelated site." },
  { candidate: 37, indicator: "services_trade_growth", considered: 'services-trade', year: 2021, value: 40, unit: "% (lower bound, H1)", url: "https://www.guanhai.com.cn/p/107714.html", reason: 'part_year_only', why: "Growth in the first half of 2021 only; a part-year growth rate decides nothing about a level target." },
  { candidate: 38, indicator: "logistics_va", considered: 'logistics-value-added', year: 2022, value: 700, unit: "亿元 (H1, expected lower bound)", url: "http://qdxin.cn/Fortune/2022/280868.html", reason: 'estimate', why: "Expected first-half value, with a truncated unit, on an unrelated site." },
  { candidate: 39, indicator: "logistics_va", considered: 'logistics-value-added', year: 2023, value: 440, unit: "亿元 (Q1)", url: "http://news.xd56b.com/shtml/xdwlb/20230517/405402.shtml", reason: 'unreliable_page', why: "First quarter only; graded secondary by the collector; proves nothing about a more-than target." },
  { candidate: 40, indicator: "logistics_5a_firms", considered: 'logistics-5a-firms', year: 2024, value: 13, unit: "家", url: "http://yxhgc.com/app/content/2024-08/26/content_23599828.htm", reason: 'unreliable_page', why: "Mirror of a 观海新闻 article on an unrelated domain in mixed scripts; the original is not cited." },
  { candidate: 41, indicator: "logistics_a_firms", considered: 'logistics-5a-firms', year: 2023, value: 108, unit: "家", url: "http://www.hxbike.com/app/content/2023-02/23/content_23414423.htm", reason: 'definition_differs', why: "All A-grade logistics firms, not 5A firms; on a mirror site." },
  { candidate: 42, indicator: "port_container_throughput", considered: 'port-container-throughput', year: 2022, value: 2570, unit: "万TEU (approx)", url: "https://pl.chinafricashipping.com/news-show-1047964.html", reason: 'unreliable_page', why: "Machine-translated repost of a trade-press item, approximate (≈2570)." },
  { candidate: 43, indicator: "port_container_throughput", considered: 'port-container-throughput', year: 2023, value: 3000, unit: "万TEU (expected)", url: "https://www.breakinglatest.news/?p=1391806", reason: 'estimate', why: "A company's expectation for the year, reported on an aggregator." },
  { candidate: 45, indicator: "port_container_throughput", considered: 'port-container-throughput', year: 2025, value: 3000, unit: "万TEU (lower bound, reached 26 Nov)", url: "https://article.wn.com/view/WNAT98b009a283cc381f99c59d9eb35fc102", reason: 'unreliable_page', why: "Cumulative to 26 November only, on an aggregator; the full-year figure is not found." },
  { candidate: 47, indicator: "exhibitions_count", considered: 'exhibition-events', year: 2022, value: 71, unit: "场", url: null, reason: 'no_source', why: "No URL: the search result carried none." },
  { candidate: 48, indicator: "exhibitions_count", considered: 'exhibition-events', year: 2023, value: 207, unit: "场", url: "http://finance.qingdaonews.com/content/2024-04/29/content_23565225.htm", reason: 'definition_differs', why: "Exhibitions only (展览), not all conventions and exhibitions (会展活动)." },
  { candidate: 49, indicator: "exhibitions_count", considered: 'exhibition-events', year: 2024, value: 48, unit: "场 (Q1)", url: "http://finance.qingdaonews.com/content/2024-04/29/content_23565225.htm", reason: 'definition_differs', why: "Exhibitions only, and the first quarter only." },
  { candidate: 50, indicator: "events_count", considered: 'exhibition-events', year: 2025, value: 485, unit: "场", url: "https://m.guanhai.com.cn/p/432699.html", reason: 'definition_differs', why: "Performances, sports events and exhibitions combined: broader than 会展活动." },
  { candidate: 52, indicator: "software_revenue_growth", considered: 'software-it-revenue', year: 2023, value: 14.6, unit: "% (H1)", url: "http://www.suliao.news3.cn/kuaixun/2023/0821/14058.html", reason: 'unreliable_page', why: "First half only, on an unrelated site; a part-year growth rate decides nothing." },
  { candidate: 53, indicator: "software_it_revenue_growth", considered: 'software-it-revenue', year: 2022, value: 30.6, unit: "% (H1, above-size firms)", url: "https://regional.chinadaily.com.cn/shandong/qingdao/2022-08/24/c_805778.htm", reason: 'definition_differs', why: "Above-designated-size service firms only, and the first half of 2022 only." },
  { candidate: 54, indicator: "tech_contract_turnover", considered: 'technology-contract-turnover', year: 2024, value: 709.58, unit: "亿元", url: "http://www.mysdkr.com/article/9224", reason: 'unreliable_page', why: "Korean-language site, no publication date; the original release is not cited." },
  { candidate: 55, indicator: "tech_contract_turnover_growth", considered: 'technology-contract-turnover', year: 2024, value: 12.21, unit: "%", url: "http://www.mysdkr.com/article/9224", reason: 'unreliable_page', why: "Korean-language site, no publication date; the original release is not cited." },
  { candidate: 57, indicator: "tourism_revenue", considered: 'tourism-revenue', year: 2019, value: 2005.6, unit: "亿元", url: "http://news.qtv.com.cn/system/2020/12/31/015689665.shtml", reason: 'before_base_year', why: "2019, before the plan's base year 2020; not an outcome of the plan period." },
  { candidate: 59, indicator: "culture_va", considered: 'culture-share-of-gdp', year: 2018, value: 532.7, unit: "亿元", url: "http://news.qtv.com.cn/system/2020/12/31/015689665.shtml", reason: 'before_base_year', why: "2018, before the plan's base year; the plan states no culture value-added level." },
  { candidate: 60, indicator: "culture_va_share_gdp", considered: 'culture-share-of-gdp', year: 2018, value: 4.9, unit: "%", url: "http://news.qtv.com.cn/system/2020/12/31/015689665.shtml", reason: 'before_base_year', why: "2018, before the plan's base year 2020; not an outcome of the plan period." },
  { candidate: 61, indicator: "culture_tourism_va", considered: 'culture-share-of-gdp', year: 2024, value: 1260.5, unit: "亿元 (Q1-Q3)", url: "http://tulizeni.org/p/522273.html", reason: 'definition_differs', why: "Culture and tourism combined (文旅), first three quarters only, on an unrelated site." },
  { candidate: 62, indicator: "culture_tourism_va_share_gdp", considered: 'culture-share-of-gdp', year: 2024, value: 10.2, unit: "% (Q1-Q3)", url: "http://tulizeni.org/p/522273.html", reason: 'definition_differs', why: "Culture and tourism combined (文旅产业), not 文化产业; first three quarters; on an unrelated site." },
] as const satisfies readonly RejectedCandidate[];
