/**
 * Units of a plan as quantities (model/units.ts, and the plan's own `units`):
 * which units are scales of one another, and a value converted between them
 * at the figure's own precision (25471.1亿元 = 2.54711万亿元).
 */
import { PlanError, describeValue } from '../errors.js';
import { KNOWN_UNITS, type UnitDef } from '../types.js';
import { shift } from '../calc/decimal.js';

/** The definition of `unit`: the plan's own (`units`), else a known unit, else undefined. */
export function unitDef(
  unit: string,
  own: readonly { unit: string; base: string; exp: number; currency?: string }[] = [],
): UnitDef | undefined {
  // A unit the plan defines, or the base unit of one (万辆 defined with base 辆 makes 辆 known too).
  const mine = own.find((u) => u.unit === unit) ?? own.find((u) => u.base === unit);
  if (mine) {
    const exp = mine.unit === unit ? mine.exp : 0;
    return { base: mine.base, exp, ...(mine.currency ? { currency: mine.currency as UnitDef['currency'] } : {}) };
  }
  return Object.hasOwn(KNOWN_UNITS, unit) ? KNOWN_UNITS[unit] : undefined;
}

/** Whether two units measure one quantity (the same base unit and currency): 亿元 and 万亿元 do, 亿元 and 亿美元 do not. */
export function sameQuantity(a: UnitDef | undefined, b: UnitDef | undefined): boolean {
  return a !== undefined && b !== undefined && a.base === b.base && a.currency === b.currency;
}

/** `value` in `from` expressed in `to` (value × 10^(exp(from) − exp(to))), decimal-correct; throws unless they measure one quantity. */
export function convertUnit(value: number, from: string, to: string, own?: Parameters<typeof unitDef>[1]): number {
  const a = unitDef(from, own);
  const b = unitDef(to, own);
  if (!sameQuantity(a, b)) {
    throw new PlanError(
      'unit_mismatch',
      `Cannot convert ${describeValue(value)} from ${describeValue(from)} to ${describeValue(to)}: they are not scales of one unit (亿元 and 万亿元 are; 亿元 and 亿美元 are not).`,
      { from, to },
    );
  }
  return shift(value, a!.exp - b!.exp);
}
