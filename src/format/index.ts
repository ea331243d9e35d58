/**
 * Formatting shared by every widget: numbers and values with their units,
 * decimal-correct rounding, and labels in zh-CN and en. Separate from calc.
 */
export { round } from './round.js';
export { formatNumber, formatValue, numberFormat, type FormatOptions } from './number.js';
export {
  formatTarget,
  provisionalLabel,
  qualifierLabel,
  reasonLabel,
  rejectionLabel,
  statusLabel,
  statusWithProvisional,
  warningLabel,
} from './labels.js';
export { presetDocument, presetDocumentUrl, presetLabel } from './presets.js';
