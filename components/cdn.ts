/**
 * The single-file CDN bundle (`dist/cdn/qingdao-services-plan.min.js`):
 * registers every widget (guarded) and exports the whole library, for
 * `<script type="module" src=".../qingdao-services-plan.min.js">` pages.
 */
export * from '../src/index.js';
export * from './index.js';
