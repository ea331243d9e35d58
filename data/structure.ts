/**
 * The plan's structure: the five goal dimensions of 二(三), the nine industries
 * of 四, the spatial layout of 五(一) and the cluster kinds of 五(二). Widgets
 * group and filter by these ids.
 */
import type {
  ClusterKindDef,
  DimensionDef,
  IndustryDef,
  IndustryGroupDef,
  LayoutPartDef,
  StructureCount,
} from '../model/index.js';

export const dimensionList = [
  {
    id: 'quality-efficiency',
    name: { zh: '质量效益', en: 'Quality and efficiency' },
    source: { section: '二(三)', quote: '质量效益迈向新台阶' },
  },
  {
    id: 'innovation-integration',
    name: { zh: '创新融合', en: 'Innovation and integration' },
    source: { section: '二(三)', quote: '创新融合跃上新水平' },
  },
  {
    id: 'quality-services',
    name: { zh: '品质服务', en: 'Quality services' },
    source: { section: '二(三)', quote: '品质服务实现新提升' },
  },
  {
    id: 'agglomeration',
    name: { zh: '集聚发展', en: 'Agglomeration' },
    source: { section: '二(三)', quote: '集聚发展呈现新格局' },
  },
  {
    id: 'reform-opening',
    name: { zh: '改革开放', en: 'Reform and opening-up' },
    source: { section: '二(三)', quote: '改革开放取得新突破' },
  },
] as const satisfies readonly DimensionDef[];

export type DimensionId = (typeof dimensionList)[number]['id'];

/** The plan's two groups of industries (四(一) and 四(二)): five producer and four consumer services. */
export const industryGroupList = [
  {
    id: 'producer',
    name: { zh: '生产性服务业', en: 'Producer services' },
    count: 5,
    source: { section: '四(一)', quote: '（一）建设功能强大的生产性服务业中心。' },
  },
  {
    id: 'consumer',
    name: { zh: '生活性服务业', en: 'Consumer services' },
    count: 4,
    source: { section: '四(二)', quote: '（二）打造品质卓越的生活性服务业中心。' },
  },
] as const satisfies readonly IndustryGroupDef[];

export const industryList = [
  {
    id: 'modern-logistics',
    name: { zh: '现代物流', en: 'Modern logistics' },
    group: 'producer',
    source: { section: '四(一)1', quote: '1.现代物流。以打造全国主要的国际物流中心为目标' },
  },
  {
    id: 'modern-finance',
    name: { zh: '现代金融', en: 'Modern finance' },
    group: 'producer',
    source: { section: '四(一)2', quote: '2.现代金融。以打造财富管理为特色的金融中心为目标' },
  },
  {
    id: 'business-services',
    name: { zh: '商务服务', en: 'Business services' },
    group: 'producer',
    source: { section: '四(一)3', quote: '3.商务服务。以打造国际高端商务会展平台为目标' },
  },
  {
    id: 'information-services',
    name: { zh: '信息服务', en: 'Information services' },
    group: 'producer',
    source: { section: '四(一)4', quote: '4.信息服务。' },
  },
  {
    id: 'technology-services',
    name: { zh: '科技服务', en: 'Technology services' },
    group: 'producer',
    source: { section: '四(一)5', quote: '5.科技服务。围绕建设国际海洋科技服务中心' },
  },
  {
    id: 'premium-tourism',
    name: { zh: '精品旅游', en: 'Premium tourism' },
    group: 'consumer',
    source: { section: '四(二)1', quote: '1.精品旅游。以建设国际滨海旅游目的地为目标' },
  },
  {
    id: 'modern-commerce',
    name: { zh: '现代商贸', en: 'Modern commerce' },
    group: 'consumer',
    source: { section: '四(二)2', quote: '2.现代商贸。以建设国际时尚购物之都为目标' },
  },
  {
    id: 'cultural-creative',
    name: { zh: '文化创意', en: 'Culture and creative industries' },
    group: 'consumer',
    source: { section: '四(二)3', quote: '3.文化创意。以建设具有全球影响力的影视文化名城为目标' },
  },
  {
    id: 'health-elderly-care',
    name: { zh: '医养健康', en: 'Health and elderly care' },
    group: 'consumer',
    source: { section: '四(二)4', quote: '4.医养健康。以建设医养健康产业新高地为目标' },
  },
] as const satisfies readonly IndustryDef[];

export type IndustryId = (typeof industryList)[number]['id'];

const place = (zh: string, en: string, dzh: string, den: string, stated: boolean) =>
  ({ name: { zh, en }, district: { zh: dzh, en: den }, stated }) as const;

/** The layout formula as the plan writes it (in 二(三) and 五(一)); its parts are `layoutList`. */
export const layoutFormula = {
  name: {
    zh: '一核引领、三区拓展、两点协同、多点支撑',
    en: 'One leading core, three expansion areas, two coordinated points, multiple supporting points',
  },
  source: { section: '五(一)', quote: '“一核引领、三区拓展、两点协同、多点支撑”服务业空间' },
} as const;

export const layoutList = [
  {
    id: 'one-core',
    name: { zh: '一核引领', en: 'One leading core' },
    count: 1,
    places: [
      place('市南区', 'Shinan', '市南区', 'Shinan', true),
      place('市北区', 'Shibei', '市北区', 'Shibei', true),
      place('李沧区', 'Licang', '李沧区', 'Licang', true),
      place('崂山区', 'Laoshan', '崂山区', 'Laoshan', true),
      place('城阳区', 'Chengyang', '城阳区', 'Chengyang', true),
    ],
    source: { section: '五(一)1', quote: '1.一核引领。统筹市南区、市北区、李沧区、崂山区、城阳区现代化主城区发展' },
  },
  {
    id: 'three-areas',
    name: { zh: '三区拓展', en: 'Three expansion areas' },
    count: 3,
    places: [
      place('青岛西海岸新区', 'West Coast New Area', '黄岛区', 'Huangdao', true),
      place('即墨区', 'Jimo', '即墨区', 'Jimo', true),
      place('胶州市', 'Jiaozhou', '胶州市', 'Jiaozhou', true),
    ],
    source: {
      section: '五(一)2',
      quote: '2.三区拓展。青岛西海岸新区、即墨区、胶州市作为与主城区协同发展的三大城市组团',
    },
  },
  {
    id: 'two-points',
    name: { zh: '两点协同', en: 'Two coordinated points' },
    count: 2,
    places: [place('平度', 'Pingdu', '平度市', 'Pingdu', true), place('莱西', 'Laixi', '莱西市', 'Laixi', true)],
    source: { section: '五(一)3', quote: '3.两点协同。深入推进平度莱西攻势' },
  },
  {
    id: 'multiple-points',
    name: { zh: '多点支撑', en: 'Multiple supporting points' },
    count: null,
    places: [
      place('蓝谷', 'Blue Valley', '即墨区', 'Jimo', false),
      place('董家口', 'Dongjiakou', '黄岛区', 'Huangdao', false),
      place('姜山', 'Jiangshan', '莱西市', 'Laixi', false),
      place('南村', 'Nancun', '平度市', 'Pingdu', false),
      place('市南西部片区', 'Western Shinan', '市南区', 'Shinan', true),
      place('市北邮轮母港区', 'Shibei cruise home port area', '市北区', 'Shibei', true),
      place('李沧楼山后片区', 'Loushanhou, Licang', '李沧区', 'Licang', true),
      place('城阳流亭机场片区', 'Liuting airport area, Chengyang', '城阳区', 'Chengyang', true),
    ],
    source: {
      section: '五(一)4',
      quote: '4.多点支撑。依托蓝谷、董家口、姜山、南村等功能性战略支点，重点发展生产性服务业',
    },
  },
] as const satisfies readonly LayoutPartDef[];

export const clusterKindList = [
  {
    id: 'advantage-leading',
    name: { zh: '优势引领型集聚区', en: 'Advantage-leading clusters' },
    count: 4,
    sectors: [
      { zh: '现代物流', en: 'Modern logistics' },
      { zh: '现代金融', en: 'Modern finance' },
      { zh: '文化创意', en: 'Culture and creative' },
      { zh: '数字信息', en: 'Digital information' },
    ],
    source: { section: '五(二)', quote: '重点做强现代物流、现代金融、文化创意、数字信息四大优势引领型集聚区' },
  },
  {
    id: 'emerging-growth',
    name: { zh: '新兴成长型集聚区', en: 'Emerging-growth clusters' },
    count: 5,
    sectors: [
      { zh: '医养健康', en: 'Health and elderly care' },
      { zh: '科技服务', en: 'Technology services' },
      { zh: '电子商务', en: 'E-commerce' },
      { zh: '商务服务', en: 'Business services' },
      { zh: '节能环保', en: 'Energy saving and environment' },
    ],
    source: { section: '五(二)', quote: '做大医养健康、科技服务、电子商务、商务服务、节能环保五大新兴成长型集聚区' },
  },
  {
    id: 'traditional-upgrading',
    name: { zh: '传统提升型集聚区', en: 'Traditional-upgrading clusters' },
    count: 3,
    sectors: [
      { zh: '精品旅游', en: 'Premium tourism' },
      { zh: '时尚消费', en: 'Fashion consumption' },
      { zh: '新型专业市场', en: 'New specialised markets' },
    ],
    source: { section: '五(二)', quote: '做优精品旅游、时尚消费、新型专业市场三大传统提升型集聚区' },
  },
] as const satisfies readonly ClusterKindDef[];

/** Numeric facts of the plan's structure, each with its quote (the completeness test reads them). */
export const structureCounts = [
  {
    id: 'nine-industries',
    name: { zh: '九大产业', en: 'Nine industries' },
    count: 9,
    source: { section: '四', quote: '四、发展九大产业，构建现代服务业产业体系' },
  },
  {
    id: 'five-producer-services',
    name: { zh: '5大生产性服务业', en: 'Five producer services' },
    count: 5,
    source: {
      section: '四',
      quote: '推动现代物流、现代金融、信息服务、科技服务、商务服务5大生产性服务业向专业化和价值链高端延伸',
    },
  },
  {
    id: 'four-consumer-services',
    name: { zh: '4大生活性服务业', en: 'Four consumer services' },
    count: 4,
    source: { section: '四', quote: '推动精品旅游、现代商贸、文化创意、医养健康4大生活性服务业向精细化和高品质转变' },
  },
  {
    id: 'three-headquarters-clusters',
    name: { zh: '三大总部经济集聚区', en: 'Three headquarters-economy clusters' },
    count: 3,
    source: { section: '三(二)1', quote: '聚焦浮山湾、金家岭、唐岛湾三大总部经济集聚区' },
  },
] as const satisfies readonly StructureCount[];
