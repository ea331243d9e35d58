// ESLint flat config (issue #14). `npm run lint` runs it; `npm test` runs it as the stage `lint`.
// - Library and widget sources (model/, data/, src/, components/, scripts/*.ts) get typescript-eslint's
//   type-aware `recommendedTypeChecked` rules, through the TypeScript project service (tsconfig.json).
// - Tests, the benchmark, the examples, scripts in JS and config files get the rules that need no types
//   (`recommended`): type-aware rules over the tests would double the run time for little gain.
// - components/ adds eslint-plugin-lit and eslint-plugin-wc (their recommended configs).
// - eslint-config-prettier comes last: formatting is Prettier's job (stage `format`).
// No rule is switched off wholesale; the rules set differently from recommended, and every inline
// exception, are listed with their reasons in docs/contributing.md ("Lint").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** Sources that tsconfig.json covers and that get type-aware rules. */
const TYPED = ['model/**/*.ts', 'data/**/*.ts', 'src/**/*.ts', 'components/**/*.ts', 'scripts/**/*.ts'];
/** Code that runs in a page. The Node scripts listed last pass functions to a page (puppeteer's `evaluate`). */
const BROWSER = [
  'components/**',
  'examples/**',
  'tests/browser/**',
  'bench/charts/**',
  'bench/pages/**',
  'scripts/screenshots/**',
  'scripts/screenshots.mjs',
  'scripts/measure-heights.mjs',
  'bench/lib/**',
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'bench/node_modules/',
      'bench/.site/',
      'bench/results/',
      'coverage/',
      'release/',
      '.tmp/',
      'seeds/',
      'examples/generated/',
      'components/generated/',
      'model/generated/',
      'data/generated/',
      'data/by-indicator/',
      'src/schema/validators.generated.ts',
      'tests/browser/__snapshots__/',
      'custom-elements.json',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
  },
  { files: BROWSER, languageOptions: { globals: { ...globals.browser } } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: TYPED,
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    files: ['components/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
  },
  {
    // The codebase's convention: a name with a leading underscore is unused on purpose (a parameter a
    // signature requires, a property left out of a rest object, an array slot skipped).
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  prettier,
);
