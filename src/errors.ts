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
