// Bundles for browsers, from the tsc output in dist/ (run `npm run build`, which
// calls this after tsc): a minified single-file ESM build of the package root.
// The CDN bundle with the widgets is added here when the widgets exist.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default [
  {
    input: 'dist/src/index.js',
    output: { file: 'dist/browser/qingdao-services-plan.min.js', format: 'es', sourcemap: false },
    plugins: [nodeResolve({ browser: true }), terser({ format: { comments: false } })],
  },
];
