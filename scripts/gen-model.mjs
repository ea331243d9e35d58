// Generates the model's build outputs into model/generated/ (gitignored): the
// published JSON Schemas (plan.schema.json, observations.schema.json) from the
// TypeBox definitions in model/schema/, and their validators precompiled by
// ajv's standalone code (validators.js + .d.ts), so that no code is compiled
// at run time (strict CSP forbids `new Function`), and the CSV columns of an
// observation (columns.js + .d.ts). Run by `npm run build`.
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const OUT = `${root}model/generated/`;

/** The schema documents, from model/schema/document.ts (bundled with TypeBox for Node, at build time only). */
export async function loadSchemas() {
  const out = await build({
    entryPoints: [`${root}model/schema/document.ts`],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const m = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].contents).toString('base64')}`);
  return { plan: m.planSchema(), observations: m.observationsSchema() };
}

/** A copy of a schema without its annotations (descriptions, titles): validators do not need them, and ajv's code would carry them. */
function bare(schema) {
  if (Array.isArray(schema)) return schema.map(bare);
  if (schema === null || typeof schema !== 'object') return schema;
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'description' || k === 'title') continue;
    // Under `properties` and `definitions` the keys are names, not keywords: keep every one.
    out[k] =
      k === 'properties' || k === 'definitions'
        ? Object.fromEntries(Object.entries(v).map(([name, s]) => [name, bare(s)]))
        : bare(v);
  }
  return out;
}

/** The `$id` of the observation schema the plan and observations validators share (a whole schema, so ajv compiles it once). */
const OBSERVATION_ID = 'https://unpkg.com/qingdao-services-plan/dist/observation.json';

/**
 * The schemas for ajv: bare, with the observation definition as a schema of
 * its own that both documents reference (a reference into another document's
 * `definitions` would be compiled once per document).
 */
function forAjv(schemas) {
  const plan = bare(schemas.plan);
  const observations = bare(schemas.observations);
  const { observation, ...rest } = observations.definitions;
  const shared = { $id: OBSERVATION_ID, ...observation };
  const retarget = (s) => {
    if (Array.isArray(s)) return s.map(retarget);
    if (s === null || typeof s !== 'object') return s;
    if (/^(observations\.schema\.json)?#\/definitions\/observation$/.test(s.$ref ?? ''))
      return { ...s, $ref: OBSERVATION_ID };
    return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, retarget(v)]));
  };
  const obs = retarget({ ...observations, definitions: rest });
  if (!Object.keys(rest).length) delete obs.definitions;
  return { plan: retarget(plan), observations: obs, observation: shared };
}

/** The value at a property path (`.a.b["c"]`) of `value`. */
function at(value, path) {
  for (const [, dot, quoted] of path.matchAll(/\.([\w$]+)|\["([^"]*)"\]/g)) value = value[dot ?? quoted];
  return value;
}

/**
 * Smaller standalone code with the same errors: each error is built by one
 * shared function `E` (instancePath, keyword, params) instead of an object
 * literal and a push written out for each, without `schemaPath` (the library
 * reports `instancePath`, `keyword` and `params`; `message` is added by
 * src/io/schema.ts from them), and the schema values the errors cite
 * (`allowedValues`, `type`) written in place, so that no copy of the schema is shipped;
 * the validators take `(data, instancePath)` and join a referenced validator's errors by one function `C`.
 */
export function compact(code) {
  // The schema copies ajv declares (`const schemaN = {...};`), parsed.
  const schemas = {};
  for (const m of code.matchAll(/const (schema\d+) = /g)) {
    const start = m.index + m[0].length;
    for (let end = code.indexOf(';', start); end !== -1; end = code.indexOf(';', end + 1)) {
      try {
        schemas[m[1]] = { value: JSON.parse(code.slice(start, end)), text: code.slice(m.index, end + 1) };
        break;
      } catch {
        // not yet the end of the JSON text
      }
    }
    if (!schemas[m[1]]) throw new Error(`gen-model: cannot parse ${m[1]} in ajv's code`);
  }
  for (const { text } of Object.values(schemas)) code = code.replace(text, '');
  // Each value cited becomes a module constant (one per distinct value); of a
  // `properties` object, which the code only asks whether it has a key, the keys.
  const cited = new Map();
  code = code.replace(/(\.call\()?\b(schema\d+)((?:\.[\w$]+|\["[^"]*"\])+)/g, (all, call, name, path) => {
    if (!schemas[name]) throw new Error(`gen-model: ${all} refers to no schema`);
    let value = at(schemas[name].value, path);
    if (call) {
      if (!/\.properties$/.test(path))
        throw new Error(`gen-model: ${all}: a call on a schema value that is not properties`);
      value = Object.fromEntries(Object.keys(value).map((k) => [k, true]));
    }
    const json = JSON.stringify(value);
    if (!cited.has(json)) cited.set(json, `cited${cited.size}`);
    return `${call ?? ''}${cited.get(json)}`;
  });
  const constants = [...cited].map(([json, name]) => `const ${name} = ${json};`).join('');
  let n = 0;
  code = code.replace(
    /const (err\d+) = \{instancePath(?::(.*?))?,schemaPath:"[^"]*",keyword:"(\w+)",params:(.*?)\};if\(vErrors === null\)\{vErrors = \[\1\];\}else \{vErrors\.push\(\1\);\}/g,
    (all, err, path, keyword, params) => {
      n++;
      return `vErrors = E(vErrors, ${path ?? 'instancePath'}, "${keyword}", ${params});`;
    },
  );
  // The validators take the instance path only (no schema here uses the parent or root data).
  let signatures = 0;
  code = code.replace(/\(data, \{instancePath="", parentData, parentDataProperty, rootData=data\}=\{\}\)/g, () => {
    signatures++;
    return '(data, instancePath="")';
  });
  code = code.replace(
    /(validate\d+)\((.*?), \{instancePath:(.*?),parentData:[\w$]+,parentDataProperty:(?:"[^"]*"|[\w$]+),rootData\}\)/g,
    (all, fn, data, path) => `${fn}(${data}, ${path})`,
  );
  // A referenced validator's errors joined by one shared function `C`.
  code = code.replace(
    /vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);/g,
    (all, fn) => `vErrors = C(vErrors, ${fn}.errors);`,
  );
  if (signatures !== (code.match(/function validate\d+\(/g) ?? []).length)
    throw new Error("gen-model: a validator of ajv's code has another signature");
  for (const left of [/\bschema\d+\b/, /schemaPath/, /message:/, /parentData/, /rootData/, /vErrors\.concat/])
    if (left.test(code)) throw new Error(`gen-model: ajv's code still holds ${left} after compacting`);
  if (!n) throw new Error("gen-model: no error of ajv's code was compacted");
  const E =
    'function E(errors, instancePath, keyword, params) {const e = {instancePath, keyword, params};if (errors === null) return [e];errors.push(e);return errors;}';
  const C = 'function C(errors, more) {return errors === null ? more : errors.concat(more);}';
  return code.replace(/^"use strict";/, `"use strict";${E}${C}${constants}`);
}

/** The standalone validator module (ESM) of both schemas, sharing the observation's validator. */
export function validatorCode(schemas) {
  const ajv = new Ajv({
    allErrors: true,
    inlineRefs: false,
    messages: false,
    unicode: false,
    logger: { log() {}, warn() {}, error: console.error },
    code: { source: true, esm: true, lines: false },
  });
  const s = forAjv(schemas);
  ajv.addSchema(s.observation).addSchema(s.plan, 'plan').addSchema(s.observations, 'observations');
  const code = standaloneCode(ajv, { validatePlan: 'plan', validateObservations: 'observations' });
  if (/\brequire\(/.test(code))
    throw new Error('ajv standalone code needs a runtime require(): avoid the schema keyword that pulls it in');
  return `// Generated by scripts/gen-model.mjs from model/schema/. Do not edit.\n${compact(code)}\n`;
}

const DTS = `// Generated by scripts/gen-model.mjs. Do not edit.
/** A precompiled ajv validator: true for valid data, else \`errors\` is set. */
type Raw = ((data: unknown) => boolean) & { errors?: { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }[] | null };
export declare const validatePlan: Raw;
export declare const validateObservations: Raw;
`;

/** camelCase to snake_case: the CSV column of a field (`priceBasis` -> `price_basis`). */
const snake = (name) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The columns of observations.csv, derived from the observation schema (its
 * fields in order, but `origin`, which only the library sets): all of them, the
 * required ones and the numeric ones, as a module and its declarations.
 */
export function columnsCode(schemas) {
  const o = schemas.observations.definitions.observation;
  const fields = Object.keys(o.properties).filter((f) => f !== 'origin');
  const numeric = fields.filter((f) => ['integer', 'number'].includes(o.properties[f].type));
  const lists = {
    OBSERVATION_COLUMNS: fields.map(snake),
    OBSERVATION_REQUIRED_COLUMNS: fields.filter((f) => o.required.includes(f)).map(snake),
    OBSERVATION_NUMERIC_COLUMNS: numeric.map(snake),
  };
  const docs = {
    OBSERVATION_COLUMNS: 'The columns of observations.csv, in order (snake_case of the schema fields).',
    OBSERVATION_REQUIRED_COLUMNS: 'The columns an observations CSV must have.',
    OBSERVATION_NUMERIC_COLUMNS: 'The columns that hold numbers.',
  };
  const head = '// Generated by scripts/gen-model.mjs from model/schema/observation.ts. Do not edit.\n';
  const js = Object.entries(lists).map(([k, v]) => `/** ${docs[k]} */\nexport const ${k} = ${JSON.stringify(v)};\n`);
  const dts = Object.entries(lists).map(
    ([k, v]) => `/** ${docs[k]} */\nexport declare const ${k}: readonly [${v.map((c) => `'${c}'`).join(', ')}];\n`,
  );
  return { js: head + js.join(''), dts: head + dts.join('') };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const schemas = await loadSchemas();
  mkdirSync(OUT, { recursive: true });
  for (const [name, schema] of Object.entries(schemas)) {
    writeFileSync(`${OUT}${name}.schema.json`, JSON.stringify(schema, null, 2) + '\n');
  }
  writeFileSync(`${OUT}validators.js`, validatorCode(schemas));
  writeFileSync(`${OUT}validators.d.ts`, DTS);
  const columns = columnsCode(schemas);
  writeFileSync(`${OUT}columns.js`, columns.js);
  writeFileSync(`${OUT}columns.d.ts`, columns.dts);
}
