/**
 * Figures the plan states outside its results and targets: policy parameters
 * it will seek (三 to 八).
 */
import type { FigureDef } from '../../model/index.js';
import type { IndicatorId } from '../indicators.js';

export const contextFigures = [
  {
    id: 'cruise-visa-free-stay-sought',
    indicator: 'cruise-visa-free-stay',
    role: 'context',
    name: { zh: '争取外国人邮轮入境免签停留天数', en: 'Visa-free stay for foreign cruise passengers (sought)' },
    value: 15,
    qualifier: 'exact',
    unit: '天',
    unitKind: 'days',
    year: 2025,
    yearStated: false,
    kind: 'level',
    priceBasis: 'not_applicable',
    source: { section: '四(二)1', quote: '争取外国人邮轮入境15天免签政策' },
    notes: [
      {
        topic: 'year_not_stated',
        zh: '原句未写年份；作为“十四五”期间争取的政策，记为2025年。',
        en: 'No year is stated; a policy sought during the 14th Five-Year period, recorded as 2025.',
      },
    ],
  },
] as const satisfies readonly FigureDef<IndicatorId>[];
