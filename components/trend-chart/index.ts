/** Registers `<qd-trend-chart>` (guarded: a second registration warns instead of throwing). */
import { defineElement } from '../base/define.js';
import { QdTrendChart } from './trend-chart.js';

defineElement('qd-trend-chart', QdTrendChart);

export { QdTrendChart };
