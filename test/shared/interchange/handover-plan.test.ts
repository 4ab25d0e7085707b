import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseClusterDocument, type ClusterDocument } from '../../../shared/interchange/cluster-document';
import { baseOf } from '../../../shared/interchange/handover-base';
import { mergeWithChoices } from '../../../shared/interchange/handover-merge';
import { nothingToReceive, planCluster, sideOf, type ClusterPlan, type RecordChange } from '../../../shared/interchange/handover-plan';
import { LIST_GROUPS, SETUP_FIELDS, recordKey, yearKey } from '../../../shared/interchange/handover-records';
import { YearSchema } from '../../../shared/model/year';
import { introducedErrors } from '../../../shared/interchange/handover-validation';
import { appendAuditEntry } from '../../../shared/engine/audit-chain';
import type { Year } from '../../../shared/model/year';

/**
 * The hand-over merge, record by record and field by field: an older file never reverts a newer local edit by
 * default, a newer file comes in by default, a change made on both sides stays local until the user picks the file's
 * version, and every difference names its member, criterion and both values.
 */

const DEMO = (): ClusterDocument => {
  const parsed = parseClusterDocument(readFileSync('shared/demo/trung-du-mien-nui-phia-bac.json', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.doc;
};

const PHU_THO = 'u-phu-tho';
const YEN_BAI = 'u-yen-bai';
const C = 'c-I.1';
const EXPORTED_AT = '2024-11-25T10:00:00.000+07:00';
const EDITED_AT = '2024-11-26T09:30:00.000+07:00';

function withYear(doc: ClusterDocument, year: number, change: (y: Year) => Year): ClusterDocument {
  return { ...doc, years: doc.years.map((y) => (y.year === year ? change(y) : y)) };
}

const setReviewed = (unitId: string, points: number) => (y: Year): Year => ({
  ...y,
  scores: y.scores.map((s) => (s.unitId === unitId && s.criterionId === C ? { ...s, reviewed: points } : s)),
});

const reviewedOf = (doc: ClusterDocument, unitId = PHU_THO, year = 2023) =>
  doc.years.find((y) => y.year === year)?.scores.find((s) => s.unitId === unitId && s.criterionId === C)?.reviewed;

const scoreChange = (plan: ClusterPlan, unitId = PHU_THO) =>
  plan.changes.find((c) => c.key === recordKey('y', 2023, 'score', unitId, C)) as RecordChange;

describe('planCluster: field by field, with the newer side', () => {
  it('an older file against a newer local edit: the score is listed old → new with names, local is newer, and kept by default', () => {
    const exported = DEMO();
    const before = reviewedOf(exported) ?? 0;
    const local = withYear(exported, 2023, setReviewed(PHU_THO, before - 25));
    const plan = planCluster({
      local,
      file: exported,
      fileCreatedAt: EXPORTED_AT,
      base: baseOf(exported, EXPORTED_AT, 'export'),
      localTimes: { years: { 2023: EDITED_AT } },
    });
    const change = scoreChange(plan);
    expect(change.label).toBe('Ủy ban MTTQ Việt Nam tỉnh Phú Thọ — I.1 Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước');
    expect(change.fields).toEqual([{ name: 'Điểm thẩm định', local: formatted(before - 25), file: formatted(before) }]);
    expect(change.evidence).toEqual({ newer: 'local', by: 'base', at: EDITED_AT });
    expect(change.defaultChoice).toBe('local');
    // Only that one record differs.
    expect(plan.changes.map((c) => c.key)).toEqual([change.key]);
    expect(nothingToReceive([plan])).toBe(true);
    expect(reviewedOf(mergeWithChoices(local, exported, plan, {}))).toBe(before - 25);
  });

  it('a newer file against an unchanged local copy: the file is newer and taken by default', () => {
    const base = DEMO();
    const file = withYear(base, 2023, setReviewed(YEN_BAI, 50));
    const plan = planCluster({ local: base, file, fileCreatedAt: EDITED_AT, base: baseOf(base, EXPORTED_AT, 'receive') });
    const change = scoreChange(plan, YEN_BAI);
    expect(change.evidence).toEqual({ newer: 'file', by: 'base', at: EDITED_AT });
    expect(change.defaultChoice).toBe('file');
    expect(reviewedOf(mergeWithChoices(base, file, plan, {}), YEN_BAI)).toBe(50);
  });

  it('changed on both sides, or no earlier exchange known: kept here unless the user picks the file', () => {
    const base = DEMO();
    const local = withYear(base, 2023, setReviewed(PHU_THO, 100));
    const file = withYear(base, 2023, setReviewed(PHU_THO, 125));
    for (const [known, newer] of [[baseOf(base, EXPORTED_AT, 'export'), 'both'], [undefined, 'unknown']] as const) {
      const plan = planCluster({ local, file, fileCreatedAt: EXPORTED_AT, ...(known ? { base: known } : {}) });
      const change = scoreChange(plan);
      expect(change.evidence.newer).toBe(newer);
      expect(change.defaultChoice).toBe('local');
      expect(reviewedOf(mergeWithChoices(local, file, plan, {}))).toBe(100);
      expect(reviewedOf(mergeWithChoices(local, file, plan, { [change.choiceKey]: 'file' }))).toBe(125);
    }
  });

  it('per-record choices leave every other record as it is here', () => {
    const base = DEMO();
    const local = withYear(base, 2023, (y) => setReviewed(YEN_BAI, 75)(setReviewed(PHU_THO, 100)(y)));
    const file = withYear(base, 2023, (y) => setReviewed(YEN_BAI, 25)(setReviewed(PHU_THO, 125)(y)));
    const plan = planCluster({ local, file, fileCreatedAt: EXPORTED_AT });
    const merged = mergeWithChoices(local, file, plan, { [scoreChange(plan, YEN_BAI).choiceKey]: 'file' });
    expect(reviewedOf(merged)).toBe(100);
    expect(reviewedOf(merged, YEN_BAI)).toBe(25);
    const rest = (d: ClusterDocument) => d.years.find((y) => y.year === 2023)?.scores.filter((s) => s.criterionId !== C);
    expect(rest(merged)).toEqual(rest(local));
  });

  it('ballots, pledges, units and mergers are listed field by field', () => {
    const base = DEMO();
    const y2023 = base.years.find((y) => y.year === 2023) as Year;
    const ballot = y2023.ballots[0];
    if (!ballot) throw new Error('demo has ballots');
    const file: ClusterDocument = {
      ...withYear(base, 2023, (y) => ({ ...y, ballots: y.ballots.map((b) => (b.id === ballot.id ? { ...b, agree: b.agree - 1, abstain: b.abstain + 1 } : b)) })),
      units: base.units.map((u) => (u.id === YEN_BAI ? { ...u, name: 'Ủy ban MTTQ Việt Nam tỉnh Yên Bái (cũ)' } : u)),
    };
    const plan = planCluster({ local: base, file, fileCreatedAt: EXPORTED_AT });
    const ballotChange = plan.changes.find((c) => c.group === 'ballots');
    expect(ballotChange?.fields.map((f) => f.name)).toEqual(['Đồng ý', 'Không biểu quyết']);
    expect(ballotChange?.fields[0]).toEqual({ name: 'Đồng ý', local: String(ballot.agree), file: String(ballot.agree - 1) });
    const unit = plan.changes.find((c) => c.group === 'units');
    expect(unit?.fields).toEqual([{ name: 'Tên đơn vị', local: 'Ủy ban MTTQ Việt Nam tỉnh Yên Bái', file: 'Ủy ban MTTQ Việt Nam tỉnh Yên Bái (cũ)' }]);
    expect(unit?.defaultChoice).toBe('local');
  });

  it('a record only here stays; one the file removed after the last exchange goes by default', () => {
    const base = DEMO();
    const y = base.years.find((x) => x.year === 2023) as Year;
    const ballot = y.ballots[0];
    if (!ballot) throw new Error('demo has ballots');
    const file = withYear(base, 2023, (x) => ({ ...x, ballots: x.ballots.filter((b) => b.id !== ballot.id) }));
    const withBase = planCluster({ local: base, file, fileCreatedAt: EDITED_AT, base: baseOf(base, EXPORTED_AT, 'receive') });
    const removed = withBase.changes.find((c) => c.group === 'ballots');
    expect(removed).toMatchObject({ status: 'onlyLocal', defaultChoice: 'file', evidence: { newer: 'file' } });
    expect(mergeWithChoices(base, file, withBase, {}).years.find((x) => x.year === 2023)?.ballots.map((b) => b.id)).not.toContain(ballot.id);
    const noBase = planCluster({ local: base, file, fileCreatedAt: EDITED_AT });
    expect(noBase.changes.find((c) => c.group === 'ballots')?.defaultChoice).toBe('local');
    expect(mergeWithChoices(base, file, noBase, {}).years.find((x) => x.year === 2023)?.ballots.map((b) => b.id)).toContain(ballot.id);
  });

  it('a year new in the file is added; a year only here stays and cannot be chosen away', () => {
    const base = DEMO();
    const without2025 = { ...base, years: base.years.filter((y) => y.year !== 2025) };
    const adding = planCluster({ local: without2025, file: base, fileCreatedAt: EXPORTED_AT });
    expect(adding.changes).toEqual([expect.objectContaining({ key: yearKey(2025), status: 'new', defaultChoice: 'file', choosable: true })]);
    expect(mergeWithChoices(without2025, base, adding, {}).years.map((y) => y.year)).toEqual([2023, 2024, 2025]);
    const keeping = planCluster({ local: base, file: without2025, fileCreatedAt: EXPORTED_AT });
    expect(keeping.changes).toEqual([expect.objectContaining({ key: yearKey(2025), status: 'onlyLocal', choosable: false })]);
    expect(mergeWithChoices(base, without2025, keeping, { [yearKey(2025)]: 'file' }).years.map((y) => y.year)).toEqual([2023, 2024, 2025]);
  });
});

describe('finalised years are taken or kept whole, the audit log telling which side is newer', () => {
  const finalise = (y: Year): Year => ({
    ...y,
    locked: true,
    finalised: { at: '2023-12-01T10:00:00.000+07:00', checksum: 'a'.repeat(64), results: { maxPoints: 9000, ranking: [], awards: [] } },
    audit: appendAuditEntry([], { at: '2023-12-01T10:00:00.000+07:00', who: 'Thư ký', action: 'Chốt kết quả', target: 'Kết quả năm 2023', oldValue: null, newValue: 'a'.repeat(64) }),
  });
  const logged = (y: Year, at: string): Year => ({
    ...setReviewed(PHU_THO, 0)(y),
    audit: appendAuditEntry(y.audit, { at, who: 'Thư ký', action: 'Sửa điểm', target: 'Phú Thọ — I.1', oldValue: null, newValue: 0, reason: 'Sửa sai sót' }),
  });

  it('the local log extends the file’s: local is newer (time of its last entry) and the whole year is kept', () => {
    const file = withYear(DEMO(), 2023, finalise);
    const local = withYear(file, 2023, (y) => logged(y, EDITED_AT));
    const plan = planCluster({ local, file, fileCreatedAt: EXPORTED_AT });
    expect(plan.wholeYears).toEqual([{ year: 2023, key: yearKey(2023), evidence: { newer: 'local', by: 'audit', at: EDITED_AT }, defaultChoice: 'local' }]);
    const changes = plan.changes.filter((c) => c.year === 2023);
    expect(changes.every((c) => c.choiceKey === yearKey(2023))).toBe(true);
    expect(changes.map((c) => c.group).sort()).toEqual(['lock', 'scores']);
    expect(mergeWithChoices(local, file, plan, {}).years.find((y) => y.year === 2023)).toEqual(local.years.find((y) => y.year === 2023));
    expect(mergeWithChoices(local, file, plan, { [yearKey(2023)]: 'file' }).years.find((y) => y.year === 2023)).toEqual(file.years.find((y) => y.year === 2023));
  });

  it('the file’s log extends the local one: the file is newer and its year is taken by default', () => {
    const local = withYear(DEMO(), 2023, finalise);
    const file = withYear(local, 2023, (y) => logged(y, EDITED_AT));
    const plan = planCluster({ local, file, fileCreatedAt: EDITED_AT });
    expect(plan.wholeYears[0]?.evidence).toEqual({ newer: 'file', by: 'audit', at: EDITED_AT });
    expect(sideOf(plan.changes[0] as RecordChange, {}, plan)).toBe('file');
    expect(reviewedOf(mergeWithChoices(local, file, plan, {}))).toBe(0);
  });
});

describe('a merge of chosen records is checked like an edit', () => {
  it('a kept local score of a criterion the chosen table no longer has is an error the merge introduced', () => {
    const base = DEMO();
    const file = withYear(base, 2023, (y) => ({
      ...y,
      sections: y.sections.map((s) => ({ ...s, criteria: s.criteria.filter((c) => c.id !== C) })),
      scores: y.scores.filter((s) => s.criterionId !== C),
    }));
    const plan = planCluster({ local: base, file, fileCreatedAt: EXPORTED_AT });
    const sections = plan.changes.find((c) => c.field === 'sections') as RecordChange;
    expect(sections.fields.some((f) => f.name === 'Tiêu chí I.1' && f.file === null)).toBe(true);
    const merged = mergeWithChoices(base, file, plan, { [sections.choiceKey]: 'file' });
    const errors = introducedErrors(base, merged);
    expect(errors.length).toBe(7);
    expect(errors[0]).toMatch(/^Năm 2023: Đơn vị «Ủy ban MTTQ Việt Nam tỉnh .*»: tiêu chí «c-I\.1» không có trong bảng tiêu chí năm 2023\.$/u);
    // Taking the scores with the table gives a consistent year.
    const all = Object.fromEntries(plan.changes.filter((c) => c.year === 2023).map((c) => [c.choiceKey, 'file' as const]));
    expect(introducedErrors(base, mergeWithChoices(base, file, plan, all))).toEqual([]);
  });
});

function formatted(hundredths: number): string {
  return `${Math.trunc(hundredths / 100)},${String(hundredths % 100).padStart(2, '0')}`;
}

describe('the meeting records and legal texts of a year are records of the plan too', () => {
  it('a newer file with a quarterly review, a changed chair and a legal text: each listed by field and taken by default', () => {
    const exported = DEMO();
    const file = withYear(exported, 2023, (y) => ({
      ...y,
      yearEndReview: { ...y.yearEndReview, chair: { name: 'Trần Minh', position: 'Cụm trưởng' } },
      quarterlyReviews: [{ quarter: 'Q2', date: '2023-07-05', place: 'tỉnh Yên Bái' }],
      ruleSet: { ...y.ruleSet, legalTexts: [{ id: 'lt-qc', kind: 'regulation', number: '01/QC-CTĐ', signedOn: '2023-03-01' }] },
    }));
    const plan = planCluster({ local: exported, file, fileCreatedAt: EDITED_AT, base: baseOf(exported, EXPORTED_AT, 'export') });
    const byField = (field: string) => plan.changes.find((c) => c.field === field) as RecordChange;
    expect(byField('quarterlyReviews').fields).toEqual([{ name: 'Hội nghị giao ban Q2', local: null, file: 'ngày 05/07/2023' }]);
    expect(byField('yearEndReview').fields).toEqual([
      { name: 'Tổng kết: Chủ tọa', local: 'Nguyễn Hải, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phú Thọ, Cụm trưởng năm 2023', file: 'Trần Minh, Cụm trưởng' },
    ]);
    expect(byField('ruleSet').fields).toEqual([{ name: 'Văn bản căn cứ', local: expect.any(String), file: '01/QC-CTĐ' }]);
    const merged = mergeWithChoices(exported, file, plan, {});
    expect(merged.years.find((y) => y.year === 2023)).toEqual(file.years.find((y) => y.year === 2023));
  });
});

describe('every field of a year is part of some record', () => {
  it('the year schema has no field the plan would not compare (a new field must be added to handover-records.ts)', () => {
    const covered = new Set<string>([
      'year',
      'memberIds', // the 'members' set-up record
      'leaderId', // 'leadership'
      'deputyId',
      'audit', // the lock record, with 'finalised' and 'locked'
      'finalised',
      'locked',
      ...SETUP_FIELDS,
      ...LIST_GROUPS,
    ]);
    expect(Object.keys(YearSchema.shape).filter((k) => !covered.has(k))).toEqual([]);
  });
});
