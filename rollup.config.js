// Browser bundles, from the tsc output in dist/ (`npm run build` runs tsc, then
// this): the minified single-file CDN bundle with every widget, lit, d3, the
// plan data and the observations. The data parser (parse.js, with the
// precompiled schemas), which the npm build loads on demand, is inlined: the
// CDN file stays one file that a single integrity hash covers. The npm build is tsc's own output (one
// module a file, lit and d3 left as imports).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default [
  {
    input: 'dist/components/cdn.js',
    output: {
      file: 'dist/cdn/qingdao-services-plan.min.js',
      format: 'es',
      sourcemap: true,
      inlineDynamicImports: true,
    },
    plugins: [nodeResolve({ browser: true }), terser({ format: { comments: false }, ecma: 2020 })],
  },
];
