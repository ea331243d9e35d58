/**
 * The calculation engine, for use inside the library: primitives (the public
 * `./calc` entry, src/calc-entry.ts) plus `assess` and `aggregate` (the public
 * `./assess` entry, src/assess.ts). Pure functions, no DOM, no I/O.
 */
export * from '../calc-entry.js';
export * from '../assess.js';
