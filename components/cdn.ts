/**
 * The single-file CDN bundle (`dist/cdn/qingdao-services-plan.min.js`):
 * registers every widget (guarded) and exports the library for any plan
 * (`./core`: calculations, assessment, `scorecardOf`, formatting; `./io`:
 * reading a site's plan and observations; `loadBundledPlan`), for
 * `<script type="module" src=".../qingdao-services-plan.min.js">` pages. The
 * bundled plan's review of rejected candidates is not in it: the npm package's
 * root entry and the command line report them with `scorecard()`.
 */
export * from '../src/core.js';
export * from '../src/io/index.js';
export { loadBundledPlan } from '../src/bundled.js';
export * from './index.js';
