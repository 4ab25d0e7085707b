import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateYear } from '../../../shared/engine/evaluate-year';
import { explanationView } from '../../../shared/views/explanation-view';
import { parseClusterDocument } from '../../../shared/interchange/cluster-document';

const parsed = parseClusterDocument(readFileSync(new URL('../../../shared/demo/trung-du-mien-nui-phia-bac.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error(parsed.error.message);
const doc = parsed.doc;
const evaluation = evaluateYear(doc.years.find((y) => y.year === 2023)!, doc);

describe('explanation panel of the demo 2023', () => {
  it('gives Bắc Kạn its gap to Phú Thọ and where it came from, adding up exactly', () => {
    const view = explanationView(evaluation, 'u-bac-kan')!;
    expect([view.unitName, view.rank, view.totalText, view.maxText, view.shareText]).toEqual([
      'Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn',
      2,
      '80,80',
      '90,00',
      '89,78 %',
    ]);
    expect(view.above).toMatchObject({ unitName: 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ', totalText: '88,50', gapText: '7,70', decidedText: 'hơn về tổng điểm' });
    expect(view.above?.bySection.map((s) => [s.code, s.diffText])).toEqual([
      ['III', '+8,86'],
      ['IV', '+1,59'],
      ['I', '−0,50'],
      ['II', '−0,50'],
      ['VI', '−0,50'],
      ['V', '−0,75'],
    ]);
    expect(view.above?.bonusDiffText).toBe('−0,50');
    const sum = (view.above?.bySection ?? []).reduce((s, x) => s + x.diff, 0) - 50;
    expect(sum).toBe(view.above?.gap);
  });

  it('lists points lost per section and the criteria below their maximum', () => {
    const view = explanationView(evaluation, 'u-bac-kan')!;
    expect(view.lostTotalText).toBe('10,70');
    const iii = view.sections.find((s) => s.code === 'III')!;
    expect([iii.maxText, iii.coreText, iii.lostText, iii.penaltyText]).toEqual(['15,00', '6,14', '8,86', null]);
    expect(iii.criteriaBelowMax).toEqual(['III.1 (−1,50)', 'III.2 (−3,50)', 'III.3 (−3,86)']);
    expect(view.sections.find((s) => s.code === 'I')?.criteriaBelowMax).toEqual([]);
  });

  it('has no member above the first, and nothing for a unit that is not ranked', () => {
    expect(explanationView(evaluation, 'u-phu-tho')?.above).toBeNull();
    expect(explanationView(evaluation, 'u-lao-cai')).toBeNull();
  });
});
