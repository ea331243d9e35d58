/**
 * The plan context: what `<qd-plan>` gives the widgets inside it (through
 * `@lit/context`), the plan in use once loaded, or why it could not be.
 */
import { createContext } from '@lit/context';
import type { PlanData } from '../../src/core.js';
import type { Problem } from './problems.js';

/** The state of a provided plan. */
export type Provision =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly plan: PlanData }
  | { readonly status: 'error'; readonly problem: Problem };

/** The context key (a string, so that two copies of the library on one page still meet). */
export const planContext = createContext<Provision>('qingdao-services-plan:plan');
