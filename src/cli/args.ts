/**
 * The command line's options and their errors, in its own words: Node's
 * `parseArgs`, with "did you mean" for an unknown option and an example for a
 * missing value.
 */
import { parseArgs } from 'node:util';
import { closest, editDistance } from '../suggest.js';

/** A mistake in the command line (exit 2, with the usage). */
export class UsageError extends Error {}

export const OPTIONS = {
  plan: { type: 'string' },
  lang: { type: 'string', default: 'zh-CN' },
  format: { type: 'string', default: 'table' },
  'as-of': { type: 'string' },
  observations: { type: 'string' },
  vintage: { type: 'string', default: 'latest' },
  preset: { type: 'string', default: 'eurostat' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const USAGE = `Usage: qingdao-services-plan <command> [options]

Commands:
  scorecard [options]         which of the plan's targets were met, with the evidence and its source
  check FILE [--plan FILE]    check a plan document, or an observations file (.json or .csv) against
                              a plan (--plan, default the bundled plan): every problem with where it
                              is; exit 2 if there is any

Options of scorecard:
  --plan FILE                 a plan document (plan.schema.json) instead of the bundled plan, with
                              the observations it carries
  --observations FILE         your own observations, .json or .csv in the published schema,
                              merged over the plan's own
  --lang zh-CN|en             language of names and labels (default zh-CN)
  --format table|csv|json     output format (default table)
  --as-of YEAR                evaluation year, from the plan's base year to its last target year
                              (the default)
  --vintage latest|plan       newest figures (default) or the plan's own
  --preset NAME               eurostat (default), unsd2022, unsd2023, escap or ndrc
                              (the methods: docs/methods.md)
  -v, --version               the package version
  -h, --help                  this help`;

/** A value to show in "--lang needs a value, as in --lang en". */
const EXAMPLE: Readonly<Record<string, string>> = {
  plan: 'my-plan.json',
  lang: 'en',
  format: 'csv',
  'as-of': '2025',
  observations: 'my-observations.csv',
  vintage: 'plan',
  preset: 'ndrc',
};

/** parseArgs's own error (Node's wording, which suggests `--` positionals) in the command line's words, with the fix. */
function parseArgsError(e: Error & { code: string }): UsageError {
  const names = Object.keys(OPTIONS);
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /Unknown option '([^']*)'/.exec(e.message)?.[1] ?? '';
    const bare = option.replace(/^-+/, '');
    const [best] = closest(bare, names, 1);
    const near = best !== undefined && bare.length > 0 && (best.startsWith(bare) || editDistance(bare, best) <= 2);
    return new UsageError(
      `Unknown option '${option}'.${near ? ` Did you mean --${best}?` : ''} The options are ${names.map((n) => `--${n}`).join(', ')}; see below.`,
    );
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = /Option '(?:-\w, )?--([\w-]+)/.exec(e.message)?.[1] ?? '';
    if (EXAMPLE[name])
      return new UsageError(`--${name} needs a value, as in --${name} ${EXAMPLE[name]} or --${name}=${EXAMPLE[name]}.`);
    if (name) return new UsageError(`--${name} takes no value; write --${name} alone.`);
  }
  return new UsageError(e.message);
}

/** The parsed command line: its values and positionals, or a `UsageError`. */
export function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    throw typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')
      ? parseArgsError(e as Error & { code: string })
      : e;
  }
}
