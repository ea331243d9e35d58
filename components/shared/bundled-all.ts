/**
 * The whole bundled plan and every bundled observation, for the table, the
 * dashboard and pages that load every widget (see bundled.ts).
 */
import { bundledPlan } from '../../src/data.js';
import { observations } from '../../src/observations.js';
import type { Bundle } from './bundled.js';

/** The bundled plan with the library's observations. */
export const wholeBundle: Bundle = { plan: bundledPlan, observations };
