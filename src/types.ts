/**
 * The types and vocabularies of plan data, from the model (one definition of
 * the types and the JSON Schemas), imported by `src/` in this one place.
 */
export * from '../model/index.js';
