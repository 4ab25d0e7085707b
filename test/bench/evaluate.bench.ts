/**
 * Speed of the engine (figures reported, not timed tests): full evaluation of one year with 34 members × 150
 * criteria and with 1,000 × 150 (target ≤ 100 ms), and of a 34 × 150 year scored by its members (160.000 peer scores,
 * evaluated in full when such a year is first opened); the update after one score edit
 * (shared/engine/live-evaluation.ts) on the same years; parse + validate of a 10 MB cluster file ≤ 500 ms.
 * Run: npx vitest bench --run test/bench/evaluate.bench.ts
 */
import { bench, describe } from 'vitest';
import { evaluateYear } from '../../shared/engine/evaluate-year';
import { parseClusterDocument, serializeClusterDocument } from '../../shared/interchange/cluster-document';
import type { Year } from '../../shared/model/year';
import { docOf, peerScored, syntheticYear } from '../shared/year-builder';
import { typingSession } from './typing-session';

const small = syntheticYear(34, 150, 1);
const smallDoc = docOf([small.year], small.unitIds);
const large = syntheticYear(1000, 150, 2);
const largeDoc = docOf([large.year], large.unitIds);
const peer = peerScored(syntheticYear(34, 150, 3).year);
const peerDoc = docOf([peer], small.unitIds);

// A 10 MB file: many years of a 34-member cluster with a full 150-criterion table each.
const years: Year[] = [];
let text = '';
for (let y = 1990; text.length < 10 * 1024 * 1024; y += 1) {
  years.push(syntheticYear(34, 150, y, y).year);
  if (years.length % 4 === 0) text = serializeClusterDocument(docOf(years, small.unitIds));
}
text = serializeClusterDocument(docOf(years, small.unitIds));
console.log(`cluster file: ${(text.length / 1024 / 1024).toFixed(1)} MB, ${years.length} years`);

describe('evaluateYear (totals, ranking, proposals, explain)', () => {
  bench('34 members × 150 criteria', () => {
    evaluateYear(small.year, smallDoc);
  });
  bench('1000 members × 150 criteria', () => {
    evaluateYear(large.year, largeDoc);
  }, { iterations: 20 });
  bench('34 members × 150 criteria, peer-scored', () => {
    evaluateYear(peer, peerDoc);
  }, { iterations: 20 });
});

describe('one score edit: the edit and the live update (re-rank, proposals, explanations)', () => {
  bench('34 members × 150 criteria', typingSession(small.year, smallDoc));
  bench('1000 members × 150 criteria', typingSession(large.year, largeDoc), { iterations: 50 });
});

describe('format', () => {
  bench('parse + validate a 10 MB cluster file', () => {
    const r = parseClusterDocument(text);
    if (!r.ok) throw new Error(r.error.message);
  }, { iterations: 10 });
});
