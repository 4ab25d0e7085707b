#!/usr/bin/env node
// `npm test`: every check in one command and one summary (typecheck, lint with zero warnings,
// unit tests, e2e tests in Chromium). The last line is "N passed, N failed" so CI can read it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

const REPORT = 'test-results/vitest.json';
mkdirSync('test-results', { recursive: true });

const steps = [
  { name: 'typecheck (node side)', cmd: ['npx', 'tsc', '-p', 'tsconfig.node.json', '--noEmit'] },
  { name: 'typecheck (web side)', cmd: ['npx', 'tsc', '-p', 'tsconfig.web.json', '--noEmit'] },
  { name: 'lint', cmd: ['npx', 'eslint', '.', '--max-warnings', '0'] },
  {
    name: 'unit + e2e tests',
    cmd: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`],
  },
];

const results = [];
for (const step of steps) {
  const started = Date.now();
  console.log(`\n▶ ${step.name}: ${step.cmd.join(' ')}`);
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit', env: process.env });
  results.push({ name: step.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}

let passed = 0;
let failed = 0;
let skipped = 0;
const byProject = new Map();
if (existsSync(REPORT)) {
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (const file of report.testResults ?? []) {
    const project = file.name.includes('/test/e2e/') ? 'e2e' : 'unit';
    const counts = byProject.get(project) ?? { passed: 0, failed: 0 };
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'passed') counts.passed++;
      else if (t.status === 'failed') counts.failed++;
    }
    byProject.set(project, counts);
  }
}

console.log('\n──────── Tóm tắt / Summary ────────');
for (const r of results) console.log(`${r.ok ? '✔' : '✘'} ${r.name.padEnd(24)} ${r.seconds.toFixed(1)} s`);
for (const [project, c] of byProject) console.log(`  ${project.padEnd(6)} ${c.passed} passed, ${c.failed} failed`);
const stepFailures = results.filter((r) => !r.ok).length;
// A failed typecheck or lint step counts as a failure, and so does a test run that failed without
// a failing test (e.g. a crash in global setup), so the closing line never reads green by mistake.
const checkFailures = results.slice(0, -1).filter((r) => !r.ok).length;
const crashedRun = !results.at(-1).ok && failed === 0 ? 1 : 0;
const totalFailed = failed + checkFailures + crashedRun;
console.log(skipped > 0 ? `${passed} passed, ${totalFailed} failed, ${skipped} skipped` : `${passed} passed, ${totalFailed} failed`);
process.exit(stepFailures === 0 ? 0 : 1);
