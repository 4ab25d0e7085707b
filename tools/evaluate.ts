/**
 * npm run evaluate -- <file.json> [--year YYYY] [--json]
 *
 * The command-line entry: wires `runEvaluate` (tools/evaluate/run-evaluate.ts, where the logic and its contract are
 * described) to this process's arguments, output streams, file system and exit code.
 */
import { readFileSync } from 'node:fs';
import { runEvaluate } from './evaluate/run-evaluate';

process.exitCode = runEvaluate(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
});
