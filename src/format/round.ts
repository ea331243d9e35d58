/**
 * Decimal-correct rounding for display: round(1.005, 2) is 1.01, by an exponent
 * shift through the number's decimal string (the implementation lives in calc,
 * which rounds observations to a target's published decimals).
 */
export { round } from '../calc/decimal.js';
