/**
 * The one namespace of indicators. Figures, targets, observations, widget
 * `indicator="..."` attributes and CSV rows all refer to these ids.
 */
import type { IndicatorDef } from '../src/types.js';

const GDP = { indicator: 'gdp', name: { zh: '地区生产总值', en: 'gross domestic product (GDP)' } } as const;
const SERVICES = {
  indicator: 'services-value-added',
  name: { zh: '服务业增加值', en: 'services value added' },
} as const;

export const indicatorList = [
  { id: 'gdp', name: { zh: '地区生产总值', en: 'GDP' }, unit: '亿元', unitKind: 'cny_100m', kind: 'flow', direction: 'up' },
  { id: 'services-value-added', name: { zh: '服务业增加值', en: 'Services value added' }, unit: '亿元', unitKind: 'cny_100m', kind: 'flow', direction: 'up' },
  { id: 'services-share-of-gdp', name: { zh: '服务业增加值占GDP比重', en: 'Services share of GDP' }, unit: '%', unitKind: 'percent', kind: 'share', direction: 'up', whole: GDP },
  { id: 'china-top-500-service-firms', name: { zh: '入选中国服务业500强企业数', en: 'Firms in the China top 500 service enterprises' }, unit: '家', unitKind: 'count', kind: 'stock', direction: 'up' },
  { id: 'china-top-500-service-firms-share-of-province', name: { zh: '中国服务业500强入选企业占全省比例', en: "Share of Shandong's China-top-500 service firms" }, unit: '%', unitKind: 'percent', kind: 'share', direction: 'up', whole: { indicator: null, name: { zh: '全省入选中国服务业500强企业数', en: "Shandong's firms in the China top 500 service enterprises" } } },
  { id: 'services-fixed-asset-investment', name: { zh: '服务业固定资产投资', en: 'Services fixed-asset investment' }, unit: '亿元', unitKind: 'cny_100m', kind: 'flow', direction: 'up' },
  { id: 'services-share-of-investment', name: { zh: '服务业投资占全市投资比重', en: 'Services share of fixed-asset investment' }, unit: '%', unitKind: 'percent', kind: 'share', direction: 'neutral', whole: { indicator: null, name: { zh: '全市固定资产投资', en: 'city fixed-asset investment' } } },
  { id: 'services-share-of-new-jobs', name: { zh: '服务业吸纳新增就业占全市新增就业比重', en: 'Services share of new urban and rural jobs' }, unit: '%', unitKind: 'percent', kind: 'share', direction: 'up', whole: { indicator: null, name: { zh: '全市城乡新增就业', en: 'new urban and rural jobs in the city' } } },
  { id: 'modern-services-value-added', name: { zh: '现代服务业增加值', en: 'Modern services value added' }, unit: '亿元', unitKind: 'cny_100m', kind: 'flow', direction: 'up' },
  { id: 'modern-services-contribution-to-growth', name: { zh: '现代服务业对经济增长的贡献率', en: 'Modern services contribution to economic growth' }, unit: '%', unitKind: 'percent', kind: 'share', direction: 'up', whole: { indicator: 'gdp', name: { zh: '地区生产总值增量', en: 'GDP growth (increment)' } } },
  { id: 'producer-services-value-added', name: { zh: '生产性服务业增加值', en: 'Producer services value added' }, unit: '亿元', unitKind: 'cny_100m', kind: 'flow', direction: 'up' },
  { id: 'producer-services-share-of-services', name: { zh: '生产性服务业增加值占服务业增加值比重', en: 'Producer services share of services value added' }, unit: '%', unitKind: 'percent', kind: 'share', direction: 'up', whole: SERVICES },
  { id: 'transport-share-of-services', name: { zh: '交通运输、仓储和邮政业占服务业比重', en: 'Transport, storage and post share of services' }, unit: '%', unitKind: 'percent', kind: 'share', direction: 'neutral', whole: SERVICES },
  { id: 'for-profit-services-value-added', name: { zh: '营利性服务业增加值', en: 'For-profit services value added' }, unit: '亿元', unitKind: 'cny_100m', kind: 'flow', direction: 'up' },
  { id: 'private-fund-assets', name: { zh: '私募基金管理规模', en: 'Private fund assets under management' }, unit: '亿元', unitKind: 'cny_100m', kind: 'stock', direction: 'up' },
  { id: 'local-financial-institutions', name: { zh: '法人金融机构数量', en: 'Locally incorporated financial institutions' }, unit: '家', unitKind: 'count', kind: 'stock', direction: 'up' },
  { id: 'software-top-100-firms', name: { zh: '入选中国软件和信息技术服务业综合竞争力百强企业数', en: 'Firms in the China software and IT services top 100' }, unit: '家', unitKind: 'count', kind: 'stock', direction: 'up' },
  { id: 'e-commerce-platform-transactions', name: { zh: '电子商务交易平台交易额', en: 'E-commerce platform transactions' }, unit: '万亿元', unitKind: 'cny_1t', kind: 'flow', direction: 'up' },
  { id: 'provincial-service-innovation-centres', name: { zh: '省级服务业创新中心数量', en: 'Provincial service-industry innovation centres' }, unit: '家', unitKind: 'count', kind: 'stock', direction: 'up' },
  { id: 'taishan-industry-leaders', name: { zh: '获评“省泰山产业领军人才”人数', en: 'Taishan industry leading talents (services)' }, unit: '名', unitKind: 'count', kind: 'stock', direction: 'up' },
  { id: 'focus-service-subsectors', name: { zh: '聚焦服务业细分行业数', en: 'Service sub-sectors in focus' }, unit: '个', unitKind: 'count', kind: 'stock', direction: 'neutral' },
  { id: 'provincial-service-towns', name: { zh: '省服务业特色小镇数量', en: 'Provincial featured service towns' }, unit: '个', unitKind: 'count', kind: 'stock', direction: 'up' },
  { id: 'provincial-key-service-parks', name: { zh: '省重点服务业园区数量', en: 'Provincial key service parks' }, unit: '个', unitKind: 'count', kind: 'stock', direction: 'up' },
  { id: 'service-associations-in-alliance', name: { zh: '纳入行业协会商会联盟的服务业商协会', en: 'Service associations in the city alliance of associations' }, unit: '家', unitKind: 'count', kind: 'stock', direction: 'up' },
  { id: 'industrial-internet-conference-editions', name: { zh: '世界工业互联网产业大会连续举办年数', en: 'Consecutive years of the World Industrial Internet Conference' }, unit: '年', unitKind: 'years', kind: 'stock', direction: 'up' },
  { id: 'integration-pilot-firms', name: { zh: '“两业融合”试点企业数', en: 'Services-manufacturing integration pilot firms' }, unit: '家', unitKind: 'count', kind: 'stock', direction: 'up' },
  { id: 'ftz-best-practice-innovations', name: { zh: '自贸片区入选省首批最佳实践案例的制度创新成果', en: 'Free-trade-zone innovations among the first provincial best practices' }, unit: '项', unitKind: 'count', kind: 'stock', direction: 'up' },
  { id: 'sco-zone-institutional-innovations', name: { zh: '支持上合示范区建设创新完善的重要制度', en: 'Institutions created or improved for the SCO demonstration zone' }, unit: '项', unitKind: 'count', kind: 'stock', direction: 'up' },
  { id: 'services-trade', name: { zh: '服务进出口总额', en: 'Trade in services (exports and imports)' }, unit: '亿元', unitKind: 'cny_100m', kind: 'flow', direction: 'up' },
  { id: 'services-trade-share-of-province', name: { zh: '服务进出口占全省比重', en: "Share of Shandong's trade in services" }, unit: '%', unitKind: 'percent', kind: 'share', direction: 'up', whole: { indicator: null, name: { zh: '全省服务进出口', en: "Shandong's trade in services" } } },
  { id: 'industry-task-forces', name: { zh: '产业推进专班数量', en: 'Industry task forces' }, unit: '个', unitKind: 'count', kind: 'stock', direction: 'neutral' },
  { id: 'logistics-hub-types', name: { zh: '叠加的国家物流枢纽类型数', en: 'National logistics hub types combined in the city' }, unit: '个', unitKind: 'count', kind: 'stock', direction: 'up' },
  { id: 'traditional-services-share-of-gdp', name: { zh: '传统服务业与非营利性服务业合计占GDP比重', en: 'Traditional and non-profit services share of GDP' }, unit: '%', unitKind: 'percent', kind: 'share', direction: 'down', whole: GDP },
  { id: 'strategic-emerging-services-share', name: { zh: '战略性新兴服务业占比', en: 'Strategic emerging services share' }, unit: '%', unitKind: 'percent', kind: 'share', direction: 'up', whole: null, notes: [{ topic: 'undefined_whole', zh: '原文“占比不足3%”未写明分母，不作推断。', en: 'The text ("占比不足3%") does not name the whole; none is assumed.' }] },
  { id: 'service-market-entities-vs-shenzhen', name: { zh: '服务业市场主体数量相当于深圳的比例', en: 'Service market entities relative to Shenzhen' }, unit: '%', unitKind: 'percent', kind: 'ratio', direction: 'up', whole: { indicator: null, name: { zh: '深圳服务业市场主体数量', en: "Shenzhen's number of service market entities" } } },
  { id: 'services-employment-share', name: { zh: '服务业从业人员占全社会从业人员比重', en: 'Services share of employment' }, unit: '%', unitKind: 'percent', kind: 'share', direction: 'up', whole: { indicator: null, name: { zh: '全社会从业人员', en: 'total employment' } } },
  { id: 'digital-economy-core-share-of-gdp', name: { zh: '数字经济核心产业增加值占GDP比重', en: 'Digital economy core industries share of GDP' }, unit: '%', unitKind: 'percent', kind: 'share', direction: 'up', whole: GDP },
  { id: 'new-service-innovation-centres', name: { zh: '新培育省级以上服务业创新中心', en: 'New provincial-or-higher service innovation centres' }, unit: '个', unitKind: 'count', kind: 'flow', direction: 'up' },
  { id: 'online-retail-sales-above-quota', name: { zh: '限额以上单位网上零售额', en: 'Online retail sales of enterprises above designated size' }, unit: '亿元', unitKind: 'cny_100m', kind: 'flow', direction: 'up' },
  { id: 'service-clusters', name: { zh: '市级及以上服务业集聚区数量', en: 'Municipal-or-higher service clusters' }, unit: '家', unitKind: 'count', kind: 'stock', direction: 'up' },
  { id: 'industry-concentration', name: { zh: '产业集聚度', en: 'Industrial concentration' }, unit: '%', unitKind: 'percent', kind: 'share', direction: 'up', whole: null, notes: [{ topic: 'undefined_whole', zh: '原文未定义“产业集聚度”的分母；一(一)3提到它是园区“亩均效益”考核指标之一。', en: 'The text does not define the denominator of 产业集聚度; 一(一)3 names it as one of the "output per mu" park indicators.' }] },
  { id: 'logistics-value-added', name: { zh: '物流业增加值', en: 'Logistics value added' }, unit: '亿元', unitKind: 'cny_100m', kind: 'flow', direction: 'up' },
  { id: 'logistics-5a-firms', name: { zh: '5A级物流企业数量', en: 'Grade-5A logistics firms' }, unit: '家', unitKind: 'count', kind: 'stock', direction: 'up' },
  { id: 'port-container-throughput', name: { zh: '港口集装箱吞吐量', en: 'Port container throughput' }, unit: '万TEU', unitKind: 'teu_10k', kind: 'flow', direction: 'up' },
  { id: 'finance-value-added', name: { zh: '金融业增加值', en: 'Financial services value added' }, unit: '亿元', unitKind: 'cny_100m', kind: 'flow', direction: 'up' },
  { id: 'business-services-revenue', name: { zh: '规上商务服务企业主营业务收入', en: 'Revenue of business-services firms above designated size' }, unit: '亿元', unitKind: 'cny_100m', kind: 'flow', direction: 'up' },
  { id: 'exhibition-events', name: { zh: '举办会展活动场次', en: 'Conventions and exhibitions held' }, unit: '场次', unitKind: 'count', kind: 'flow', direction: 'up' },
  { id: 'software-it-revenue', name: { zh: '软件和信息技术服务业营业收入', en: 'Software and IT services revenue' }, unit: '亿元', unitKind: 'cny_100m', kind: 'flow', direction: 'up' },
  { id: 'technology-contract-turnover', name: { zh: '技术合同交易额', en: 'Technology contract turnover' }, unit: '亿元', unitKind: 'cny_100m', kind: 'flow', direction: 'up' },
  { id: 'cruise-visa-free-stay', name: { zh: '外国人邮轮入境免签停留天数', en: 'Visa-free stay for foreign cruise passengers' }, unit: '天', unitKind: 'days', kind: 'stock', direction: 'up' },
  { id: 'tourism-revenue', name: { zh: '旅游总收入', en: 'Total tourism revenue' }, unit: '亿元', unitKind: 'cny_100m', kind: 'flow', direction: 'up' },
  { id: 'culture-share-of-gdp', name: { zh: '文化产业增加值占GDP比重', en: 'Cultural industries share of GDP' }, unit: '%', unitKind: 'percent', kind: 'share', direction: 'up', whole: GDP },
  { id: 'new-municipal-service-clusters', name: { zh: '新认定市级现代服务业集聚区', en: 'Newly recognised municipal modern-service clusters' }, unit: '家', unitKind: 'count', kind: 'flow', direction: 'up' },
] as const satisfies readonly IndicatorDef[];

/** Every indicator id, as a literal union (an editor completes them). */
export type IndicatorId = (typeof indicatorList)[number]['id'];
