/**
 * The one base class of every error the library throws. `code` is stable and
 * machine-readable; `message` says what was passed and how to fix it.
 */
export class PlanError extends Error {
  /** A stable machine-readable reason, e.g. `unknown_id`. */
  readonly code: string;
  /** Extra facts about the error (the value passed, suggestions ...). */
  readonly detail: Readonly<Record<string, unknown>>;

  constructor(code: string, message: string, detail: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = 'PlanError';
    this.code = code;
    this.detail = detail;
  }
}

/** A short description of any value for an error message; never throws (cycles, BigInt, null prototypes). */
export function describeValue(value: unknown): string {
  try {
    if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
    if (typeof value === 'bigint') return `${value}n`;
    if (typeof value === 'symbol' || typeof value === 'function') return `a ${typeof value}`;
    if (value !== null && typeof value === 'object') {
      const json = JSON.stringify(value);
      return json === undefined ? 'an object' : json.length > 80 ? `${json.slice(0, 77)}...` : json;
    }
    return String(value);
  } catch {
    return Array.isArray(value)
      ? `an array of ${value.length}`
      : typeof value === 'object'
        ? 'an object'
        : typeof value;
  }
}
