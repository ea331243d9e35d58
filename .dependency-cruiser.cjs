// The layer rules of the house, checked by `npm test` (stage "layers"):
// model -> data -> src -> components -> examples; an arrow never runs back, no
// cycle between files or folders (type-only imports and dynamic import() count),
// outside src/ only its public entries are imported, a widget never imports
// another widget, and the library for any plan (./core, ./io) never reaches
// the bundled data. tests/unit/layers/ plants wrong-way imports and cycles in
// a fixture folder and expects each rule to catch them.
/** @type {import('dependency-cruiser').IConfiguration} */
const LAYERS = ['model', 'data', 'src', 'components', 'examples'];
const above = (layer) => `^(${LAYERS.slice(LAYERS.indexOf(layer) + 1).join('|')})/`;
const WIDGETS = 'target-card|progress-bar|trend-chart|share-chart|target-table|plan-dashboard|qd-plan';
const SRC_ENTRIES =
  '^src/(index|core|base-entry|format-entry|bundled|calc-entry|assess|data-entry)[.]ts$|^src/io/index[.]ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Files never import each other in a circle (type-only imports and import() count).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      comment: 'Folders never depend on each other in a circle.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    ...LAYERS.slice(0, -1).map((layer) => ({
      name: `${layer}-layer-one-way`,
      comment: `${layer}/ never imports a layer above it (${LAYERS.join(' -> ')}).`,
      severity: 'error',
      from: { path: `^${layer}/` },
      to: { path: above(layer) },
    })),
    {
      name: 'model-imports-nothing',
      comment: 'The model imports nothing of the project (only the schema library, at build time).',
      severity: 'error',
      from: { path: '^model/' },
      to: { path: '^(data|src|components|examples)/' },
    },
    {
      name: 'src-public-entries',
      comment: 'Outside src/, code imports src/ only through its public entries.',
      severity: 'error',
      from: { path: '^(components|examples)/' },
      to: { path: '^src/', pathNot: SRC_ENTRIES },
    },
    {
      name: 'components-no-data',
      comment: 'Widgets receive the plan (from src/bundled or a provider); they never import data/.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^data/' },
    },
    {
      name: 'widget-not-another-widget',
      comment: 'A widget imports the shared kit, never another widget.',
      severity: 'error',
      from: { path: `^components/(${WIDGETS})/` },
      to: { path: `^components/(${WIDGETS})/`, pathNot: '^components/$1/' },
    },
    {
      name: 'core-and-io-never-reach-data',
      comment:
        'The library for any plan (./core) and the I/O entry (./io) never reach the bundled data, not even by import().',
      severity: 'error',
      from: { path: '^src/(core[.]ts|io/index[.]ts)$' },
      to: { path: '^data/', reachable: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^(model|data|src|components|examples)/',
    exclude: { path: '(^|/)(generated|dist|node_modules)/' },
    moduleSystems: ['es6'],
  },
};
