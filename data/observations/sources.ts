/**
 * The publications that several shipped observations cite: publisher, date,
 * URL and reliability, spread into each observation (`...BULLETIN_2021`).
 */

/** The 2021 statistical bulletin (2021年青岛市国民经济和社会发展统计公报), as 观海新闻 printed it. */
export const BULLETIN_2021 = {
  publisher: '观海新闻（青岛日报社），报道《2021年青岛市国民经济和社会发展统计公报》',
  published: '2022-03-17',
  url: 'https://guanhai.com.cn/p/160392.html',
  reliability: 'mainstream',
} as const;

/** 大众网's report of Qingdao's preliminary 2022 accounts (GDP and its growth). */
export const DZWWW_2022 = {
  publisher: '大众网·青岛',
  published: '2023-02-01',
  url: 'http://qingdao.dzwww.com/jjqt/202302/t20230202_11359302.htm',
  reliability: 'mainstream',
} as const;

/** The municipal development and reform commission's report on the 2023 plan, on the government's site. */
export const PLAN_REPORT_2023 = {
  publisher: '青岛市人民政府网站，市发展改革委《2023年计划执行情况报告》',
  published: '2024-02-06',
  url: 'http://www.qingdao.gov.cn/zwgk/zdgk/ghjh/jjhsh/202404/t20240419_7971870.shtml',
  reliability: 'official',
} as const;

/** The same commission's report on the 2024 plan, as 青岛日报 printed it. */
export const PLAN_REPORT_2024 = {
  publisher: '青岛日报，刊载市发展改革委《关于青岛市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告》',
  published: '2025-02-16',
  url: 'https://epaper.guanhai.com.cn/conpaper/qdrb/h5/html5/2025-02/16/content_144591_1851179.htm',
  reliability: 'mainstream',
} as const;

/** 观海新闻 on the 2023 municipal service innovation centres (and the provincial ones to date). */
export const CENTRES_2023 = {
  publisher: '观海新闻（青岛日报社）',
  published: '2023-06-16',
  url: 'https://www.guanhai.com.cn/p/260251.html',
  reliability: 'mainstream',
} as const;
