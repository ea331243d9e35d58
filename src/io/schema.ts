/**
 * Typed access to the validators precompiled from `plan.schema.json` and
 * `observations.schema.json` (no code is compiled at run time).
 */
import { validateObservations as observations, validatePlan as plan } from '../../model/generated/validators.js';

/** One schema violation: where (`instancePath`, a JSON pointer) and what (`keyword`, `message`). */
export interface SchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly message?: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** A precompiled validator: returns true for valid data, otherwise sets `errors`. */
export type SchemaValidator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

type Raw = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/** Comparisons of ajv's limit keywords, for their messages. */
const LIMITS: Readonly<Record<string, string>> = {
  maxLength: 'NOT have more than',
  minLength: 'NOT have fewer than',
  maxItems: 'NOT have more than',
  minItems: 'NOT have fewer than',
  maximum: 'be <=',
  minimum: 'be >=',
  exclusiveMaximum: 'be <',
  exclusiveMinimum: 'be >',
};

/**
 * ajv's English message of an error, from its keyword and params (the
 * precompiled code carries none, to stay small): "must " + what, as ajv words it.
 */
export function schemaMessage(keyword: string, params: Readonly<Record<string, unknown>>): string {
  const p = params as Record<string, string>;
  const limit = LIMITS[keyword];
  if (limit) {
    const unit = /Length$/.test(keyword) ? ' characters' : /Items$/.test(keyword) ? ' items' : '';
    return `must ${limit} ${p['limit']}${unit}`;
  }
  switch (keyword) {
    case 'type':
      return `must be ${p['type']}`;
    case 'required':
      return `must have required property '${p['missingProperty']}'`;
    case 'additionalProperties':
      return 'must NOT have additional properties';
    case 'enum':
      return 'must be equal to one of the allowed values';
    case 'const':
      return 'must be equal to constant';
    case 'pattern':
      return `must match pattern "${p['pattern']}"`;
    case 'anyOf':
      return 'must match a schema in anyOf';
    case 'oneOf':
      return 'must match exactly one schema in oneOf';
    case 'not':
      return 'must NOT be valid';
    case 'if':
      return `must match "${p['failingKeyword']}" schema`;
    default:
      return `must pass "${keyword}" keyword validation`;
  }
}

/** A validator that takes the data only (ajv's extra arguments are internal) and exposes `errors`, each with its `message`. */
function wrap(raw: Raw): SchemaValidator {
  const validate = ((data: unknown) => {
    const ok = raw(data);
    validate.errors = raw.errors?.map((e) => ({ ...e, message: schemaMessage(e.keyword, e.params) })) ?? null;
    return ok;
  }) as SchemaValidator;
  return validate;
}

/** Validates data against `plan.schema.json`. */
export const planSchemaValidator = wrap(plan);
/** Validates data against `observations.schema.json`. */
export const observationsSchemaValidator = wrap(observations);
