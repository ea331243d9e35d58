#!/usr/bin/env node
/// <reference types="node" />
/**
 * Command line: `qingdao-services-plan scorecard [--lang zh-CN|en]
 * [--format table|csv|json] [--as-of 2025] [--observations FILE]`.
 * Exit 0 with the scorecard on stdout; exit 2 with a message on stderr for bad
 * arguments or an invalid observations file.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PlanError } from './errors.js';
import { validateObservations } from './validate-observations.js';
import { parseObservationsCsv } from './observations-csv.js';
import { scorecardCsv, scorecardTable } from './scorecard-text.js';
import { scorecard } from './scorecard.js';
import type { Lang, Observation } from './types.js';

const USAGE = `Usage: qingdao-services-plan scorecard [options]

Which of the plan's targets were met, with the evidence and its source.

Options:
  --lang zh-CN|en             language of names and labels (default zh-CN)
  --format table|csv|json     output format (default table)
  --as-of YEAR                evaluation year, 2020 or later (default 2025)
  --observations FILE         your own observations, .json or .csv in the published schema,
                              merged over the bundled ones
  --vintage latest|plan       newest figures (default) or the plan's own
  -h, --help                  this help`;

class UsageError extends Error {}

function readObservations(file: string): Observation[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read --observations ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let result;
  if (/\.csv$/i.test(file)) result = parseObservationsCsv(text);
  else {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new UsageError(`${file} is not valid JSON (${(e as Error).message}); pass a .csv file or JSON in observations.schema.json`);
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
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'zh-CN' },
      format: { type: 'string', default: 'table' },
      'as-of': { type: 'string' },
      observations: { type: 'string' },
      vintage: { type: 'string', default: 'latest' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return USAGE;
  if (positionals.length !== 1 || positionals[0] !== 'scorecard') {
    throw new UsageError(positionals.length ? `unknown command '${positionals.join(' ')}'; the command is 'scorecard'` : 'missing the command: scorecard');
  }
  const lang = values.lang;
  if (lang !== 'zh-CN' && lang !== 'en') throw new UsageError(`--lang must be zh-CN or en, got '${lang}'`);
  if (!['table', 'csv', 'json'].includes(values.format)) throw new UsageError(`--format must be table, csv or json, got '${values.format}'`);
  if (values.vintage !== 'latest' && values.vintage !== 'plan') throw new UsageError(`--vintage must be latest or plan, got '${values.vintage}'`);
  const asOfText = values['as-of'];
  if (asOfText !== undefined && !/^\d{4}$/.test(asOfText)) throw new UsageError(`--as-of must be a year such as 2025, got '${asOfText}'`);
  const observations = values.observations ? readObservations(values.observations) : [];
  const card = scorecard({ asOf: asOfText === undefined ? undefined : Number(asOfText), observations, vintage: values.vintage });
  if (values.format === 'json') return JSON.stringify(card, null, 2);
  if (values.format === 'csv') return scorecardCsv(card, lang as Lang);
  return scorecardTable(card, lang as Lang);
}

try {
  process.stdout.write(main(process.argv.slice(2)) + '\n');
} catch (e) {
  if (e instanceof UsageError || e instanceof PlanError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`qingdao-services-plan: ${(e as Error).message}\n\n${USAGE}\n`);
    process.exitCode = 2;
  } else throw e;
}
