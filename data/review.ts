/**
 * The review of the bundled plan's candidate outcome figures: those left out,
 * each with the reason, and how many were reviewed (shipped ones are the
 * plan's observations, in `index.ts`). The root entry's `bundledPlan` and
 * `scorecard()` carry them; widgets never load them.
 */
export {
  rejectedObservations,
  CANDIDATES_REVIEWED,
  type RejectedCandidate,
  type RejectionReason,
} from './observations/rejected.js';
