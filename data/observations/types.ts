/** The types of the bundled plan's observations and review, narrowed to its literal indicator ids. */
import type { RejectedCandidate as ModelRejected, Observation } from '../../model/index.js';
import type { IndicatorId } from '../indicators.js';

/** A shipped observation of one of the plan's indicators. */
export type Shipped = Observation & { readonly indicator: IndicatorId };

/** A reviewed candidate left out, reviewed for one of the plan's indicators. */
export type RejectedCandidate = ModelRejected & { readonly considered: IndicatorId };
