// Every exported function, on arbitrary input (finite, non-finite, wrong types):
// it returns a valid result (no NaN or Infinity anywhere in it) or throws a
// CalcError (calculations, formatting) or PlanError (data, observations) with a
// code; never a TypeError, never NaN.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as lib from '../../../src/index.js';
import * as calcEntry from '../../../src/calc-entry.js';
import * as assessEntry from '../../../src/assess.js';
import * as formatEntry from '../../../src/format/index.js';
import { CalcError, PlanError } from '../../../src/index.js';

/** Calculation and formatting functions throw CalcError; data and observation functions its base class PlanError. */
const calcNames = new Set([...Object.keys(calcEntry), ...Object.keys(assessEntry), ...Object.keys(formatEntry)]);

const functions = Object.entries(lib).filter(([, v]) => typeof v === 'function' && !/^[A-Z]/.test(v.name)) as [
  string,
  (...a: unknown[]) => unknown,
][];

/** A path to a NaN or ±Infinity inside a result, or null. */
function badNumber(value: unknown, path = '$', seen = new Set<unknown>()): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (value === null || typeof value !== 'object' || seen.has(value)) return null;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) {
    const bad = badNumber(v, `${path}.${k}`, seen);
    if (bad) return bad;
  }
  return null;
}

const numbers = fc.oneof(
  fc.double(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.constantFrom(0, -0, 1, 2020, 2025, NaN, Infinity, -Infinity),
);
const realistic = fc.oneof(
  numbers,
  fc.constantFrom(
    'services-trade-2025',
    'port-container-throughput',
    'quality-efficiency',
    'modern-logistics',
    '亿元',
    '%',
    'en',
    'zh-CN',
    '',
    'achieved',
  ),
  fc.constant(lib.getTarget('services-trade-2025')),
  fc.constant([...lib.observations]),
  fc.record({
    asOf: numbers,
    locale: fc.constantFrom('en', 'zh-CN', 'fr'),
    direction: fc.constantFrom('up', 'down', 'sideways'),
  }),
);
const argument = fc.oneof(fc.anything(), realistic);

describe('every exported function on arbitrary input', () => {
  it('exports the functions under test', () => {
    expect(functions.map(([n]) => n)).toEqual(
      expect.arrayContaining([
        'cagr',
        'assess',
        'aggregate',
        'scorecard',
        'getFigure',
        'formatValue',
        'parseObservationsCsv',
      ]),
    );
  });

  it.each(functions)('%s returns a valid result or throws a PlanError with a code', (name, fn) => {
    fc.assert(
      fc.property(fc.array(argument, { maxLength: 5 }), (args) => {
        let result: unknown;
        try {
          result = fn(...args);
        } catch (e) {
          const expected = calcNames.has(name) ? CalcError : PlanError;
          if (!(e instanceof expected))
            throw new Error(
              `${name}(${args.map((a) => fc.stringify(a)).join(', ')}) threw ${String(e)}, not a ${expected.name}`,
            );
          expect(e.code).toMatch(/^[a-z_]+$/);
          expect(e.message.length).toBeGreaterThan(10);
          return;
        }
        expect(badNumber(result), `${name} returned a non-finite number`).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});
