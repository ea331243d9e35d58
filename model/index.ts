/**
 * The model: the types and the constant vocabularies of a plan document and
 * of observations. One definition (`schema/`, TypeBox, used at build time)
 * gives the published JSON Schemas, their precompiled validators and these
 * types. Imports nothing of the project.
 */
export type * from './types.js';
export * from './enums.js';
export * from './generated/columns.js';
export * from './units.js';
