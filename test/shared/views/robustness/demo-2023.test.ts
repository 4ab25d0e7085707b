import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseClusterDocument } from '../../../../shared/interchange/cluster-document';
import { evaluateYear } from '../../../../shared/engine/evaluate-year';
import type { Year } from '../../../../shared/model/year';
import { analyseRobustness } from '../../../../shared/views/robustness/robustness';
import { robustnessView } from '../../../../shared/views/robustness-view';

const TEXT = readFileSync(new URL('../../../../shared/demo/trung-du-mien-nui-phia-bac.json', import.meta.url), 'utf8');
const parsed = parseClusterDocument(TEXT);
if (!parsed.ok) throw new Error(parsed.error.message);
const doc = parsed.doc;
const year2023 = doc.years.find((y) => y.year === 2023) as Year;
const P = (name: string): string => `Ủy ban MTTQ Việt Nam tỉnh ${name}`;

function viewOf(year: Year, delta: number) {
  const evaluation = evaluateYear(year, doc);
  return robustnessView(analyseRobustness(year, evaluation, delta), evaluation);
}

describe('robustness of the demo year 2023 (7 members, 21 graded criteria)', () => {
  it('at ±0,25 per score: the comprehensive flag is robust, the excellence flag is not, with the move that changes it', () => {
    const v = viewOf(year2023, 25);
    expect(v.deltaText).toBe('0,25');
    expect(v.boundaries.map((b) => [b.tierName, b.stateText])).toEqual([
      ['Cờ thi đua xuất sắc toàn diện', 'Vững'],
      ['Cờ thi đua xuất sắc', 'Trong phạm vi sai số'],
      ['Bằng khen của Ủy ban Trung ương MTTQ Việt Nam', 'Phụ thuộc hình thức trên'],
    ]);
    expect(v.boundaries[1]?.witnessText).toBe(
      `Nếu mọi điểm chấm của ${P('Bắc Kạn')} thấp đi 0,25 điểm và mọi điểm chấm của ${P('Bắc Giang')} cao lên 0,25 điểm thì Cờ thi đua xuất sắc: đề nghị ${P('Bắc Giang')}.`,
    );
    expect(v.boundaries[2]?.witnessText).toBe('Danh sách thay đổi khi ranh giới của hình thức trên thay đổi (như ví dụ ở trên).');
    expect(v.summary).toBe('Nếu mỗi điểm chấm sai lệch tối đa ±0,25 điểm, đề nghị khen thưởng vững: Cờ thi đua xuất sắc toàn diện; có thể thay đổi: Cờ thi đua xuất sắc.');
    expect(v.ranges.map((r) => r.rangeText)).toEqual(['1', '2–6', '2–6', '2–7', '2–7', '2–7', '4–7']);
    expect(v.ranges[1]?.totalsText).toBe('75,55 – 80,80');
  });

  it('explains the pairs: 7,70 points no single score can close, 2,01 points closed by one score of 4 points', () => {
    const [first, second] = viewOf(year2023, 25).pairs;
    expect(first?.scoreText).toBeNull();
    expect(first?.decidingText).toBe('III.3 (+3,86), III.2 (+3,50), III.1 (+1,50)');
    expect(second?.gapText).toBe('2,01');
    expect(second?.scoreText).toBe(`2,01 điểm: II.1 của ${P('Bắc Kạn')} 4,00 → 1,99`);
    expect(second?.weightText).toBe('III.2: tối đa 5,00 → 8,14 (+3,14)');
    expect(second?.decidingText).toBe('điểm thưởng (+1,50), V.1 (+1,00)');
  });

  it('with no tolerance nothing moves; with ±0,50 even the comprehensive flag can change', () => {
    const none = viewOf(year2023, 0);
    expect(none.boundaries.map((b) => b.state)).toEqual(['robust', 'robust', 'robust']);
    expect(none.ranges.every((r) => r.fixed)).toBe(true);
    expect(viewOf(year2023, 50).boundaries[0]?.state).toBe('withinDelta');
  });

  it('a close year: Phú Thọ 0,20 ahead is swapped by a single score of 0,21, within ±0,25', () => {
    const close: Year = {
      ...year2023,
      scores: year2023.scores.map((s) =>
        s.unitId === 'u-phu-tho' && s.criterionId === 'c-II.1' ? { ...s, reviewed: 0 } : s.unitId === 'u-phu-tho' && s.criterionId === 'c-II.4' ? { ...s, reviewed: 50 } : s,
      ),
    };
    const v = viewOf(close, 25);
    expect(v.pairs[0]?.gapText).toBe('0,20');
    expect(v.pairs[0]?.withinDelta).toBe(true);
    expect(v.pairs[0]?.scoreText?.startsWith('0,21 điểm: ')).toBe(true);
    expect(v.boundaries[0]?.stateText).toBe('Trong phạm vi sai số');
  });
});

describe('robustness view: a tier reached between a member’s extremes', () => {
  it('names the total the member would need, and that no score moves by more than δ', () => {
    // Certificates only from 88 % of the maximum (79,20 of 90,00): nobody left qualifies; Bắc Giang (78,79) would
    // with 0,41 more, which ±0,25 on its 21 scores allows.
    const year: Year = {
      ...year2023,
      ruleSet: {
        ...year2023.ruleSet,
        awardTiers: year2023.ruleSet.awardTiers.map((t) => (t.id === 'tier-certificate' ? { ...t, minSharePercent: 88 } : t)),
      },
    };
    const certificate = viewOf(year, 25).boundaries[2];
    expect(certificate?.stateText).toBe('Trong phạm vi sai số');
    expect(certificate?.witnessText).toBe(
      `Nếu tổng điểm của ${P('Bắc Giang')} tăng 0,41 điểm (mỗi điểm chấm đổi không quá 0,25 điểm) thì Bằng khen của Ủy ban Trung ương MTTQ Việt Nam: đề nghị ${P('Bắc Giang')}.`,
    );
  });
});
