// A consumer of the packed tarball, in plain Node: imports every JS entry and checks real values.
import assert from 'node:assert/strict';
import * as root from 'qingdao-services-plan';
import * as calc from 'qingdao-services-plan/calc';
import * as assessEntry from 'qingdao-services-plan/assess';
import * as data from 'qingdao-services-plan/data';
import { createRequire } from 'node:module';

assert.equal(root.getTarget('services-trade-2025').value, 1100);
assert.equal(root.scorecard().totals.achieved, 2);
assert.equal(calc.requiredCagr(848.9, 1100, 5).toFixed(5), '0.05319');
assert.equal(typeof assessEntry.assess, 'function');
assert.equal(data.getFigure('services-va-2020').value, 7613.59);
const require = createRequire(import.meta.url);
const planJson = require('qingdao-services-plan/plan.json');
assert.equal(planJson.meta.period.from, 2021);
console.log('consumer imports ok');
