import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/**
 * What ships. The registry's audit service is not reachable from here, so the known problems
 * are pinned down by tests: SheetJS must be at least 0.20.2, the first release with both CVE fixes
 * (CVE-2023-30533 prototype pollution on read, fixed in 0.19.3; CVE-2024-22363 ReDoS, fixed in 0.20.2).
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

function atLeast(version: string, minimum: string): boolean {
  const a = version.split('.').map(Number);
  const b = minimum.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

describe('shipped dependencies', () => {
  test('the installed SheetJS is 0.20.2 or newer (both CVE fixes)', async () => {
    // Read from disk: the package's "exports" map does not expose its package.json.
    const installed = (JSON.parse(readFileSync('node_modules/xlsx/package.json', 'utf8')) as { version: string }).version;
    expect(atLeast(installed, '0.20.2')).toBe(true);
    const XLSX = await import('xlsx');
    expect(atLeast(XLSX.version, '0.20.2')).toBe(true);
  });

  test('SheetJS comes from the CVE-fixed republish, pinned', () => {
    expect(pkg.dependencies.xlsx).toBe('npm:@e965/xlsx@0.20.3');
  });

  test('every dependency is pinned to an exact version', () => {
    const ranges = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(([, v]) => /[\^~*><]|latest/.test(v));
    expect(ranges).toEqual([]);
  });

  test('version comparison is numeric, not textual', () => {
    expect(atLeast('0.20.10', '0.20.2')).toBe(true);
    expect(atLeast('0.18.5', '0.20.2')).toBe(false);
    expect(atLeast('0.20.1', '0.20.2')).toBe(false);
  });
});
