/**
 * Serves examples/csp/ with a strict Content-Security-Policy header (the policy
 * a government site would set), for the web dev server and the test runner:
 *
 *   import { cspHeaders } from './examples/csp/csp-headers.mjs';
 *   plugins: [..., cspHeaders()]
 *
 * The widgets need nothing beyond `'self'` for scripts and one Trusted Types
 * policy, `lit-html` (Lit's own, for its template HTML); they use no inline
 * script or style attribute, no eval, no innerHTML and no `style=`.
 */

/** The policy: only same-origin resources, Trusted Types enforced, one policy name (Lit's). */
export const CSP_POLICY = "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * A dev-server plugin adding `Content-Security-Policy: policy` to the HTML pages under `prefix`.
 * @param {{ prefix?: string, policy?: string }} [options]
 */
export function cspHeaders({ prefix = '/examples/csp/', policy = CSP_POLICY } = {}) {
  return {
    name: 'qd-csp-headers',
    transform(context) {
      if (context.path.startsWith(prefix) && context.response.is('html')) {
        return { headers: { 'Content-Security-Policy': policy }, transformCache: false };
      }
      return undefined;
    },
  };
}
