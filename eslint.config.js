// ESLint flat config: TypeScript and Astro files, zero warnings tolerated (`--max-warnings 0`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

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
];
