/**
 * The second review round (issue 16): `candidates-round2.json` holds its 112
 * candidates. Candidate #i of that file is reviewed as candidate `ROUND2 + i`,
 * after the first round's 63 (`candidates.json`), so that every position in
 * `rejectedObservations` names one candidate.
 */

/** Position of the second round's first candidate: the first round reviewed 63. */
export const ROUND2 = 63;

/** Candidates in `candidates-round2.json`. */
export const ROUND2_CANDIDATES = 112;
