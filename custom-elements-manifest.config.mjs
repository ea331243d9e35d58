// `cem analyze` (npm run build) writes custom-elements.json from the widgets'
// JSDoc headers; module paths point at the built files in dist/.
export default {
  // The widgets' folders and the base class they document their shared attributes, events and parts in.
  globs: [
    'components/{target-card,progress-bar,trend-chart,share-chart,target-table,plan-dashboard,qd-plan}/*.ts',
    'components/base/qd-element.ts',
  ],
  exclude: ['components/*/*.styles.ts', 'components/*/index.ts', 'components/cdn.ts', 'components/index.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'paths-to-dist',
      packageLinkPhase({ customElementsManifest }) {
        const toDist = (p) => (p && p.startsWith('components/') ? `dist/${p.replace(/\.ts$/, '.js')}` : p);
        const walk = (node) => {
          if (Array.isArray(node)) return node.forEach(walk);
          if (!node || typeof node !== 'object') return;
          for (const [k, v] of Object.entries(node)) {
            if ((k === 'path' || k === 'module') && typeof v === 'string') node[k] = toDist(v);
            else walk(v);
          }
        };
        walk(customElementsManifest.modules);
        // Internal reactive state (`_name`, `#name`) is not public API.
        for (const m of customElementsManifest.modules) {
          for (const d of m.declarations ?? []) {
            if (d.attributes) d.attributes = d.attributes.filter((a) => !/^[_#]/.test(a.name));
            if (d.members)
              d.members = d.members.filter(
                (x) => !/^[_#]/.test(x.name) && x.privacy !== 'private' && x.privacy !== 'protected',
              );
          }
        }
      },
    },
  ],
};
