// A consumer of the packed tarball, in plain Node: imports every JS entry and checks real values.
import assert from 'node:assert/strict';
import * as root from 'qingdao-services-plan';
import * as calc from 'qingdao-services-plan/calc';
import * as assessEntry from 'qingdao-services-plan/assess';
import * as data from 'qingdao-services-plan/data';
import * as core from 'qingdao-services-plan/core';
import * as io from 'qingdao-services-plan/io';
import { loadBundledPlan } from 'qingdao-services-plan/bundled';
import { createRequire } from 'node:module';

assert.equal(root.getTarget('services-trade-2025').value, 1100);
assert.equal(root.scorecard().totals.achieved, 2);
assert.equal(calc.requiredCagr(848.9, 1100, 5).toFixed(5), '0.05319');
assert.equal(typeof assessEntry.assess, 'function');
assert.equal(data.getFigure('services-va-2020').value, 7613.59);
const require = createRequire(import.meta.url);
const planJson = require('qingdao-services-plan/plan.json');
assert.equal(planJson.meta.period.from, 2021);
// The library for any plan: a plan read from JSON, scored without the bundled data.
const own = io.planFromJson(planJson);
assert.equal(core.scorecardOf({ plan: own }).entries.length, root.targets.length);
// The bundled plan loaded on demand: one indicator's part, or the whole plan.
assert.deepEqual(
  (await loadBundledPlan('services-trade')).indicators.map((i) => i.id),
  ['services-trade'],
);
assert.equal((await loadBundledPlan()).targets.length, root.targets.length);
console.log('consumer imports ok');
