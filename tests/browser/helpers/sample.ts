/** Observations used by several browser tests (the schema's shape; made up for tests, example.org URLs). */
import type { Observation } from '../../../src/types.js';

/** Services trade 2023: 1000.5亿元, from a (fictional) site's own data. */
export const trade2023: Observation = {
  indicator: 'services-trade',
  year: 2023,
  period: 'FY',
  measure: 'level',
  value: 1000.5,
  bound: 'exact',
  unit: '亿元',
  priceBasis: 'nominal',
  vintage: 'final',
  publisher: 'Test publisher',
  published: '2024-02-01',
  url: 'https://example.org/trade-2023',
  reliability: 'official',
};
