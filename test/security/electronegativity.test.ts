import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { TIMEOUT } from '../timeouts';

/**
 * Doyensec's Electronegativity, a static scanner of Electron apps. It is in maintenance mode,
 * always exits 0 and misses things, so: its SARIF output is read, any HIGH-severity finding fails the test, and the
 * project's own tests (test/electron/*, test/security/hardening.test.ts) remain the real guard.
 *
 * CSP_GLOBAL_CHECK (check name CSPGlobalCheck) is excluded for the sources: the policy lives in shared/platform/csp.ts, which the scanner does not
 * connect to electron/; the policy itself is checked on the built page and on the app:// protocol's responses.
 */
const run = promisify(execFile);
const SCANNER = 'node_modules/@doyensec/electronegativity/dist/index.js';
/** Keeps the scanner off the network (it fetches translations at start); see the file. */
const OFFLINE = './test/security/fixtures/offline.cjs';

interface Sarif {
  runs: { results: { ruleId: string; level: string; locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] }[] }[];
}

async function highFindings(input: string, exclude: string[] = []): Promise<string[]> {
  const out = join(mkdtempSync(join(tmpdir(), 'eneg-')), 'result.sarif');
  const args = ['--require', OFFLINE, SCANNER, '-i', input, '-s', 'high', '-e', '45.5.0', '-r', '-o', out];
  // AvailableSecurityFixesGlobalCheck needs Electron's release list from the internet: not here, and not in tests.
  args.push('-x', [...exclude, 'AvailableSecurityFixesGlobalCheck'].join(','));
  // Killed a little before the test's own limit, so a hang fails with the scanner named rather than a bare timeout.
  await run(process.execPath, args, { timeout: TIMEOUT.process - 15_000 });
  const sarif = JSON.parse(readFileSync(out, 'utf8')) as Sarif;
  // 'note' marks findings the tool itself says need manual review; 'warning' is a finding.
  return (sarif.runs[0]?.results ?? [])
    .filter((r) => r.level === 'warning')
    .map((r) => `${r.ruleId} ${r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''}`.trim());
}

// Each test starts the scanner as a process (it parses every source file with Babel and TypeScript).
describe('Electronegativity', { timeout: TIMEOUT.process }, () => {
  test('finds no high-severity problem in electron/', async () => {
    expect(await highFindings('electron', ['CSPGlobalCheck'])).toEqual([]);
  });

  test('does flag a deliberately insecure main file (so this check can fail)', async () => {
    const found = await highFindings('test/security/fixtures/insecure-app', ['CSPGlobalCheck']);
    expect(found.map((f) => f.split(' ')[0])).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']),
    );
  });
});
