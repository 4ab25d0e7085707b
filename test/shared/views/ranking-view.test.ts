import { describe, expect, it } from 'vitest';
import { evaluateYear } from '../../../shared/engine/evaluate-year';
import type { Criterion } from '../../../shared/model/criteria';
import type { Year } from '../../../shared/model/year';
import { compareRankings, formatShare, formatSignedPoints, pointsCounted, rankingRows, shareOfMax, sortedIssues } from '../../../shared/views/ranking-view';
import type { ValidationIssue } from '../../../shared/engine/validation';
import { docOf, gradedSection, makeYear, reviewedScores } from '../year-builder';

const extras: Criterion[] = [
  { id: 'th', code: 'T', name: 'Điểm thưởng', kind: 'bonus' },
  { id: 'tr', code: 'TR', name: 'Điểm trừ', kind: 'penalty' },
];

function yearWith(points: Record<string, readonly number[]>, adjust: Year['adjustments'] = [], more: Partial<Year> = {}): Year {
  const memberIds = Object.keys(points);
  const year = makeYear({ memberIds, sections: [gradedSection('I', [1000, 500], extras)], adjustments: adjust, ...more });
  year.scores = reviewedScores(year, points);
  return year;
}

const bonus = (unitId: string, points: number) => ({ id: `th-${unitId}`, unitId, criterionId: 'th', points, reason: 'Sáng kiến' });
const penalty = (unitId: string, points: number) => ({ id: `tr-${unitId}`, unitId, criterionId: 'tr', points, reason: 'Chậm báo cáo' });

const rowsOf = (year: Year) => rankingRows(evaluateYear(year, docOf([year], year.memberIds)));
const summary = (year: Year) => rowsOf(year).map((r) => [r.unitId, r.rank, r.tied, r.decidedAboveText]);

describe('ranking view: share of the maximum', () => {
  it('is rounded half-up to hundredths of a percent in integers and shown the Vietnamese way', () => {
    expect(shareOfMax(8850, 9000)).toBe(9833);
    expect(formatShare(8850, 9000)).toBe('98,33 %');
    expect(formatShare(1, 3)).toBe('33,33 %');
    expect(formatShare(2, 3)).toBe('66,67 %');
    expect(formatShare(9000, 9000)).toBe('100 %');
    expect(formatShare(8820, 9000)).toBe('98 %');
    expect(formatShare(8604, 9000)).toBe('95,6 %');
  });

  it('goes above 100 % when bonus points push a total past the maximum, and the row says so', () => {
    const year = yearWith({ a: [1000, 500], b: [900, 500] }, [bonus('a', 500)], { ruleSet: { ...makeYear().ruleSet, bonusCap: 1000 } });
    const [first, second] = rowsOf(year);
    expect([first?.totalText, first?.maxText, first?.shareText, first?.overMax]).toEqual(['20,00', '15,00', '133,33 %', true]);
    expect([second?.shareText, second?.overMax]).toEqual(['93,33 %', false]);
  });

  it('has no share without a maximum', () => {
    expect(shareOfMax(500, 0)).toBeNull();
    expect(formatShare(500, 0)).toBe('—');
  });

  it('signs differences with a true minus sign', () => {
    expect([formatSignedPoints(250), formatSignedPoints(-30), formatSignedPoints(0)]).toEqual(['+2,50', '−0,30', '0,00']);
  });
});

describe('ranking view: what separated each adjacent pair, in Vietnamese', () => {
  it('names the total when the totals differ', () => {
    expect(summary(yearWith({ a: [900, 500], b: [1000, 500] }))).toEqual([
      ['b', 1, false, null],
      ['a', 2, false, 'hơn về tổng điểm'],
    ]);
  });

  it('names the sum of criteria points when a bonus made the totals equal', () => {
    expect(summary(yearWith({ a: [1000, 400], b: [1000, 500] }, [bonus('a', 100)]))).toEqual([
      ['b', 1, false, null],
      ['a', 2, false, 'hơn về tổng điểm tiêu chí'],
    ]);
  });

  it('names fewer penalty points when the criteria points are equal too', () => {
    expect(summary(yearWith({ a: [900, 500], b: [900, 500] }, [bonus('a', 50), penalty('a', 50)]))).toEqual([
      ['b', 1, false, null],
      ['a', 2, false, 'ít điểm trừ hơn'],
    ]);
  });

  it('marks members still equal as tied (đồng hạng) sharing the rank, then names more full marks', () => {
    expect(summary(yearWith({ a: [1000, 400], b: [900, 500], c: [950, 450] }))).toEqual([
      ['a', 1, true, null],
      ['b', 1, true, 'đồng hạng'],
      ['c', 3, false, 'nhiều tiêu chí đạt điểm tối đa hơn'],
    ]);
  });

  it('names the order the cluster voted for inside a tie', () => {
    const year = yearWith({ a: [1000, 400], b: [900, 500] }, [], { tieResolutions: [{ scope: 'ranking', order: ['b', 'a'] }] });
    expect(summary(year)).toEqual([
      ['b', 1, false, null],
      ['a', 2, false, 'theo thứ tự cụm biểu quyết'],
    ]);
  });

  it('takes other labels (English) without changing the figures', () => {
    const year = yearWith({ a: [1000, 400], b: [900, 500] });
    const labels = { total: 'higher total', coreSum: 'c', fewerPenalties: 'p', moreFullMarks: 'f', resolution: 'r', tied: 'tied' };
    expect(rankingRows(evaluateYear(year, docOf([year], ['a', 'b'])), labels).map((r) => r.decidedAboveText)).toEqual([null, 'tied']);
  });
});

describe('ranking view: not yet reviewed, issues, what-if comparison', () => {
  it('flags a total that still counts self scores (chưa thẩm định) with how many criteria', () => {
    const year = yearWith({ a: [1000, 500] });
    year.memberIds = ['a', 'b'];
    year.scores = [...year.scores, { unitId: 'b', criterionId: 'I.1', self: 800 }, { unitId: 'b', criterionId: 'I.2', self: 400, reviewed: 300 }];
    const rows = rowsOf(year);
    expect(rows.map((r) => [r.unitId, r.reviewed, r.unreviewedCount, r.totalText])).toEqual([
      ['a', true, 0, '15,00'],
      ['b', false, 1, '11,00'],
    ]);
  });

  it('lists errors before warnings, keeping their order', () => {
    const issue = (severity: 'error' | 'warning', message: string): ValidationIssue => ({ severity, code: 'aboveMax', message, path: [] });
    expect(sortedIssues([issue('warning', 'w1'), issue('error', 'e1'), issue('warning', 'w2'), issue('error', 'e2')]).map((i) => i.message)).toEqual([
      'e1',
      'e2',
      'w1',
      'w2',
    ]);
  });

  it('finds the points a criterion counts for now (self while not reviewed), or null', () => {
    const year = yearWith({ a: [1000, 500] });
    year.memberIds = ['a', 'b'];
    year.scores = [...year.scores, { unitId: 'b', criterionId: 'I.1', self: 800 }];
    const evaluation = evaluateYear(year, docOf([year], ['a', 'b']));
    expect([pointsCounted(evaluation, 'a', 'I.2'), pointsCounted(evaluation, 'b', 'I.1'), pointsCounted(evaluation, 'b', 'I.2')]).toEqual([500, 800, 0]);
    expect([pointsCounted(evaluation, 'z', 'I.1'), pointsCounted(evaluation, 'a', 'nope')]).toEqual([null, null]);
  });

  it('puts the scratch ranking beside the record: places gained or lost and the change of total', () => {
    const record = yearWith({ a: [1000, 500], b: [900, 450], c: [800, 400] });
    const scratch = yearWith({ a: [1000, 500], b: [900, 450], c: [1000, 500] });
    const doc = docOf([record], record.memberIds);
    const shifts = compareRankings(evaluateYear(record, doc), evaluateYear(scratch, doc));
    expect(shifts.map((s) => [s.unitId, s.currentRank, s.scratchRank, s.moveText, s.totalDiffText, s.scratchTied])).toEqual([
      ['a', 1, 1, '', '', true],
      ['c', 3, 1, '▲ 2', '+3,00', true],
      ['b', 2, 3, '▼ 1', '', false],
    ]);
  });
});
