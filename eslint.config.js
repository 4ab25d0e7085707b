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

const restrict = ({ paths, patterns }, rooms = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message: `Không được import "${name}" ở tầng này (xem CONTRIBUTING.md).` })),
      patterns: [...patterns, ...rooms],
    },
  ],
});

/**
 * Layers inside the layers (docs/architecture.md, "Layer rules"), like VS Code's code-import-patterns: a relative import
 * that climbs out of a room into a room it may not use is refused. `forbidden` lists the rooms, `why` says the rule.
 */
const noRooms = (forbidden, why) => ({ regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`, message: why });

// shared/: base and platform ← model ← presets ← engine ← edits ← views ← interchange, excel, documents, grid.
const SHARED_ROOMS = ['base', 'platform', 'model', 'presets', 'engine', 'edits', 'views', 'interchange', 'excel', 'documents', 'grid'];
const SHARED_RANK = { base: 0, platform: 0, model: 1, presets: 2, engine: 3, edits: 4, views: 5, interchange: 6, excel: 6, documents: 6, grid: 6 };
const sharedRoomRules = SHARED_ROOMS.map((room) => {
  const above = SHARED_ROOMS.filter((other) => other !== room && SHARED_RANK[other] >= SHARED_RANK[room]);
  return {
    files: [`shared/${room}/**/*.ts`],
    rules: restrict(sharedIsPure, [
      noRooms(above, `shared/${room} không được import ${above.join(', ')} (thứ tự tầng: base ← model ← presets ← engine ← edits ← views ← interchange/excel/documents/grid).`),
    ]),
  };
});

// renderer/: features → components → commands → store → db; i18n and platform depend on none of them.
const rendererRoomRules = [
  {
    files: ['renderer/features/**/*.{ts,tsx}'],
    rooms: [
      noRooms(['db'], 'Tính năng không gọi thẳng cơ sở dữ liệu: ghi qua lệnh (renderer/commands), đọc qua store/loaders.'),
      { regex: '^\\.\\./[^./]', message: 'Một tính năng không import tính năng khác: phần dùng chung đặt ở renderer/components.' },
      noRooms(['features'], 'Một tính năng không import tính năng khác: phần dùng chung đặt ở renderer/components.'),
    ],
  },
  { files: ['renderer/components/**/*.{ts,tsx}'], rooms: [noRooms(['features', 'db', 'app'], 'renderer/components là bộ giao diện dùng chung: không import tính năng hay cơ sở dữ liệu.')] },
  { files: ['renderer/app/**/*.{ts,tsx}', 'renderer/main.tsx'], rooms: [noRooms(['db'], 'Khung ứng dụng không gọi thẳng cơ sở dữ liệu: dùng lệnh hoặc store.'), { regex: '^\\./db(/|$)', message: 'Khung ứng dụng không gọi thẳng cơ sở dữ liệu: dùng lệnh hoặc store.' }] },
  { files: ['renderer/commands/**/*.ts'], rooms: [noRooms(['features', 'components', 'app'], 'Lệnh không phụ thuộc giao diện.')] },
  { files: ['renderer/store/**/*.ts'], rooms: [noRooms(['commands', 'features', 'components', 'app'], 'Store chỉ giữ trạng thái và đọc dữ liệu; việc ghi là lệnh (renderer/commands).')] },
  { files: ['renderer/db/**/*.ts'], rooms: [noRooms(['store', 'commands', 'features', 'components', 'app', 'i18n'], 'renderer/db không phụ thuộc store, lệnh hay giao diện.')] },
  { files: ['renderer/i18n/**/*.ts'], rooms: [noRooms(['store', 'commands', 'features', 'components', 'app', 'db'], 'i18n không phụ thuộc store hay cơ sở dữ liệu.')] },
  { files: ['renderer/platform/**/*.ts'], rooms: [noRooms(['store', 'commands', 'features', 'components', 'app', 'db'], 'renderer/platform chỉ nối với hệ điều hành.')] },
];

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
  ...sharedRoomRules,
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, ...restrict(rendererStaysInBrowser) },
  },
  ...rendererRoomRules.map(({ files, rooms }) => ({ files, rules: restrict(rendererStaysInBrowser, rooms) })),
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
