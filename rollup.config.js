// Browser bundles, from the tsc output in dist/ (`npm run build` runs tsc, then
// this): the minified single-file CDN bundle with every widget, lit, d3, the
// plan data and the observations. The I/O entry (with the precompiled schemas),
// which the npm build loads on demand, is inlined: the CDN file stays one file
// that a single integrity hash covers. It holds the whole bundled plan, so the
// per-indicator modules are not used (`importPart` is built as `null`), nor
// the precomputed views of the cards and bars (`importView`, likewise), nor
// the trend charts' precomputed views and models (`importChart`). The
// npm build is tsc's own output (one module a file, lit and d3 left as imports).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** Builds `importPart` of dist/src/bundled.js as `null` (and fails the build if its import is not found). */
const wholePlanOnly = {
  name: 'whole-plan-only',
  transform(code, id) {
    if (!id.endsWith('/dist/src/bundled.js')) return null;
    const out = code.replace(/import\(`\.\.\/data\/generated\/by-indicator\/\$\{id\}\.js`\)/, 'null');
    if (out === code) this.error('bundled.js: the per-indicator import was not found; update rollup.config.js');
    return out;
  },
};

/**
 * Builds `importView` of dist/components/views/target-source.js as `null`: the CDN file computes each card's and
 * bar's view on the page (it holds the calculations anyway) rather than carry every precomputed one.
 */
const computedViewsOnly = {
  name: 'computed-views-only',
  transform(code, id) {
    if (!id.endsWith('/dist/components/views/target-source.js')) return null;
    const out = code.replace(/import\(`\.\.\/generated\/views\/\$\{id\}\.\$\{lang\}\.js`\)/, 'null');
    if (out === code)
      this.error('target-source.js: the precomputed view import was not found; update rollup.config.js');
    return out;
  },
};

/** Builds `importChart` of dist/components/views/chart-source.js as `null`: the CDN file computes each trend chart on the page. */
const computedChartsOnly = {
  name: 'computed-charts-only',
  transform(code, id) {
    if (!id.endsWith('/dist/components/views/chart-source.js')) return null;
    const out = code.replace(/import\(`\.\.\/generated\/charts\/\$\{id\}\.js`\)/, 'null');
    if (out === code)
      this.error('chart-source.js: the precomputed chart import was not found; update rollup.config.js');
    return out;
  },
};

export default [
  {
    input: 'dist/components/cdn.js',
    output: {
      file: 'dist/cdn/qingdao-services-plan.min.js',
      format: 'es',
      sourcemap: true,
      inlineDynamicImports: true,
    },
    plugins: [
      wholePlanOnly,
      computedViewsOnly,
      computedChartsOnly,
      nodeResolve({ browser: true }),
      terser({ format: { comments: false }, ecma: 2020 }),
    ],
  },
];
