import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { runEvaluate } from '../../tools/evaluate/run-evaluate';

export const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * `npm run evaluate -- ...args` run in this process: the same function the command-line entry calls, reading real
 * files (relative paths from the repository root, as `npm run` would), with its output collected.
 */
export function evaluate(...args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runEvaluate(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: (path) => readFileSync(isAbsolute(path) ? path : join(ROOT, path), 'utf8'),
  });
  return { code, stdout, stderr };
}
