import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { findCycles } from './import-graph';
import { TIMEOUT } from '../timeouts';

/**
 * No import loops in the product's code (docs/architecture.md, "Layer rules"): a loop makes two modules one in
 * disguise and hides which one owns a change. Imports are read by TypeScript's own parser, type-only ones included.
 */
const ROOTS = ['shared', 'renderer', 'electron', 'tools'];
const EXTENSIONS = ['.ts', '.tsx'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return EXTENSIONS.includes(path.extname(name)) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolveRelative(from: string, spec: string, known: ReadonlySet<string>): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.normalize(path.join(path.dirname(from), spec));
  return [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, `index${e}`))].find((c) => known.has(c));
}

function importGraph(): Map<string, string[]> {
  const files = ROOTS.flatMap((root) => sourceFiles(root));
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      const targets = info.importedFiles.flatMap((ref) => resolveRelative(file, ref.fileName, known) ?? []);
      return [file, [...new Set(targets)]];
    }),
  );
}

describe('import cycles', () => {
  // Parses every source file with the TypeScript compiler in this process: loading the tool and the tree dominates.
  test('the source tree has none', { timeout: TIMEOUT.tooling }, () => {
    expect(findCycles(importGraph()).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  test('a loop is found, whatever its length', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['d']],
      ['e', ['a']],
    ]);
    expect(findCycles(graph)).toEqual([
      ['a', 'b', 'c', 'a'],
      ['d', 'd'],
    ]);
  });
});
