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

/** A validator that takes the data only (ajv's extra arguments are internal) and exposes `errors`. */
function wrap(raw: Raw): SchemaValidator {
  const validate = ((data: unknown) => {
    const ok = raw(data);
    validate.errors = raw.errors ?? null;
    return ok;
  }) as SchemaValidator;
  return validate;
}

/** Validates data against `plan.schema.json`. */
export const planSchemaValidator = wrap(plan);
/** Validates data against `observations.schema.json`. */
export const observationsSchemaValidator = wrap(observations);
