/**
 * The frozen fixture plan of the widget tests (tests/fixtures/frozen-plan.json,
 * a made-up "Fixture City" plan with its observations): tests render it, so that
 * a review of the shipped data never changes what they see.
 */
import { planFromJson } from '../../../src/io/index.js';
import type { PlanData, PlanDocument } from '../../../src/core.js';

/** URL of the fixture plan document, as the test server serves it. */
export const FIXTURE_PLAN_URL = '/tests/fixtures/frozen-plan.json';

let doc: PlanDocument | null = null;

/** The fixture plan document (fetched once). */
export async function fixtureDocument(): Promise<PlanDocument> {
  doc ??= (await (await fetch(FIXTURE_PLAN_URL)).json()) as PlanDocument;
  return structuredClone(doc);
}

/** The fixture plan as a value. */
export async function fixturePlan(): Promise<PlanData> {
  return planFromJson(await fixtureDocument());
}
