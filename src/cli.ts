#!/usr/bin/env node
/// <reference types="node" />
/**
 * Command line: `qingdao-services-plan scorecard [--lang zh-CN|en]
 * [--format table|csv|json] [--as-of 2025] [--observations FILE]
 * [--vintage latest|plan] [--preset eurostat|unsd2022|unsd2023|escap|ndrc]`,
 * `--version`, `--help`.
 * Exit 0 with the scorecard on stdout; exit 2 with a message on stderr for bad
 * arguments or an invalid observations file. A reader that stops early
 * (`| head`) ends the process quietly with exit 0.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AS_OF_MAX, AS_OF_MIN } from './as-of.js';
import { PlanError } from './errors.js';
import { parseObservationsCsv, validateObservations } from './observations.js';
import { scorecardCsv, scorecardTable } from './scorecard-text.js';
import { scorecard } from './scorecard.js';
import { closest, editDistance } from './suggest.js';
import { presets, type PresetName } from './calc/presets.js';
import type { Lang, Observation } from './types.js';

const USAGE = `Usage: qingdao-services-plan scorecard [options]

Which of the plan's targets were met, with the evidence and its source.

Options:
  --lang zh-CN|en             language of names and labels (default zh-CN)
  --format table|csv|json     output format (default table)
  --as-of YEAR                evaluation year, ${AS_OF_MIN} to ${AS_OF_MAX} (default ${AS_OF_MAX})
  --observations FILE         your own observations, .json or .csv in the published schema,
                              merged over the bundled ones
  --vintage latest|plan       newest figures (default) or the plan's own
  --preset NAME               eurostat (default), unsd2022, unsd2023, escap or ndrc
                              (the methods: docs/methods.md)
  -v, --version               the package version
  -h, --help                  this help`;

class UsageError extends Error {}

const OPTIONS = {
  lang: { type: 'string', default: 'zh-CN' },
  format: { type: 'string', default: 'table' },
  'as-of': { type: 'string' },
  observations: { type: 'string' },
  vintage: { type: 'string', default: 'latest' },
  preset: { type: 'string', default: 'eurostat' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A value to show in "--lang needs a value, as in --lang en". */
const EXAMPLE: Readonly<Record<string, string>> = {
  lang: 'en',
  format: 'csv',
  'as-of': String(AS_OF_MAX),
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

/** The version in the package's package.json: two levels up from dist/src/cli.js (one from src/cli.ts), in the repository and once installed. */
function packageVersion(): string {
  for (const path of ['../../package.json', '../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as {
        name?: unknown;
        version?: unknown;
      };
      if (pkg.name === 'qingdao-services-plan' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // not here: try the next place
    }
  }
  throw new Error(
    `cannot find the package.json of qingdao-services-plan above ${fileURLToPath(new URL('.', import.meta.url))}; reinstall the package`,
  );
}

function readObservations(file: string): Observation[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(
      `cannot read --observations ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  let result;
  if (/\.csv$/i.test(file)) result = parseObservationsCsv(text);
  else {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new UsageError(
        `${file} is not valid JSON (${(e as Error).message}); pass a .csv file or JSON in observations.schema.json`,
      );
    }
    result = validateObservations(data);
  }
  if (!result.ok) {
    const lines = result.issues.map((i) => `  ${i.line ? `line ${i.line}` : `#${i.index + 1}`}: ${i.message}`);
    throw new UsageError(`${file}: ${result.issues.length} invalid observation(s)\n${lines.join('\n')}`);
  }
  return result.observations;
}

function main(argv: string[]): string {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    throw typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')
      ? parseArgsError(e as Error & { code: string })
      : e;
  }
  const { values, positionals } = parsed;
  if (values.help) return USAGE;
  if (values.version) return packageVersion();
  if (positionals.length !== 1 || positionals[0] !== 'scorecard') {
    throw new UsageError(
      positionals.length
        ? `unknown command '${positionals.join(' ')}'; the command is 'scorecard'`
        : 'missing the command: scorecard',
    );
  }
  const lang = values.lang;
  if (lang !== 'zh-CN' && lang !== 'en') throw new UsageError(`--lang must be zh-CN or en, got '${lang}'`);
  if (!['table', 'csv', 'json'].includes(values.format))
    throw new UsageError(`--format must be table, csv or json, got '${values.format}'`);
  if (values.vintage !== 'latest' && values.vintage !== 'plan')
    throw new UsageError(`--vintage must be latest or plan, got '${values.vintage}'`);
  if (!Object.hasOwn(presets, values.preset))
    throw new UsageError(`--preset must be one of ${Object.keys(presets).join(', ')}, got '${values.preset}'`);
  const asOfText = values['as-of'];
  if (
    asOfText !== undefined &&
    (!/^\d{4}$/.test(asOfText) || Number(asOfText) < AS_OF_MIN || Number(asOfText) > AS_OF_MAX)
  ) {
    throw new UsageError(
      `--as-of must be a year from ${AS_OF_MIN} to ${AS_OF_MAX} (the plan's base year to its target year), got '${asOfText}'; pass one of these, or omit it for ${AS_OF_MAX}, the plan's target year`,
    );
  }
  const observations = values.observations ? readObservations(values.observations) : [];
  const card = scorecard({
    asOf: asOfText === undefined ? undefined : Number(asOfText),
    observations,
    vintage: values.vintage,
    preset: values.preset as PresetName,
  });
  if (values.format === 'json') return JSON.stringify(card, null, 2);
  if (values.format === 'csv') return scorecardCsv(card, lang as Lang);
  return scorecardTable(card, lang as Lang);
}

// A reader that stops early (`| head`) closes the pipe: end quietly, as Unix tools do, not with an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(stream === process.stdout ? 0 : (process.exitCode ?? 0));
  });
}

try {
  process.stdout.write(main(process.argv.slice(2)) + '\n');
} catch (e) {
  if (e instanceof UsageError || e instanceof PlanError) {
    process.stderr.write(`qingdao-services-plan: ${(e as Error).message}\n\n${USAGE}\n`);
    process.exitCode = 2;
  } else throw e;
}
