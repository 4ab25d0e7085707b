import { describe, expect, it } from 'vitest';
import { guardChange } from '../../../shared/edits/audited';
import { finaliseYear, unlockYear } from '../../../shared/edits/lock';
import { evaluateYear } from '../../../shared/engine/evaluate-year';
import { resultsChecksum, snapshotResults } from '../../../shared/engine/results-snapshot';
import { newSigningKeyPair } from '../../../shared/engine/signing';
import { checkYearIntegrity, type IntegrityReport } from '../../../shared/engine/year-integrity';
import { nextSeal, sealOf, signSeal } from '../../../shared/engine/year-seal';
import type { Year } from '../../../shared/model/year';
import { expectOk } from '../edits/helpers';
import { makeYear, reviewedScores } from '../year-builder';

const units = [
  { id: 'a', name: 'Phú Thọ' },
  { id: 'b', name: 'Bắc Kạn' },
  { id: 'c', name: 'Yên Bái' },
];
const context = { units, mergers: [], years: [] };
const names = new Map(units.map((u) => [u.id, u.name]));
const AT = '2023-12-01T10:00:00+07:00';
const audit = (reason?: string) => ({ who: 'Nguyễn Thị Thư', at: AT, unitNames: names, ...(reason ? { reason } : {}) });
const key = newSigningKeyPair();

function finalised(): Year {
  const base = makeYear();
  const year = { ...base, scores: reviewedScores(base, { a: [1000, 500], b: [900, 400], c: [800, 300] }) };
  const results = snapshotResults(evaluateYear(year, context));
  return expectOk(guardChange(year, expectOk(finaliseYear({ results, blockers: [], at: AT })(year)), audit()));
}

const sealed = (year: Year) => signSeal(sealOf('cl', year, AT), key.secretKey);
const check = (year: Year, seal = sealed(year), sealKey = key.publicKey): IntegrityReport =>
  checkYearIntegrity({ year, context, seal, sealKey });
const codes = (report: IntegrityReport) => report.findings.map((f) => f.code);

/** What an edit of IndexedDB does: the stored year changes, its seal stays as the app last wrote it. */
const withReviewed = (year: Year, unitId: string, criterionId: string, points: number): Year => ({
  ...year,
  scores: year.scores.map((s) => (s.unitId === unitId && s.criterionId === criterionId ? { ...s, reviewed: points } : s)),
});

describe('integrity of a finalised year', () => {
  it('an untouched locked year is intact: results recompute to the checksum, the log matches the seal', () => {
    const year = finalised();
    const report = check(year);
    expect(report).toMatchObject({ intact: true, findings: [], notes: [], locked: true, checksum: year.finalised?.checksum });
    expect(report.log.entries).toBe(2);
  });

  it('a score changed under the lock names the member, the criterion, old total and rank → new, and the awards', () => {
    const year = finalised();
    const tampered = withReviewed(year, 'b', 'I.1', 100);
    const report = check(tampered, sealed(year));
    expect(report.intact).toBe(false);
    expect(codes(report)).toEqual(['results-changed']);
    const [changed] = report.findings;
    expect(changed?.message).toMatch(/^Kết quả tính lại từ điểm đang lưu khác kết quả đã chốt \(mã kiểm tra [0-9a-f]{12}… → [0-9a-f]{12}…\)/u);
    expect(changed?.details).toEqual([
      'Bắc Kạn: tổng điểm 13,00 → 5,00; hạng 2 → 3; tiêu chí I.1 Tiêu chí I.1: 9,00 → 1,00.',
      'Yên Bái: tổng điểm 11,00 → 11,00; hạng 3 → 2.',
      'Hình thức «Cờ thi đua xuất sắc»: Bắc Kạn → Yên Bái.',
      'Hình thức «Bằng khen của Ủy ban Trung ương MTTQ Việt Nam»: Yên Bái → Bắc Kạn.',
    ]);
  });

  it('a snapshot rewritten to match the changed scores is caught by the seal', () => {
    const year = finalised();
    const tampered = withReviewed(year, 'b', 'I.1', 100);
    const results = snapshotResults(evaluateYear(tampered, context));
    const resealed: Year = { ...tampered, finalised: { at: AT, results, checksum: resultsChecksum(results) } };
    const report = check(resealed, sealed(year));
    expect(codes(report)).toEqual(['snapshot-replaced']);
    expect(report.findings[0]?.message).toContain('bản kết quả đã chốt bị thay ngoài ứng dụng');
  });

  it('the last log entries deleted: how many are missing', () => {
    const year = finalised();
    const report = check({ ...year, audit: year.audit.slice(0, 1) }, sealed(year));
    expect(codes(report)).toEqual(['log-truncated']);
    expect(report.findings[0]?.message).toBe('Nhật ký bị xóa 1 mục cuối: mốc niêm phong ghi 2 mục, nay chỉ còn 1 (thiếu mục số 2).');
  });

  it('the whole log deleted', () => {
    const year = finalised();
    const report = check({ ...year, audit: [] }, sealed(year));
    expect(codes(report)).toEqual(['log-emptied']);
    expect(report.findings[0]?.message).toBe('Nhật ký đã bị xóa hết: mốc niêm phong ghi 2 mục, nay không còn mục nào (thiếu 2 mục).');
  });

  it('unlocking by flipping the stored flag does not hide a changed score', () => {
    const year = finalised();
    const report = check({ ...withReviewed(year, 'a', 'I.2', 0), locked: false }, sealed(year));
    expect(codes(report)).toEqual(['lock-changed', 'results-changed']);
    expect(report.findings[1]?.details[0]).toBe('Phú Thọ: tổng điểm 15,00 → 10,00; hạng 1 → 3; tiêu chí I.2 Tiêu chí I.2: 5,00 → 0,00.');
  });

  it('a seal that was edited, deleted or cannot be verified is named', () => {
    const year = finalised();
    const forged = { ...sealed({ ...year, audit: year.audit.slice(0, 1) }), entries: 2, lastHash: year.audit[1]?.hash ?? '' };
    expect(codes(check({ ...year, audit: year.audit }, forged))).toEqual(['seal-forged']);
    expect(codes(checkYearIntegrity({ year, context, sealKey: key.publicKey }))).toEqual(['seal-missing']);
    expect(codes(checkYearIntegrity({ year, context, seal: sealed(year) }))).toEqual(['seal-unverifiable']);
    expect(codes(check(year, sealed(year), newSigningKeyPair().publicKey))).toEqual(['seal-forged']);
  });

  it('an unlocked year edited through the app is intact, with a note that its results moved on', () => {
    const done = finalised();
    const open = expectOk(guardChange(done, expectOk(unlockYear(done)), audit('Sửa sai sót')));
    const edited = expectOk(guardChange(open, withReviewed(open, 'b', 'I.1', 100), audit()));
    const report = check(edited);
    expect(report.intact).toBe(true);
    expect(report.notes[0]).toMatch(/^Năm 2023 đang mở khóa: kết quả hiện tại khác kết quả đã chốt/u);
  });

  it('a snapshot of the old format (no per-criterion points) still verifies, and a change names the member', () => {
    const year = finalised();
    const snapshot = year.finalised;
    if (!snapshot) throw new Error('not finalised');
    const results = { ...snapshot.results, ranking: snapshot.results.ranking.map(({ points: _p, ...r }) => r) };
    const old: Year = { ...year, finalised: { ...snapshot, results, checksum: resultsChecksum(results) } };
    const oldLog = { ...old, audit: year.audit };
    expect(checkYearIntegrity({ year: oldLog, context, expectSeal: false }).findings).toEqual([
      expect.objectContaining({ code: 'log-missing-finalise' }),
    ]);
    const report = check(withReviewed(old, 'c', 'I.1', 0), sealed(old));
    expect(report.findings[0]?.details[0]).toBe('Yên Bái: tổng điểm 11,00 → 3,00; hạng 3 → 3.');
  });

  it('a file of the old format without seals: a finalised year whose log was emptied is refused', () => {
    const year = finalised();
    const report = checkYearIntegrity({ year: { ...year, audit: [] }, context, expectSeal: false });
    expect(report.findings.map((f) => f.message)).toEqual(['Năm 2023 đã chốt kết quả nhưng nhật ký trống: nhật ký đã bị xóa.']);
    expect(checkYearIntegrity({ year, context, expectSeal: false }).intact).toBe(true);
  });
});

describe('the seal advances with the log', () => {
  const valid = (year: Year) => ({ seal: sealed(year), valid: true, sealedBefore: true });

  it('is renewed by a save whose log continues it, and never by one that lost sealed entries', () => {
    const done = finalised();
    const open = expectOk(guardChange(done, expectOk(unlockYear(done)), audit('Sửa sai sót')));
    expect(nextSeal(valid(done), 'cl', open, AT)).toMatchObject({ entries: 3, locked: false, lastHash: open.audit[2]?.hash });
    const cut = { ...open, audit: open.audit.slice(0, 1) };
    expect(nextSeal(valid(open), 'cl', cut, AT)).toBeUndefined();
    expect(nextSeal({ ...valid(done), valid: false }, 'cl', open, AT)).toBeUndefined();
  });

  it('is created when a year is finalised, and not created again once it has gone', () => {
    const done = finalised();
    expect(nextSeal({ seal: undefined, valid: false, sealedBefore: false }, 'cl', done, AT)).toMatchObject({ entries: 2, locked: true });
    expect(nextSeal({ seal: undefined, valid: false, sealedBefore: true }, 'cl', done, AT)).toBeUndefined();
    expect(nextSeal({ seal: undefined, valid: false, sealedBefore: false }, 'cl', makeYear(), AT)).toBeUndefined();
  });
});
