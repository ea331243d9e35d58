/**
 * `qingdao-services-plan/io`: reading and checking what a site brings, told
 * the plan in use, never the bundled data: a whole plan from JSON
 * (`planFromJson`), observations from JSON or CSV (`validateObservations`,
 * `parseObservationsCsv`, by d3-dsv), a data file of either kind
 * (`parseDataText`), and observations written as CSV. It holds the precompiled
 * schema validators; widgets load it only when a site brings data.
 */
export { planFromJson, checkPlan } from './plan-json.js';
export type { PlanIssue } from '../plan/check.js';
export { validateObservations, type ObservationIssue, type ObservationsResult } from './validate.js';
export { parseObservationsCsv, readObservationsCsv, observationsCsv, OBSERVATION_COLUMNS } from './observations-csv.js';
export { parseCsv, type CsvRecord } from './csv-read.js';
export { parseDataText, checkDataFile, type DataFile } from './parse.js';
export { planSchemaValidator, observationsSchemaValidator, type SchemaError, type SchemaValidator } from './schema.js';
