/**
 * The plan document (`plan.schema.json`): metadata, structure, indicators and
 * figures, each figure with the section and verbatim quote that states it.
 * Definitions are shared by name (`#/definitions/<name>`), as ajv compiles
 * them once.
 */
import { Type, type Static } from '@sinclair/typebox';
import {
  COMPARATORS,
  DIRECTIONS,
  FIGURE_KINDS,
  FIGURE_ROLES,
  INDICATOR_KINDS,
  INDUSTRY_GROUPS,
  PRICE_BASES,
  QUALIFIERS,
  TARGET_COUNTS,
  TARGET_FORMS,
  UNIT_KINDS,
  UNIT_TEXTS,
} from '../enums.js';
import { Id, Note, Notes, Period, Source, Text, WholeObject, Year, oneOf, orNull, ref } from './common.js';
import { Observation } from './observation.js';

const id = (description: string) => ref('id', Id, description);
const text = (description: string) => ref('text', Text, description);
const source = (description = 'Where the plan states it: section and verbatim quote.') =>
  ref('source', Source, description);

export const Unit = oneOf(UNIT_TEXTS, 'The unit as the plan writes it.');
export const UnitKind = oneOf(UNIT_KINDS, 'The machine unit kind.');
export const Whole = orNull(WholeObject, 'For a share or ratio: the whole, or null where the plan does not name it.');

export const Meta = Type.Object(
  {
    id: id("The plan's id."),
    title: text("The plan's title."),
    titleStated: Type.Boolean({ description: 'False where the text has no title line and the title is descriptive.' }),
    issuer: text('The issuing body.'),
    issuerNote: text('How the issuer (and any missing document number or date) was established.'),
    period: ref('period', Period, 'The plan period, e.g. 2021-2025.'),
    baseYear: ref('year', Year, 'The year the plan measures from (its last actual year).'),
    targetYear: ref('year', Year, "The plan's target year."),
    basedOn: Type.Object(
      { name: text('The document the plan builds on.'), source: source() },
      { additionalProperties: false, description: 'The document the plan builds on, as the text names it.' },
    ),
    seed: Type.Object(
      {
        file: Type.String({ description: "Path of the plan text in the package's seeds/ folder." }),
        sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of that file.' }),
      },
      { additionalProperties: false, description: 'The plan text every quote is taken from.' },
    ),
    dataVersion: Type.String({ minLength: 1, description: 'Version of the data, e.g. 2026.11.27.' }),
    updated: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Date of the last data change.' }),
  },
  { additionalProperties: false, description: "The plan's metadata." },
);

export const Dimension = Type.Object(
  { id: id("The dimension's id."), name: text("The dimension's name."), source: source() },
  { additionalProperties: false, description: 'A goal dimension of the plan.' },
);

export const Industry = Type.Object(
  {
    id: id("The industry's id."),
    name: text("The industry's name."),
    group: oneOf(INDUSTRY_GROUPS, 'Producer or consumer services.'),
    source: source(),
  },
  { additionalProperties: false, description: 'An industry the plan sets targets for.' },
);

export const Place = Type.Object(
  {
    name: text("The place's name."),
    district: text('The county-level district it lies in.'),
    stated: Type.Boolean({ description: 'False where the plan does not name the district.' }),
  },
  { additionalProperties: false, description: 'A place named in the spatial layout.' },
);

export const LayoutPart = Type.Object(
  {
    id: id("The part's id."),
    name: text("The part's name."),
    count: orNull(
      Type.Integer({ minimum: 1 }),
      'The number in the layout formula (一核 = 1), null for 多点 (several).',
    ),
    places: Type.Array(ref('place', Place), { description: 'The places of this part.' }),
    source: source(),
  },
  { additionalProperties: false, description: 'One part of the spatial layout formula.' },
);

export const ClusterKind = Type.Object(
  {
    id: id("The kind's id."),
    name: text("The kind's name."),
    count: Type.Integer({ minimum: 1, description: 'How many clusters of this kind.' }),
    sectors: Type.Array(text('A sector.'), { description: 'The sectors it covers.' }),
    source: source(),
  },
  { additionalProperties: false, description: 'One kind of service cluster.' },
);

export const StructureCount = Type.Object(
  {
    id: id("The count's id."),
    name: text('What is counted.'),
    count: Type.Integer({ minimum: 1, description: 'The number.' }),
    source: source(),
  },
  { additionalProperties: false, description: "A numeric fact of the plan's structure (e.g. 九大产业)." },
);

export const Indicator = Type.Object(
  {
    id: id("The indicator's id, used by figures, targets, observations and widgets."),
    name: text("The indicator's name."),
    unit: ref('unit', Unit),
    unitKind: ref('unitKind', UnitKind),
    kind: oneOf(INDICATOR_KINDS, 'A flow over a year, a stock at a date, a share or a ratio.'),
    direction: oneOf(DIRECTIONS, 'Which way is better; neutral for context indicators.'),
    whole: Type.Optional(ref('whole', Whole)),
    notes: Type.Optional(ref('notes', Notes)),
  },
  { additionalProperties: false, description: 'A measured quantity.' },
);

/** The fields every figure has (results, problems, context figures and targets). */
const figureFields = {
  id: id("The figure's id."),
  indicator: id('The indicator the figure measures.'),
  role: oneOf(FIGURE_ROLES, 'A result, a problem, a target or a context figure.'),
  name: text("The figure's name."),
  value: Type.Number({ minimum: 0, description: 'The value as the plan states it.' }),
  qualifier: oneOf(QUALIFIERS, 'How exactly the value holds: exact, 左右, 以上, 超过, 以内, 不足.'),
  unit: ref('unit', Unit),
  unitKind: ref('unitKind', UnitKind),
  year: ref('year', Year, 'The year the value refers to; for a rate, its end year.'),
  yearStated: Type.Boolean({ description: 'False where the sentence gives no year and it is decided from context.' }),
  period: Type.Optional(ref('period', Period, 'For growth rates and changes: the span they cover.')),
  kind: oneOf(FIGURE_KINDS, 'What the figure states.'),
  priceBasis: oneOf(PRICE_BASES, 'Real, nominal, or not a money quantity.'),
  whole: Type.Optional(ref('whole', Whole)),
  source: source(),
  notes: Type.Optional(ref('notes', Notes)),
};

/** The fields a target adds. */
const targetFields = {
  form: oneOf(TARGET_FORMS, 'The form of the target.'),
  comparator: oneOf(COMPARATORS, 'When the target is met.'),
  direction: Type.Unsafe<'up' | 'down'>({ enum: ['up', 'down'], description: 'Which way is better.' }),
  targetYear: ref('year', Year, 'The year the target is for.'),
  baseFigure: orNull(id('The figure the target starts from.'), 'The base figure, null where the text gives none.'),
  counts: oneOf(TARGET_COUNTS, 'A stock, additions over the period, a yearly figure, a flow or a rate.'),
  dimension: orNull(id('A dimension id.'), 'The goal dimension, where the target belongs to one.'),
  industry: orNull(id('An industry id.'), 'The industry, where the target belongs to one.'),
};

/** A figure that is not a target (the static type of the schema's `else` branch). */
export const PlainFigure = Type.Object(figureFields, { additionalProperties: false });
/** A target (the static type of the schema's `then` branch). */
export const TargetFigure = Type.Object({ ...figureFields, ...targetFields }, { additionalProperties: false });

/** A figure in the JSON Schema: one object whose target fields are required for a target and absent otherwise. */
export const Figure = Type.Unsafe<Static<typeof PlainFigure | typeof TargetFigure>>({
  type: 'object',
  description: 'A quantified statement of the plan: a result, a problem, a target or a context figure.',
  required: Object.keys(figureFields).filter((k) => !['period', 'whole', 'notes'].includes(k)),
  additionalProperties: false,
  properties: { ...figureFields, ...Type.Partial(Type.Object(targetFields)).properties },
  if: { properties: { role: { const: 'target' } } },
  then: { required: Object.keys(targetFields) },
  else: { not: { anyOf: [{ required: ['form'] }, { required: ['comparator'] }, { required: ['targetYear'] }] } },
});

/** The whole plan document. */
export const PlanDocument = Type.Object(
  {
    $schema: Type.Optional(Type.String({ description: 'The schema this document follows.' })),
    meta: ref('meta', Meta),
    dimensions: Type.Array(ref('dimension', Dimension), { description: 'The goal dimensions.' }),
    industries: Type.Array(ref('industry', Industry), { description: 'The industries with targets.' }),
    layoutFormula: Type.Optional(
      Type.Object(
        { name: text('The formula.'), source: source() },
        { additionalProperties: false, description: 'The spatial layout formula, where the plan has one.' },
      ),
    ),
    layout: Type.Optional(
      Type.Array(ref('layoutPart', LayoutPart), { description: 'The parts of the spatial layout.' }),
    ),
    clusterKinds: Type.Optional(
      Type.Array(ref('clusterKind', ClusterKind), { description: 'The kinds of service clusters.' }),
    ),
    structureCounts: Type.Optional(
      Type.Array(ref('structureCount', StructureCount), { description: "Numeric facts of the plan's structure." }),
    ),
    indicators: Type.Array(ref('indicator', Indicator), { minItems: 1, description: 'Every indicator.' }),
    figures: Type.Array(ref('figure', Figure), { description: 'Every quantified figure.' }),
    observations: Type.Optional(
      Type.Array(
        Type.Unsafe<Static<typeof Observation>>({ $ref: 'observations.schema.json#/definitions/observation' }),
        {
          description: "Observed outcomes of the plan's indicators, each with its source (observations.schema.json).",
        },
      ),
    ),
  },
  { additionalProperties: false },
);

/** The shared definitions of `plan.schema.json`, by name. */
export const planDefinitions = {
  id: Id,
  text: Text,
  year: Year,
  period: Period,
  source: Source,
  note: Note,
  notes: Notes,
  whole: Whole,
  unit: Unit,
  unitKind: UnitKind,
  meta: Meta,
  dimension: Dimension,
  industry: Industry,
  place: Place,
  layoutPart: LayoutPart,
  clusterKind: ClusterKind,
  structureCount: StructureCount,
  indicator: Indicator,
  figure: Figure,
};
