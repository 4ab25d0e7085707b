/**
 * Speed of the engine (figures reported, not timed tests): full evaluation of one year with 34 members × 150
 * criteria and with 1,000 × 150 (target ≤ 100 ms); the update after one score edit (shared/engine/live-evaluation.ts)
 * on the same years; parse + validate of a 10 MB cluster file ≤ 500 ms.
 * Run: npx vitest bench --run test/bench/evaluate.bench.ts
 */
import { bench, describe } from 'vitest';
import { evaluateYear } from '../../shared/engine/evaluate-year';
import { evaluateLive, updateLive } from '../../shared/engine/live-evaluation';
import { setScore } from '../../shared/edits/scores';
import { parseClusterDocument, serializeClusterDocument } from '../../shared/interchange/cluster-document';
import type { Year } from '../../shared/model/year';
import { docOf, syntheticYear } from '../shared/year-builder';

const small = syntheticYear(34, 150, 1);
const smallDoc = docOf([small.year], small.unitIds);
const large = syntheticYear(1000, 150, 2);
const largeDoc = docOf([large.year], large.unitIds);

// A 10 MB file: many years of a 34-member cluster with a full 150-criterion table each.
const years: Year[] = [];
let text = '';
for (let y = 1990; text.length < 10 * 1024 * 1024; y += 1) {
  years.push(syntheticYear(34, 150, y, y).year);
  if (years.length % 4 === 0) text = serializeClusterDocument(docOf(years, small.unitIds));
}
text = serializeClusterDocument(docOf(years, small.unitIds));
console.log(`cluster file: ${(text.length / 1024 / 1024).toFixed(1)} MB, ${years.length} years`);

/** One reviewed score typed after another, down the members, as in the grid; each edit updates the live evaluation. */
function typing(year: Year, cluster: typeof smallDoc) {
  const graded = year.sections.flatMap((s) => s.criteria).filter((c) => c.kind === 'graded');
  let live = evaluateLive(year, cluster);
  let k = 0;
  return () => {
    const unitId = year.memberIds[k % year.memberIds.length] ?? '';
    const c = graded[Math.floor(k / year.memberIds.length) % graded.length];
    k += 1;
    const next = setScore(live.year, { kind: 'reviewed', unitId, criterionId: c?.id ?? '' }, (k * 7) % ((c?.kind === 'graded' ? c.max : 0) + 1), { names: new Map() });
    if (!next.ok) throw new Error(next.message);
    live = updateLive(live, next.value, cluster);
  };
}

describe('evaluateYear (totals, ranking, proposals, explain)', () => {
  bench('34 members × 150 criteria', () => {
    evaluateYear(small.year, smallDoc);
  });
  bench('1000 members × 150 criteria', () => {
    evaluateYear(large.year, largeDoc);
  }, { iterations: 20 });
});

describe('one score edit: the edit and the live update (re-rank, proposals, explanations)', () => {
  bench('34 members × 150 criteria', typing(small.year, smallDoc));
  bench('1000 members × 150 criteria', typing(large.year, largeDoc), { iterations: 50 });
});

describe('format', () => {
  bench('parse + validate a 10 MB cluster file', () => {
    const r = parseClusterDocument(text);
    if (!r.ok) throw new Error(r.error.message);
  }, { iterations: 10 });
});
