import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A unit test file that does heavy work must name its time limit from test/timeouts.ts (CONTRIBUTING.md, "Time
 * limits: heavy tests declare theirs"): at vitest's 5 s default, a whole-workbook round trip failed once with two
 * `npm test` running at once on the 2-core machine. Heavy work is recognised by what the file imports.
 */
const HEAVY_IMPORTS: readonly [RegExp, string][] = [
  [/\b(editWorkbook|writeWorkbook|templateBytes|loadExcelJs)\b/u, 'writes whole workbooks with ExcelJS'],
  [/from 'fake-indexeddb|import 'fake-indexeddb/u, 'drives Dexie on fake-indexeddb'],
  [/from 'docx'|\bPacker\b/u, 'writes whole .docx documents'],
  [/node:child_process|from 'execa'/u, 'starts processes'],
  [/from '[^']*libreoffice[^']*'/iu, 'prints with LibreOffice'],
];
/** A limit from test/timeouts.ts, or a file's own named constant built from one. */
const NAMES_A_LIMIT = /\bTIMEOUT\.\w+|\b[A-Z_]*TIMEOUT_MS\b/u;

export function missingTimeLimit(source: string): string | undefined {
  if (NAMES_A_LIMIT.test(source)) return undefined;
  return HEAVY_IMPORTS.find(([pattern]) => pattern.test(source))?.[1];
}

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'e2e' || name === 'bench' ? [] : testFiles(path);
    return /\.test\.tsx?$/u.test(name) ? [path] : [];
  });
}

describe('heavy unit tests name their time limit', () => {
  it('every test file that writes workbooks, documents or the database, or starts a process, names one', () => {
    const root = join(__dirname, '..');
    const offenders = testFiles(root).flatMap((file) => {
      const why = missingTimeLimit(readFileSync(file, 'utf8'));
      return why ? [`${relative(root, file)} (${why})`] : [];
    });
    expect(offenders).toEqual([]);
  });

  it('recognises a heavy file without a limit, and accepts one that names it', () => {
    const heavy = "import { editWorkbook } from './template-helpers';\ndescribe('x', () => {});";
    expect(missingTimeLimit(heavy)).toBe('writes whole workbooks with ExcelJS');
    expect(missingTimeLimit(`${heavy}\ndescribe('y', { timeout: TIMEOUT.heavyIo }, () => {});`)).toBeUndefined();
    expect(missingTimeLimit("import { describe } from 'vitest';\ndescribe('plain', () => {});")).toBeUndefined();
  });
});
