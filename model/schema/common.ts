/**
 * Building blocks of the schemas (TypeBox, at build time only): a reference
 * to a shared definition that keeps its static type, enums from the constant
 * lists, and the small shapes every part of a plan uses.
 */
import { Type, type Static, type TSchema, type TUnsafe } from '@sinclair/typebox';
import { ID_PATTERN, NOTE_TOPICS } from '../enums.js';

/** A `$ref` to `#/definitions/<name>` that types as the schema it points at. */
export const ref = <T extends TSchema>(name: string, _schema: T, description?: string): TUnsafe<Static<T>> =>
  Type.Unsafe<Static<T>>({ $ref: `#/definitions/${name}`, ...(description ? { description } : {}) });

/** One of the values of a constant list, as a JSON Schema `enum`. */
export const oneOf = <const L extends readonly string[]>(list: L, description: string): TUnsafe<L[number]> =>
  Type.Unsafe<L[number]>({ enum: [...list], description });

/** `schema` or null: `type: [T, "null"]` for a typed schema, `anyOf` for a `$ref` (which cannot take a `type` beside it). */
export const orNull = <T extends TSchema>(schema: T, description?: string): TUnsafe<Static<T> | null> => {
  const extra = description ? { description } : {};
  if (typeof schema.type === 'string') return Type.Unsafe({ ...schema, type: [schema.type, 'null'], ...extra });
  return Type.Unsafe({ anyOf: [schema, { type: 'null' }], ...extra });
};

/** A kebab-case id. */
export const Id = Type.String({
  pattern: ID_PATTERN,
  maxLength: 80,
  description: 'A kebab-case id, e.g. services-trade.',
});

/** A calendar year. */
export const Year = Type.Integer({ minimum: 1949, maximum: 2100, description: 'A calendar year.' });

/** A text in zh-CN (as the plan writes it) and en. */
export const Text = Type.Object(
  {
    zh: Type.String({ minLength: 1, maxLength: 300, description: 'Chinese (zh-CN), as the source writes it.' }),
    en: Type.String({ minLength: 1, maxLength: 300, description: 'English.' }),
  },
  { additionalProperties: false, description: 'A text in the two languages the library ships.' },
);

/** A longer text in zh-CN and en (a note, an explanation). */
export const LongText = Type.Object(
  {
    zh: Type.String({ minLength: 1, maxLength: 2000, description: 'Chinese (zh-CN).' }),
    en: Type.String({ minLength: 1, maxLength: 2000, description: 'English.' }),
  },
  { additionalProperties: false, description: 'A longer text in the two languages the library ships.' },
);

/** A span of years: `from` is the base year, `to` the end year. */
export const Period = Type.Object(
  {
    from: ref('year', Year, 'The first (base) year.'),
    to: ref('year', Year, 'The last year.'),
  },
  { additionalProperties: false, description: 'A span of years; growth 2015-2020 spans 5 years.' },
);

/** Where the plan states a figure: its section path and a verbatim quote. */
export const Source = Type.Object(
  {
    section: Type.String({ minLength: 1, maxLength: 20, description: 'Section path in the plan, e.g. 一(一)1.' }),
    quote: Type.String({
      minLength: 1,
      maxLength: 120,
      description: 'A clause copied verbatim from the plan text, containing the value as written.',
    }),
    document: Type.Optional(
      Type.String({
        pattern: ID_PATTERN,
        maxLength: 80,
        description: "The id of the source document (the plan's `sources`) the quote is from; none: the plan itself.",
      }),
    ),
  },
  { additionalProperties: false, description: 'Where the plan (or a document it names) states it.' },
);

/** A decision taken on an ambiguity of the text, in both languages. */
export const Note = Type.Object(
  {
    topic: oneOf(NOTE_TOPICS, 'What the decision is about.'),
    zh: Type.String({ minLength: 1, description: 'The decision, in Chinese.' }),
    en: Type.String({ minLength: 1, description: 'The decision, in English.' }),
  },
  { additionalProperties: false, description: 'A decision taken on an ambiguity of the text.' },
);

/** Decisions on ambiguities. */
export const Notes = Type.Array(ref('note', Note), { description: 'Decisions taken on ambiguities of the text.' });

/** The whole a share is a share of (or the comparator of a ratio). */
export const WholeObject = Type.Object(
  {
    indicator: orNull(ref('id', Id), 'The indicator of the whole, where it is one.'),
    name: ref('text', Text, "The whole's name."),
  },
  { additionalProperties: false },
);
