// ESLint flat config: TypeScript and Astro files, zero warnings tolerated (`--max-warnings 0`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { readFileSync } from 'node:fs';

/**
 * Layers that point one way: config and i18n → schemas → lib → components (and layouts) → pages. A file may
 * import from its own layer and the ones before it, never from a later one; src/lib/og (social images) may not
 * import src/lib/seo, which uses it. Written as `no-restricted-imports` patterns (no plugin needed). The
 * patterns see the import as written, so each depth below src/ gets its own: from src/lib/og/x.ts,
 * `../../components/` is src/components, while from src/components/x.astro `./pages/` is its own sub-folder.
 */
const MESSAGE = 'Layers point one way: config and i18n → schemas → lib → components → pages (see eslint.config.js).';
const AFTER_LIB = ['components', 'layouts', 'pages', 'server', 'integrations'];
const MAX_DEPTH = 5;
/** An import from `depth` folders below src/ into one of `folders` (a regex, e.g. `lib/(?!x)`). */
const into = (depth, folders, message = MESSAGE) => ({
  regex: `^(\\.\\./){${depth}}(${folders.join('|')})/`,
  message,
});
/** Config blocks forbidding, for files under each of `dirs`, imports into `folders` (plus `extra(depth)`). */
function layer(dirs, folders, extra = () => []) {
  return Array.from({ length: MAX_DEPTH }, (_, i) => i + 1).map((depth) => ({
    files: dirs.flatMap((dir) => [`src/${dir}/${'*/'.repeat(depth - 1)}*`]),
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...(folders.length > 0 ? [into(depth, folders)] : []), ...extra(depth)] },
      ],
    },
  }));
}
const layers = [
  ...layer(['config', 'i18n'], ['schemas', 'lib', ...AFTER_LIB]),
  // The official district list (src/lib/districts.ts) is reference data the district schema checks keys against.
  ...layer(['schemas'], [...AFTER_LIB, 'lib/(?!districts\\.ts$)']),
  ...layer(['lib'], AFTER_LIB),
  // After the lib blocks, so that it replaces them for src/lib/og (a later block's rule options win).
  ...layer(['lib/og'], [], (depth) => [
    into(depth + 1, AFTER_LIB),
    into(depth, ['seo'], 'src/lib/seo uses src/lib/og (social images), so og may not import seo: no import cycle.'),
  ]),
  ...layer(['components', 'layouts'], ['pages']),
];

/**
 * The newsletter server and the scripts the systemd units run must work after `npm install --omit=dev`
 * (tests/production/omitDev.test.ts proves it end to end): their files may not import a devDependency.
 * src/lib/submissions/draft.ts is loaded only by `npm run submissions -- accept`, on a full install.
 */
const { devDependencies } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const NO_DEV = {
  regex: `^(${Object.keys(devDependencies)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|')})(/.*)?$`,
  message: 'The server and the scripts it runs must work after npm install --omit=dev: use a dependency.',
};
const runtime = [
  {
    files: ['src/server/**/*.ts', 'scripts/newsletter-*.ts', 'scripts/digest.ts', 'scripts/submissions.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_DEV] }] },
  },
  {
    files: ['src/lib/newsletter/*.ts', 'src/lib/submissions/*.ts'],
    ignores: ['**/*.test.ts', 'src/lib/submissions/draft.ts'],
    // These files are in the lib layer too: its rule is repeated here, since this block replaces it.
    rules: { 'no-restricted-imports': ['error', { patterns: [into(2, AFTER_LIB), NO_DEV] }] },
  },
];

export default [
  {
    ignores: [
      'dist/',
      '**/.*.building-*/',
      '**/.*.previous-*/',
      '.astro/',
      '.cache/',
      'node_modules/',
      'bench-out/',
      'var/',
      'preview/',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layers,
  ...runtime,
];
