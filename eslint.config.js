// Lint is where the layer rules live (STYLE.md, "Layers enforced by lint, not memory"):
// a wrong import between shared/, renderer/ and electron/ fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const layer = (paths, patterns) => ({ paths, patterns });

const sharedIsPure = layer(
  ['react', 'react-dom', 'dexie', 'electron', 'zustand', 'fs', 'node:fs', 'path', 'node:path'],
  [
    { group: ['react/*', 'react-dom/*', 'dexie/*', 'zustand/*', 'electron/*'], message: 'shared/ là logic thuần: không React, Dexie, Electron, zustand.' },
    { group: ['**/renderer/**', '**/electron/**', '../renderer', '../electron'], message: 'shared/ không được import renderer/ hay electron/.' },
  ],
);
const rendererStaysInBrowser = layer(
  ['electron', 'fs', 'node:fs', 'path', 'node:path', 'child_process', 'node:child_process'],
  [{ group: ['**/electron/**'], message: 'renderer/ chỉ gọi hệ điều hành qua preload API (shared/ipc.ts).' }],
);
const electronNeverImportsUi = layer(
  ['react', 'react-dom', 'dexie', 'zustand'],
  [{ group: ['**/renderer/**'], message: 'electron/ không được import renderer/.' }],
);

const restrict = ({ paths, patterns }) => ({
  'no-restricted-imports': [
    'error',
    { paths: paths.map((name) => ({ name, message: `Không được import "${name}" ở tầng này (xem CONTRIBUTING.md).` })), patterns },
  ],
});

export default tseslint.config(
  // The insecure-app fixture is deliberately insecure Electron code for the scanner test to find.
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'docs/**', 'test/security/fixtures/insecure-app/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['shared/**/*.ts'], rules: restrict(sharedIsPure) },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, ...restrict(rendererStaysInBrowser) },
  },
  { files: ['electron/**/*.ts'], languageOptions: { globals: globals.node }, rules: restrict(electronNeverImportsUi) },
  {
    files: ['tools/**/*.{ts,mjs}', 'build/**/*.mjs', 'test/**/*.{ts,tsx,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['build/**/*.cjs', 'test/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
