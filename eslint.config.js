// Flat config. Deliberately not type-aware: lint stays fast on 2 cores; `tsc` does the type checks.
import { builtinModules } from 'node:module';

import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Only the shell, the two Electron entries and the test mock may touch Electron itself. */
const ELECTRON_ALLOWED = [
  'electron/shell/**',
  'electron/main.ts',
  'electron/preload.ts',
  'tests/setup.ts',
  // Shell tests mirror electron/shell and read the mock from tests/setup.ts.
  'tests/electron/shell/**',
];

const electronImports = [
  { regex: '^electron(/.*)?$', message: "Only electron/shell, main.ts and preload.ts import 'electron'." },
  {
    regex: '^electron-store$',
    message: 'Only electron/shell may use electron-store: it imports electron at load time.',
  },
];

const nodeImports = [
  { regex: '^node:', message: 'shared/ and renderer/ stay pure: no Node built-ins.' },
  {
    regex: `^(${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/.*)?$`,
    message: 'shared/ and renderer/ stay pure: no Node built-ins.',
  },
];

export default defineConfig(
  { ignores: ['out/', 'dist/', 'node_modules/', 'coverage/', 'build/', '.bench-tmp/', 'reports/', '.stryker-tmp/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', ['internal', 'parent', 'sibling', 'index']],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
      'no-restricted-imports': ['error', { patterns: electronImports }],
    },
  },
  {
    files: ['shared/**', 'renderer/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...electronImports, ...nodeImports] }] },
  },
  {
    files: ELECTRON_ALLOWED,
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // electron-builder require()s its hooks: scripts/*.cjs are CommonJS run by Node.
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Logging goes through createLogger (electron/engine/logger.ts).
    files: ['electron/**'],
    rules: { 'no-console': 'error' },
  },
);
