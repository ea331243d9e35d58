/** Registers `<qd-plan>` (guarded: a second registration warns instead of throwing). */
import { defineElement } from '../base/define.js';
import { QdPlan } from './qd-plan.js';

defineElement('qd-plan', QdPlan);

export { QdPlan };
