// Dev server for examples/dev/ pages that import the TypeScript sources directly:
// npx wds --config examples/dev/wds.config.mjs  (then open /examples/dev/widgets.html)
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  rootDir: '.',
  nodeResolve: true,
  port: Number(process.env.PORT ?? 8123),
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};
