#!/usr/bin/env node
/// <reference types="node" />
/**
 * Command line: `qingdao-services-plan scorecard [--plan FILE]
 * [--observations FILE] [--lang zh-CN|en] [--format table|csv|json]
 * [--as-of YEAR] [--vintage latest|plan] [--preset NAME]`,
 * `qingdao-services-plan check FILE [--plan FILE]`, `--version`, `--help`.
 * Exit 0 with the output on stdout; exit 2 with a message on stderr for bad
 * arguments, an invalid file, or any problem `check` finds. A reader that
 * stops early (`| head`) ends the process quietly with exit 0.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PlanError } from './errors.js';
import { bundledPlan } from './data.js';
import { isAsOfIn, planYears } from './plan/years.js';
import { scorecardCsv, scorecardTable } from './scorecard-text.js';
import { scorecard } from './scorecard.js';
import { presets, type PresetName } from './calc/presets.js';
import { USAGE, UsageError, parse } from './cli/args.js';
import { check } from './cli/check.js';
import { readObservations, readPlan } from './cli/files.js';

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

/** A failure that is not a usage error: its message only, exit 2. */
class Failure extends Error {}

function main(argv: string[]): string {
  const { values, positionals } = parse(argv);
  if (values.help) return USAGE;
  if (values.version) return packageVersion();
  const [command, ...rest] = positionals;
  const plan = () => (values.plan ? readPlan(values.plan) : bundledPlan);
  if (command === 'check') {
    if (rest.length !== 1) throw new UsageError('check needs one file: check plan.json, or check observations.csv');
    const report = check(rest[0]!, plan);
    if (!report.ok) throw new Failure(report.text);
    return report.text;
  }
  if (command !== 'scorecard' || rest.length) {
    throw new UsageError(
      command
        ? `unknown command '${positionals.join(' ')}'; the commands are 'scorecard' and 'check'`
        : 'missing the command: scorecard or check',
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
  const inUse = plan();
  const asOfText = values['as-of'];
  if (asOfText !== undefined && (!/^\d{4}$/.test(asOfText) || !isAsOfIn(inUse, Number(asOfText)))) {
    const { asOfMin: min, asOfMax: max } = planYears(inUse);
    throw new UsageError(
      `--as-of must be a year from ${min} to ${max} (the plan's base year to its last target year), got '${asOfText}'; pass one of these, or omit it for ${max}`,
    );
  }
  const observations = values.observations ? readObservations(values.observations, inUse) : [];
  const card = scorecard({
    plan: inUse,
    asOf: asOfText === undefined ? undefined : Number(asOfText),
    observations,
    vintage: values.vintage,
    preset: values.preset as PresetName,
  });
  if (values.format === 'json') return JSON.stringify(card, null, 2);
  if (values.format === 'csv') return scorecardCsv(card, lang);
  return scorecardTable(card, lang);
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
  if (e instanceof Failure) {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 2;
  } else if (e instanceof UsageError || e instanceof PlanError) {
    process.stderr.write(`qingdao-services-plan: ${e.message}\n\n${USAGE}\n`);
    process.exitCode = 2;
  } else throw e;
}
