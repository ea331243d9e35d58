/**
 * Shares in percent (61.4 is 61.4%), the whole they imply, and contributions to growth.
 */
import { decimalsOf } from './decimal.js';
import { fail, num, out, ZERO_SHARE, ZERO_WHOLE } from './check.js';

/** Share of the whole, in percent: 100 * part / whole. */
export const share = (part: number, whole: number): number => {
  const d = { part: num('part', part), whole: num('whole', whole) };
  return whole === 0 ? fail('zero_whole', 'share', d, ZERO_WHOLE) : out('share', (100 * part) / whole, d);
};

/** The whole a part implies at a share in percent: part / (sharePct / 100). */
export const impliedWhole = (part: number, sharePct: number): number => {
  const d = { part: num('part', part), sharePct: num('sharePct', sharePct) };
  return sharePct === 0
    ? fail('zero_share', 'impliedWhole', d, ZERO_SHARE)
    : out('impliedWhole', part / (sharePct / 100), d);
};

/**
 * The range of wholes a share rounded to `decimals` allows:
 * part / ((sharePct ± 0.5 * 10^-decimals) / 100), lowest first (decimals default to the share's own).
 */
export const impliedWholeRange = (part: number, sharePct: number, decimals?: number): { low: number; high: number } => {
  const d = { part: num('part', part), sharePct: num('sharePct', sharePct), decimals };
  const k = decimals === undefined ? decimalsOf(sharePct) : num('decimals', decimals);
  const h = 0.5 * Math.pow(10, -k);
  const a = sharePct - h;
  const b = sharePct + h;
  if (a * b <= 0) fail('zero_share', 'impliedWholeRange', d, 'the rounding range of the share spans 0');
  const x = out('impliedWholeRange', (100 * part) / a, d);
  const y = out('impliedWholeRange', (100 * part) / b, d);
  return { low: Math.min(x, y), high: Math.max(x, y) };
};

/** Contribution to growth (贡献率), in percent: 100 * partDelta / wholeDelta. */
export const contributionToGrowth = (partDelta: number, wholeDelta: number): number => {
  const d = { partDelta: num('partDelta', partDelta), wholeDelta: num('wholeDelta', wholeDelta) };
  return wholeDelta === 0
    ? fail('zero_whole', 'contributionToGrowth', d, ZERO_WHOLE)
    : out('contributionToGrowth', (100 * partDelta) / wholeDelta, d);
};
