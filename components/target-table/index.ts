/** Registers `<qd-target-table>` (guarded: a second registration warns instead of throwing). */
import { useWholeBundle } from '../shared/bundled.js';
import { wholeBundle } from '../shared/bundled-all.js';
import { defineElement } from '../shared/define.js';
import { QdTargetTable } from './target-table.js';

// It shows every target: the whole bundled plan, registered for every widget on the page.
useWholeBundle(wholeBundle);
defineElement('qd-target-table', QdTargetTable);

export { QdTargetTable };
