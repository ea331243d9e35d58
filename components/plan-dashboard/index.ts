/** Registers `<qd-plan-dashboard>` (guarded: a second registration warns instead of throwing). */
import { defineElement } from '../base/define.js';
import { QdPlanDashboard } from './plan-dashboard.js';

defineElement('qd-plan-dashboard', QdPlanDashboard);

export { QdPlanDashboard };
