import { describe, expect, test } from 'vitest';
import demo from '../../../shared/demo/trung-du-mien-nui-phia-bac.json';
import { parseClusterDocument, type ClusterDocument } from '../../../shared/interchange/cluster-document';
import { maxPointsOf } from '../../../shared/engine/scoring';
import { PROVINCIAL_FRONT_PRESET } from '../../../shared/presets/criteria-presets';
import {
  checkNewMerger,
  checkNewYearChoice,
  describeMerger,
  proposeNewYear,
  setLeadership,
  yearFromCopy,
  yearFromPreset,
} from '../../../shared/edits/year-setup';
import type { Year } from '../../../shared/model/year';

function demoDoc(): ClusterDocument {
  const parsed = parseClusterDocument(demo);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.doc;
}

const yearOf = (doc: ClusterDocument, year: number): Year => {
  const found = doc.years.find((y) => y.year === year);
  if (!found) throw new Error(`no ${year}`);
  return found;
};

const SUCCESSORS = ['u-phu-tho-2025', 'u-thai-nguyen-2025', 'u-lao-cai-2025', 'u-bac-ninh-2025', 'u-tuyen-quang-2025'];

describe('new year from the demo cluster', () => {
  test('2026 copied from 2025: the five successors, the criteria table and rules, no scores', () => {
    const doc = demoDoc();
    const y2025 = yearOf(doc, 2025);
    const proposal = proposeNewYear({ year: 2026, previous: y2025, context: doc });
    expect(proposal.memberIds).toEqual(SUCCESSORS);
    expect(proposal.offeredUnitIds).toHaveLength(5);
    expect(proposal.leaderId && SUCCESSORS.includes(proposal.leaderId)).toBe(true);
    expect(proposal.leaderId).not.toBe(y2025.leaderId);
    const copy = yearFromCopy(y2025, { year: 2026, memberIds: proposal.memberIds, leaderId: proposal.leaderId ?? '' }, doc, [2023, 2024, 2025]);
    if (!copy.ok) throw new Error(copy.message);
    expect(copy.value.sections).toEqual(y2025.sections);
    const { legalTexts, ...rules } = copy.value.ruleSet;
    const { legalTexts: _before, ...rules2025 } = y2025.ruleSet;
    expect(rules).toEqual(rules2025);
    // The legal texts in force in 2026 (shared/edits/legal-texts.ts carriedLegalTexts).
    expect(legalTexts?.map((t) => t.presetId)).toEqual(expect.arrayContaining(['luat-tdkt-2022', 'nd-152-2025']));
    expect(legalTexts?.some((t) => t.presetId === 'nd-98-2023')).toBe(false);
    expect(maxPointsOf(copy.value)).toBe(9000);
    expect([copy.value.scores, copy.value.indicatorValues, copy.value.adjustments, copy.value.ballots, copy.value.audit]).toEqual([[], [], [], [], []]);
    expect(copy.value.election).toBeUndefined();
    expect(copy.value.locked).toBe(false);
  });

  test('2025 proposed from 2024 follows the mergers of 1 July 2025: merged-away units are replaced and not offered', () => {
    const doc = demoDoc();
    const proposal = proposeNewYear({ year: 2025, previous: yearOf(doc, 2024), context: doc });
    expect(proposal.memberIds).toEqual(['u-phu-tho-2025', 'u-thai-nguyen-2025', 'u-bac-ninh-2025', 'u-tuyen-quang-2025', 'u-lao-cai-2025']);
    expect(proposal.replaced.find((r) => r.fromId === 'u-bac-kan')?.toId).toBe('u-thai-nguyen-2025');
    expect(proposal.offeredUnitIds).not.toContain('u-bac-kan');
    // 2024's leader (Bắc Kạn) is merged away: never proposed, its successor may be.
    expect(proposal.leaderId).not.toBe('u-bac-kan');
  });

  test('a merged-away member, leader or deputy is refused by name', () => {
    const doc = demoDoc();
    const problems = checkNewYearChoice({ year: 2026, memberIds: ['u-bac-kan', 'u-phu-tho-2025'], leaderId: 'u-bac-kan', deputyId: 'u-phu-tho-2025' }, doc, [2025]);
    expect(problems[0]).toBe(
      'Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn đã sáp nhập vào Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên (từ 01/7/2025) từ ngày 01/07/2025, không thể là thành viên cụm vào ngày 31/12/2026.',
    );
    expect(problems[1]).toMatch(/Bắc Kạn đã sáp nhập .* không thể làm cụm trưởng/);
    expect(checkNewYearChoice({ year: 2025, memberIds: SUCCESSORS, leaderId: 'u-phu-tho-2025', deputyId: 'u-phu-tho-2025' }, doc, [2025])).toEqual([
      'Năm 2025 đã được thiết lập. Mở năm đó ở đầu trang thay vì tạo lại.',
      'Cụm phó phải khác cụm trưởng.',
    ]);
    expect(checkNewYearChoice({ year: 2026, memberIds: [], leaderId: '' }, doc, [])).toEqual(['Năm 2026 phải có ít nhất một đơn vị thành viên.', 'Chưa chọn cụm trưởng năm 2026.']);
  });

  test('a year from the template: six sections, 90 points, default rules under the law then in force', () => {
    const doc = demoDoc();
    const made = yearFromPreset(PROVINCIAL_FRONT_PRESET, { year: 2022, memberIds: ['u-phu-tho', 'u-bac-kan'], leaderId: 'u-phu-tho', deputyId: 'u-bac-kan' }, doc, [2023]);
    if (!made.ok) throw new Error(made.message);
    expect(made.value.sections.map((s) => s.code)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    expect(maxPointsOf(made.value)).toBe(9000);
    expect(made.value.sections.flatMap((s) => s.criteria)).toHaveLength(28);
    expect(made.value.ruleSet.effectiveDate).toBe('2022-01-01');
    // The texts in force in 2022: the 2003 law with its amendments and Nghị định 91/2017, with numbers and dates.
    expect(made.value.ruleSet.legalBasis).toBeUndefined();
    expect(made.value.ruleSet.legalTexts?.map((t) => t.presetId)).toEqual(['luat-tdkt-2003', 'luat-tdkt-sua-doi-2005', 'luat-tdkt-sua-doi-2013', 'nd-91-2017']);
    expect(made.value.ruleSet.bonusCap).toBe(500);
    expect(made.value.deputyId).toBe('u-bac-kan');
    // Every indicator criterion of the template points at an indicator of the template.
    const ids = new Set(made.value.indicators.map((i) => i.id));
    for (const c of made.value.sections.flatMap((s) => s.criteria)) if (c.kind === 'indicator') expect(ids.has(c.indicatorId)).toBe(true);
  });

  test('a leader whose election ballot did not pass is never carried into the new year', () => {
    const doc = demoDoc();
    const y2023 = yearOf(doc, 2023);
    // The demo's 2023 leader ballot (Bắc Kạn, acclaimed 7/7) re-counted as 3 of 7: nobody was elected for 2024.
    const failed: Year = {
      ...y2023,
      deputyId: 'u-thai-nguyen',
      ballots: y2023.ballots.map((b) => (b.subject.kind === 'leader' ? { ...b, agree: 3, disagree: 4 } : b)),
    };
    const proposal = proposeNewYear({ year: 2024, previous: failed, context: doc });
    expect(proposal.leaderId).toBe('u-thai-nguyen');
    expect(proposal.leaderReason).toBe('Cụm phó năm 2023 (Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên) lên làm cụm trưởng.');
    expect(proposeNewYear({ year: 2024, previous: y2023, context: doc }).leaderId).toBe('u-bac-kan');
  });

  test('leader and deputy of the open year change only to members that still exist', () => {
    const doc = demoDoc();
    const y2025 = yearOf(doc, 2025);
    const changed = setLeadership('u-lao-cai-2025', 'u-bac-ninh-2025', doc)(y2025);
    expect(changed.ok && [changed.value.leaderId, changed.value.deputyId]).toEqual(['u-lao-cai-2025', 'u-bac-ninh-2025']);
    const merged = setLeadership('u-yen-bai', undefined, doc)(y2025);
    expect(merged.ok ? '' : merged.message).toMatch(/^Ủy ban MTTQ Việt Nam tỉnh Yên Bái đã sáp nhập/);
  });
});

describe('recording a merger', () => {
  const units = [
    { id: 'a', name: 'Xã An Bình' },
    { id: 'b', name: 'Xã Bình Minh' },
    { id: 'c', name: 'Xã Cẩm Phú' },
  ];

  test('a good merger is returned cleaned and described', () => {
    const made = checkNewMerger('m1', { date: '2025-07-01', predecessorIds: ['a', 'b', 'a'], successorId: 'c', note: '  Nghị quyết 1234 ' }, [], units, []);
    if (!made.ok) throw new Error(made.message);
    expect(made.value).toEqual({ id: 'm1', date: '2025-07-01', predecessorIds: ['a', 'b'], successorId: 'c', note: 'Nghị quyết 1234' });
    expect(describeMerger(made.value, units)).toBe('01/07/2025: Xã An Bình, Xã Bình Minh → Xã Cẩm Phú');
  });

  test('bad mergers are refused in Vietnamese', () => {
    const first = { id: 'm1', date: '2025-07-01', predecessorIds: ['a'], successorId: 'c' };
    expect(checkNewMerger('m2', { date: '2026-01-01', predecessorIds: ['a'], successorId: 'b' }, [first], units, [])).toEqual({
      ok: false,
      message: 'Xã An Bình được ghi sáp nhập hai lần (ngày 01/07/2025 và ngày 01/01/2026).',
    });
    expect(checkNewMerger('m2', { date: '2026-01-01', predecessorIds: ['b'], successorId: 'a' }, [first], units, [])).toEqual({
      ok: false,
      message: 'Sáp nhập ngày 01/01/2026: đơn vị tiếp nhận Xã An Bình đã sáp nhập vào Xã Cẩm Phú từ ngày 01/07/2025.',
    });
    expect(checkNewMerger('m2', { date: '2026-01-01', predecessorIds: ['b'], successorId: 'b' }, [], units, [])).toEqual({
      ok: false,
      message: 'Xã Bình Minh không thể vừa là đơn vị bị sáp nhập vừa là đơn vị tiếp nhận.',
    });
    expect(checkNewMerger('m2', { date: '2026-13-01', predecessorIds: ['b'], successorId: 'c' }, [], units, []).ok).toBe(false);
    expect(checkNewMerger('m2', { date: '2026-01-01', predecessorIds: [], successorId: 'c' }, [], units, [])).toEqual({
      ok: false,
      message: 'Chọn ít nhất một đơn vị bị sáp nhập.',
    });
  });

  test('a merger is refused while years already set up list the predecessor after its date, naming the years', () => {
    const years = [
      { year: 2024, memberIds: ['a', 'b', 'c'], leaderId: 'a' },
      { year: 2025, memberIds: ['b', 'c'], leaderId: 'b', deputyId: 'a' },
      { year: 2026, memberIds: ['a', 'b', 'c'], leaderId: 'b' },
    ];
    expect(checkNewMerger('m', { date: '2025-07-01', predecessorIds: ['a'], successorId: 'c' }, [], units, years)).toEqual({
      ok: false,
      message:
        'Xã An Bình sáp nhập vào Xã Cẩm Phú từ ngày 01/07/2025, nhưng các năm 2025, 2026 đã thiết lập vẫn ghi đơn vị này là thành viên, cụm trưởng hoặc cụm phó. ' +
        'Sửa thành viên của các năm đó (thay bằng đơn vị tiếp nhận) trước khi ghi sáp nhập.',
    });
    // A merger on 1 January 2027 leaves 2024–2026 as they are.
    expect(checkNewMerger('m', { date: '2027-01-01', predecessorIds: ['a'], successorId: 'c' }, [], units, years).ok).toBe(true);
  });
});
