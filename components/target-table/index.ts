/** Registers `<qd-target-table>` (guarded: a second registration warns instead of throwing). */
import { defineElement } from '../base/define.js';
import { QdTargetTable } from './target-table.js';

defineElement('qd-target-table', QdTargetTable);

export { QdTargetTable };
