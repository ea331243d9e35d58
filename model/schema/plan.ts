/**
 * The plan document (`plan.schema.json`): metadata, structure, indicators and
 * figures, each figure with the section and verbatim quote that states it.
 * Definitions are shared by name (`#/definitions/<name>`), as ajv compiles
 * them once.
 */
import { Type, type Static } from '@sinclair/typebox';
import {
  BINDINGS,
  COMPARATORS,
  CURRENCIES,
  DIRECTIONS,
  FIGURE_KINDS,
  FIGURE_ROLES,
  INDICATOR_KINDS,
  PLAN_STATUSES,
  PRICE_BASES,
  QUALIFIERS,
  RELIABILITIES,
  SOURCE_KINDS,
  TARGET_COUNTS,
  TARGET_FORMS,
  UNIT_KINDS,
} from '../enums.js';
import { Id, LongText, Note, Notes, Period, Source, Text, WholeObject, Year, oneOf, orNull, ref } from './common.js';
import { Observation } from './observation.js';
import { ClusterKind, Dimension, Industry, IndustryGroup, LayoutPart, Place, StructureCount } from './structure.js';

export { ClusterKind, Dimension, Industry, IndustryGroup, LayoutPart, Place, StructureCount };

const id = (description: string) => ref('id', Id, description);
const text = (description: string) => ref('text', Text, description);
const source = (description = 'Where the plan states it: section and verbatim quote.') =>
  ref('source', Source, description);

export const Unit = Type.String({
  minLength: 1,
  maxLength: 20,
  description:
    "The unit as the plan writes it (亿元, 万亿元, 亿美元, 万人, %, 家 ...): a known unit or one of the plan's `units`.",
});
export const UnitKind = oneOf(
  UNIT_KINDS,
  'The machine unit kind of the 0.1.0 schema (optional; the unit itself says it).',
);

/** A unit the plan uses that the library does not know: a power of ten of a base unit. */
export const UnitDefinition = Type.Object(
  {
    unit: Type.String({ minLength: 1, maxLength: 20, description: 'The unit as written, e.g. 万辆.' }),
    base: Type.String({ minLength: 1, maxLength: 20, description: 'Its base unit, e.g. 辆.' }),
    exp: Type.Integer({ minimum: -3, maximum: 16, description: 'The power of ten of the base (万 = 4, 亿 = 8).' }),
    currency: Type.Optional(oneOf(CURRENCIES, 'The currency of a money unit.')),
  },
  { additionalProperties: false, description: 'A unit the plan defines: a scale of a base unit.' },
);

/** A document a figure's source can name: the plan, a follow-up document, a bulletin, a report. */
export const SourceDocument = Type.Object(
  {
    id: ref('id', Id, "The document's id, named by a figure's `source.document`."),
    kind: oneOf(SOURCE_KINDS, 'What the document is.'),
    title: ref('text', Text, "The document's title."),
    about: Type.Optional(ref('text', Text, 'The document it reports on, for a news report of a plan.')),
    issuer: Type.Optional(orNull(ref('text', Text), 'Who issued it.')),
    number: Type.Optional(
      orNull(Type.String({ maxLength: 80 }), 'Its document number (文号), e.g. 川办发〔2024〕28号.'),
    ),
    date: Type.Optional(
      orNull(Type.String({ pattern: '^\\d{4}-\\d{2}(-\\d{2})?$' }), 'Its date, YYYY-MM-DD or YYYY-MM.'),
    ),
    url: Type.Optional(
      orNull(Type.String({ pattern: '^https?://[^\\s]+$', maxLength: 500 }), 'Where it is published.'),
    ),
    published: Type.Optional(
      orNull(Type.String({ pattern: '^\\d{4}-\\d{2}(-\\d{2})?$' }), 'When the copy used was published.'),
    ),
    publisher: Type.Optional(Type.String({ maxLength: 200, description: 'The site that publishes the copy used.' })),
    reliability: Type.Optional(oneOf(RELIABILITIES, 'official, mainstream or secondary.')),
    note: Type.Optional(orNull(ref('longText', LongText), 'What a reader must know about this copy.')),
  },
  {
    additionalProperties: false,
    description: 'A source document of figures: the plan, a follow-up document, a bulletin.',
  },
);

/** A stretch value beyond a target (争取突破2000亿元 beside 1800亿元以上). */
export const Stretch = Type.Object(
  {
    value: Type.Number({ description: 'The stretch value.' }),
    comparator: oneOf(COMPARATORS, 'When the stretch value is met.'),
    quote: Type.Optional(Type.String({ minLength: 1, maxLength: 120, description: 'The words that state it.' })),
  },
  { additionalProperties: false, description: 'A stretch value the plan strives for beyond the target (争取).' },
);
export const Whole = orNull(WholeObject, 'For a share or ratio: the whole, or null where the plan does not name it.');

export const Meta = Type.Object(
  {
    id: id("The plan's id."),
    title: text("The plan's title."),
    titleStated: Type.Optional(
      Type.Boolean({
        description: 'False where the text has no title line and the title is descriptive (default true).',
      }),
    ),
    issuer: text('The issuing body.'),
    issuerNote: Type.Optional(
      ref('longText', LongText, 'How the issuer (and any missing document number or date) was established.'),
    ),
    number: Type.Optional(
      Type.String({ maxLength: 80, description: 'The document number (文号), e.g. 川府发〔2021〕38号.' }),
    ),
    date: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}(-\\d{2})?$', description: 'The date it was issued.' })),
    status: Type.Optional(oneOf(PLAN_STATUSES, 'adopted (default) or draft (草案).')),
    period: ref('period', Period, 'The plan period, e.g. 2021-2025.'),
    baseYear: ref('year', Year, 'The year the plan measures from (its last actual year).'),
    targetYear: ref('year', Year, "The plan's main target year (targets may have others: each target states its own)."),
    basedOn: Type.Optional(
      Type.Object(
        { name: text('The document the plan builds on.'), source: source() },
        { additionalProperties: false, description: 'The document the plan builds on, as the text names it.' },
      ),
    ),
    seed: Type.Optional(
      Type.Object(
        {
          file: Type.String({ description: 'Path of the plan text (seeds/ of the package or of the site).' }),
          sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of that file.' }),
        },
        { additionalProperties: false, description: 'The plan text every quote is taken from.' },
      ),
    ),
    dataVersion: Type.String({ minLength: 1, description: 'Version of the data, e.g. 2026.11.27.' }),
    updated: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Date of the last data change.' }),
  },
  { additionalProperties: false, description: "The plan's metadata." },
);

export const Indicator = Type.Object(
  {
    id: id("The indicator's id, used by figures, targets, observations and widgets."),
    name: text("The indicator's name."),
    unit: ref('unit', Unit),
    unitKind: Type.Optional(ref('unitKind', UnitKind)),
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
  value: Type.Number({ description: 'The value as the plan states it (negative where a measure falls).' }),
  qualifier: oneOf(QUALIFIERS, 'How exactly the value holds: exact, 左右, 以上, 超过, 以内, 不足.'),
  unit: ref('unit', Unit),
  unitKind: Type.Optional(ref('unitKind', UnitKind)),
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
  baseYear: Type.Optional(
    orNull(
      ref('year', Year),
      "The year the target starts from, where it is not the plan's base year; null: not stated.",
    ),
  ),
  stretch: Type.Optional(ref('stretch', Stretch)),
  binding: Type.Optional(oneOf(BINDINGS, 'Binding (约束性) or expected (预期性).')),
  strive: Type.Optional(Type.Boolean({ description: 'True where the plan strives for it (力争).' })),
};

/** A figure that is not a target (the static type of the schema's `else` branch). */
export const PlainFigure = Type.Object(figureFields, { additionalProperties: false });
/** A target (the static type of the schema's `then` branch). */
export const TargetFigure = Type.Object({ ...figureFields, ...targetFields }, { additionalProperties: false });

/** A figure in the JSON Schema: one object whose target fields are required for a target and absent otherwise. */
export const Figure = Type.Unsafe<Static<typeof PlainFigure | typeof TargetFigure>>({
  type: 'object',
  description: 'A quantified statement of the plan: a result, a problem, a target or a context figure.',
  required: Object.keys(figureFields).filter((k) => !['period', 'whole', 'notes', 'unitKind'].includes(k)),
  additionalProperties: false,
  properties: { ...figureFields, ...Type.Partial(Type.Object(targetFields)).properties },
  if: { properties: { role: { const: 'target' } } },
  then: {
    required: Object.keys(targetFields).filter((k) => !['baseYear', 'stretch', 'binding', 'strive'].includes(k)),
  },
  else: { not: { anyOf: [{ required: ['form'] }, { required: ['comparator'] }, { required: ['targetYear'] }] } },
});

/** The whole plan document. */
export const PlanDocument = Type.Object(
  {
    $schema: Type.Optional(Type.String({ description: 'The schema this document follows.' })),
    meta: ref('meta', Meta),
    sources: Type.Optional(
      Type.Array(ref('sourceDocument', SourceDocument), {
        description: "The documents figures are taken from, named by a figure's `source.document` (none: the plan).",
      }),
    ),
    units: Type.Optional(
      Type.Array(ref('unitDefinition', UnitDefinition), {
        description: 'Units the plan uses that the library does not know.',
      }),
    ),
    industryGroups: Type.Optional(
      Type.Array(ref('industryGroup', IndustryGroup), { description: "The plan's own groups of industries." }),
    ),
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
  longText: LongText,
  year: Year,
  period: Period,
  source: Source,
  note: Note,
  notes: Notes,
  whole: Whole,
  unit: Unit,
  unitKind: UnitKind,
  unitDefinition: UnitDefinition,
  sourceDocument: SourceDocument,
  industryGroup: IndustryGroup,
  stretch: Stretch,
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
