// npm start: serves the repository root so that examples/ can load dist/;
// the pages under /examples/csp/ get the strict CSP header the widgets are tested under.
import { cspHeaders } from './examples/csp/csp-headers.mjs';
export default {
  rootDir: '.',
  nodeResolve: true,
  plugins: [cspHeaders()],
  open: '/examples/',
  port: Number(process.env.PORT ?? 8000),
};
