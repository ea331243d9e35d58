/** Registers `<qd-progress-bar>` (guarded: a second registration warns instead of throwing). */
import { defineElement } from '../base/define.js';
import { QdProgressBar } from './progress-bar.js';

defineElement('qd-progress-bar', QdProgressBar);

export { QdProgressBar };
