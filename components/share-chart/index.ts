/** Registers `<qd-share-chart>` (guarded: a second registration warns instead of throwing). */
import { defineElement } from '../base/define.js';
import { QdShareChart } from './share-chart.js';

defineElement('qd-share-chart', QdShareChart);

export { QdShareChart };
