/**
 * An observed outcome with its source (`observations.schema.json`, and the
 * `observations` of a plan document). The CSV columns are the same fields.
 */
import { Type, type Static } from '@sinclair/typebox';
import {
  BOUNDS,
  ID_PATTERN,
  OBSERVATION_MEASURES,
  OBSERVATION_PERIOD_PATTERN,
  ORIGINS,
  PRICE_BASES,
  RELIABILITIES,
  VINTAGES,
} from '../enums.js';
import { oneOf } from './common.js';

const year = (description: string) => Type.Integer({ minimum: 1949, maximum: 2100, description });

/** The part of a year an observation covers (FY, Q1, H1, Q1-Q3, or from 1 January to a date). */
export type ObservationPeriod = 'FY' | 'Q1' | 'H1' | 'Q1-Q3' | `to:${string}`;

const fields = {
  indicator: Type.String({ pattern: ID_PATTERN, maxLength: 80, description: 'The indicator id.' }),
  year: year('The year observed.'),
  period: Type.Unsafe<ObservationPeriod>({
    type: 'string',
    pattern: OBSERVATION_PERIOD_PATTERN,
    description: 'The part of the year covered: FY, Q1, H1, Q1-Q3, or to:YYYY-MM-DD (from 1 January).',
  }),
  measure: oneOf(OBSERVATION_MEASURES, 'What is measured: a level, share, count or growth rate.'),
  since: Type.Optional(year('Base year of an average annual or cumulative growth rate.')),
  value: Type.Number({ description: 'The value as published.' }),
  bound: oneOf(BOUNDS, 'Exact, or a lower bound (以上 at least, 突破/超过 more than).'),
  unit: Type.String({
    minLength: 1,
    maxLength: 20,
    description: 'The unit as the source writes it (亿元, %, 万TEU...).',
  }),
  priceBasis: Type.Optional(oneOf(PRICE_BASES, 'Real (comparable prices) or nominal (current prices).')),
  vintage: oneOf(VINTAGES, 'Which release: plan, preliminary, final or revised.'),
  publisher: Type.String({ minLength: 1, maxLength: 200, description: 'Who published the figure.' }),
  published: Type.String({
    pattern: '^\\d{4}-\\d{2}(-\\d{2})?$',
    description: 'Publication date, YYYY-MM-DD or YYYY-MM.',
  }),
  url: Type.String({ pattern: '^https?://[^\\s]+$', maxLength: 500, description: 'The page that publishes it.' }),
  reliability: oneOf(RELIABILITIES, 'official, mainstream (a major outlet reporting it) or secondary.'),
  note: Type.Optional(
    Type.String({ maxLength: 500, description: 'Scope, definition or anything a reader must know.' }),
  ),
  origin: Type.Optional(oneOf(ORIGINS, "bundled for the library's own, user for a site's.")),
};

/** One observation as published (JSON and CSV). */
export const ObservationObject = Type.Object(fields, { additionalProperties: false });

/** One observation in the JSON Schema: growth measures need `since`. */
export const Observation = Type.Unsafe<Static<typeof ObservationObject>>({
  ...ObservationObject,
  description: 'An observed outcome, with its publisher, date and URL.',
  if: { properties: { measure: { enum: ['avg_annual_growth', 'cumulative_growth'] } } },
  then: { required: ['since'] },
});

/** The observations document (`observations.json`). */
export const ObservationsDocument = Type.Object(
  {
    $schema: Type.Optional(Type.String({ description: 'The schema this document follows.' })),
    dataVersion: Type.Optional(Type.String({ description: 'Version of the data.' })),
    updated: Type.Optional(Type.String({ description: 'Date of the last change.' })),
    observations: Type.Array(Type.Unsafe({ $ref: '#/definitions/observation' }), { description: 'The observations.' }),
  },
  { additionalProperties: false },
);
