import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';
import { TIMEOUT } from '../timeouts';

/**
 * The layer rules of CONTRIBUTING.md are lint rules; these cases prove a wrong import really fails `npm test`
 * (and that a right one does not), using the project's own eslint.config.js.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// Runs ESLint in this process: the first lint loads the config, typescript-eslint and its parser (seconds on a busy
// machine), so the suite carries the tooling limit rather than vitest's 5 s default.
describe('layer boundaries', { timeout: TIMEOUT.tooling }, () => {
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
  ])('%s: %s is refused', async (file, code) => {
    expect(await restrictedImports(file, code)).toHaveLength(1);
  });

  test.each([
    ['renderer/x.ts', "import { sortByName } from '../shared/names';\nexport const a = sortByName;\n"],
    ['electron/x.ts', "import { CONTENT_SECURITY_POLICY } from '../shared/csp';\nexport const a = CONTENT_SECURITY_POLICY;\n"],
    ['shared/x.ts', "import { z } from 'zod';\nexport const a = z;\n"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
