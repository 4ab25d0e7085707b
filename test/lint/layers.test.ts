import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';
import { TIMEOUT } from '../timeouts';

/**
 * The layer rules (docs/architecture.md, "Layer rules") are lint rules; these cases prove a wrong import really fails
 * `npm test` (and that a right one does not), using the project's own eslint.config.js. ESLint loads the whole
 * TypeScript config on first use, which takes seconds on a busy machine: hence the explicit timeouts.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const use = (spec: string) => `import { a } from '${spec}';\nexport const b = a;\n`;

// Runs ESLint in this process: the first lint loads the config, typescript-eslint and its parser (seconds on a busy
// machine), so every case carries the tooling limit rather than vitest's 5 s default.
describe('layer boundaries between shared/, renderer/ and electron/', () => {
  test.each([
    ['shared/x.ts', "import React from 'react';\nexport const a = React;\n"],
    ['shared/x.ts', "import Dexie from 'dexie';\nexport const a = Dexie;\n"],
    ['shared/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['shared/x.ts', "import { create } from 'zustand';\nexport const a = create;\n"],
    ['shared/x.ts', "import { appDatabase } from '../renderer/db/database';\nexport const a = appDatabase;\n"],
    ['shared/model/x.ts', "import { registerIpcHandlers } from '../../electron/ipc-handlers';\nexport const a = registerIpcHandlers;\n"],
    ['renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    ['renderer/features/x.ts', "import { writeFileAtomic } from '../../electron/atomic-write';\nexport const a = writeFileAtomic;\n"],
    ['renderer/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"],
    ['electron/x.ts', "import { useAppStore } from '../renderer/store';\nexport const a = useAppStore;\n"],
    ['electron/x.ts', "import React from 'react';\nexport const a = React;\n"],
  ])('%s: %s is refused', { timeout: TIMEOUT.tooling }, async (file, code) => {
    expect(await restrictedImports(file, code)).toHaveLength(1);
  });

  test.each([
    ['renderer/x.ts', "import { sortByName } from '../shared/base/names';\nexport const a = sortByName;\n"],
    ['electron/x.ts', "import { CONTENT_SECURITY_POLICY } from '../shared/platform/csp';\nexport const a = CONTENT_SECURITY_POLICY;\n"],
    ['shared/x.ts', "import { z } from 'zod';\nexport const a = z;\n"],
  ])('%s: %s is allowed', { timeout: TIMEOUT.tooling }, async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});

describe('rooms inside shared/: base ← model ← presets ← engine ← edits ← views ← interchange/excel/documents/grid', () => {
  test.each([
    ['shared/base/x.ts', '../model/year'],
    ['shared/model/x.ts', '../engine/scoring'],
    ['shared/presets/x.ts', '../engine/evaluate-year'],
    ['shared/engine/x.ts', '../edits/scores'],
    ['shared/engine/x.ts', '../views/ranking-view'],
    ['shared/edits/x.ts', '../views/what-if'],
    ['shared/views/x.ts', '../excel/sheet-model'],
    ['shared/documents/x.ts', '../excel/proposal-sheet'],
    ['shared/excel/x.ts', '../documents/minutes'],
    ['shared/excel/self-assessment/x.ts', '../../grid/cells'],
    ['shared/grid/x.ts', '../interchange/cluster-document'],
  ])('%s importing %s is refused', { timeout: TIMEOUT.tooling }, async (file, spec) => {
    expect(await restrictedImports(file, use(spec))).toHaveLength(1);
  });

  test.each([
    ['shared/engine/x.ts', '../model/year'],
    ['shared/engine/x.ts', './ranking'],
    ['shared/edits/x.ts', '../engine/awards'],
    ['shared/views/x.ts', '../engine/evaluate-year'],
    ['shared/excel/x.ts', '../views/proposal-list'],
    ['shared/excel/self-assessment/x.ts', '../../edits/scores'],
    ['shared/documents/x.ts', '../base/file-names'],
  ])('%s importing %s is allowed', { timeout: TIMEOUT.tooling }, async (file, spec) => {
    expect(await restrictedImports(file, use(spec))).toEqual([]);
  });
});

describe('rooms inside renderer/: features → components → commands → store → db', () => {
  test.each([
    ['renderer/features/grid/x.tsx', '../../db/database'],
    ['renderer/features/grid/x.tsx', '../awards/ProposalsPanel'],
    ['renderer/features/grid/x.tsx', '../../features/awards/ProposalsPanel'],
    ['renderer/components/x.tsx', '../features/grid/ScoreGrid'],
    ['renderer/components/x.tsx', '../db/database'],
    ['renderer/app/x.tsx', '../db/database'],
    ['renderer/main.tsx', './db/database'],
    ['renderer/store/x.ts', '../commands'],
    ['renderer/store/x.ts', '../features/grid/ScoreGrid'],
    ['renderer/db/x.ts', '../store'],
    ['renderer/db/x.ts', '../commands/year-edits'],
    ['renderer/i18n/x.ts', '../store'],
    ['renderer/commands/x.ts', '../features/grid/ScoreGrid'],
    ['renderer/platform/x.ts', '../db/database'],
  ])('%s importing %s is refused', { timeout: TIMEOUT.tooling }, async (file, spec) => {
    expect(await restrictedImports(file, use(spec))).toHaveLength(1);
  });

  test.each([
    ['renderer/features/grid/x.tsx', '../../commands'],
    ['renderer/features/grid/x.tsx', '../../store/loaders'],
    ['renderer/features/grid/x.tsx', '../../components/year-view'],
    ['renderer/features/grid/x.tsx', './GridRow'],
    ['renderer/commands/x.ts', '../db/database'],
    ['renderer/store/x.ts', '../db/year-repo'],
    ['renderer/components/x.tsx', '../commands'],
  ])('%s importing %s is allowed', { timeout: TIMEOUT.tooling }, async (file, spec) => {
    expect(await restrictedImports(file, use(spec))).toEqual([]);
  });
});
