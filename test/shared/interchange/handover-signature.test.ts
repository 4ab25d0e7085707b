import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guardChange } from '../../../shared/edits/audited';
import { finaliseYear } from '../../../shared/edits/lock';
import { canonicalJson, sha256Hex } from '../../../shared/engine/audit-chain';
import { evaluateYear } from '../../../shared/engine/evaluate-year';
import { resultsChecksum, snapshotResults } from '../../../shared/engine/results-snapshot';
import { keyFingerprint, newSigningKeyPair, signText, type SigningKeyPair } from '../../../shared/engine/signing';
import { sealOf, signSeal } from '../../../shared/engine/year-seal';
import { parseClusterDocument, type ClusterDocument } from '../../../shared/interchange/cluster-document';
import {
  fileChecksum,
  PACKAGE_SIGNATURE_DOMAIN,
  parsePackage,
  serializePackage,
  type ReadPackage,
} from '../../../shared/interchange/handover-package';
import { rememberSender, verifyHandoverFile, type SenderKeys } from '../../../shared/interchange/handover-signature';
import { keepLockedLocalYears } from '../../../shared/interchange/locked-year-check';
import type { Year } from '../../../shared/model/year';
import { TIMEOUT } from '../../timeouts';

const AT = '2023-12-01T10:00:00+07:00';
const CLUSTER = 'cluster-tdmnpb';
const BAC_KAN = 'u-bac-kan';
const sender = newSigningKeyPair();
const nobody: SenderKeys = { seen: [] };

function demo(): ClusterDocument {
  const parsed = parseClusterDocument(readFileSync('shared/demo/trung-du-mien-nui-phia-bac.json', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.doc;
}

/** The demo with 2023 finalised and locked through the audit hook, as the app does it. */
function lockedDemo(): ClusterDocument {
  const doc = demo();
  const years = doc.years.map((y) => {
    if (y.year !== 2023) return y;
    const results = snapshotResults(evaluateYear(y, doc), y.awardOverrides ?? []);
    const finalised = finaliseYear({ results, blockers: [], at: AT })(y);
    if (!finalised.ok) throw new Error(finalised.message);
    const done = guardChange(y, finalised.value, { who: 'Thư ký', at: AT });
    if (!done.ok) throw new Error(done.message);
    return done.value;
  });
  return { ...doc, years };
}

const sealsOf = (doc: ClusterDocument, key: SigningKeyPair) =>
  doc.years.filter((y) => y.finalised).map((y) => signSeal(sealOf(doc.cluster.id, y, AT), key.secretKey));

function fileText(doc: ClusterDocument, key: SigningKeyPair = sender, seals = sealsOf(doc, key)): string {
  return serializePackage({ purpose: 'handover', createdAt: '2026-11-25T10:00:00.000Z', content: { documents: [doc], attachments: [] }, seals }, key);
}

function read(text: string): ReadPackage {
  const parsed = parsePackage(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

type Envelope = { checksum: string; signature: string; signer: { publicKey: string }; seals: unknown[]; content: { documents: ClusterDocument[] } };

/** An attacker's edit of the 2023 year in the file, with the file checksum recomputed (resealed) and, given a key, re-signed. */
function resealed(text: string, edit: (year: Year) => Year, key?: SigningKeyPair): string {
  const file = JSON.parse(text) as Envelope & { purpose: 'handover'; createdAt: string };
  const doc = file.content.documents[0];
  if (!doc) throw new Error('no document');
  doc.years = doc.years.map((y) => (y.year === 2023 ? edit(y) : y));
  if (key) {
    file.signer = { publicKey: key.publicKey };
    file.seals = sealsOf(doc, key);
  }
  file.checksum = fileChecksum(file);
  if (key) file.signature = signText(PACKAGE_SIGNATURE_DOMAIN, file.checksum, key.secretKey);
  return JSON.stringify(file, null, 2);
}

const lowerBacKan = (y: Year): Year => ({ ...y, scores: y.scores.map((s) => (s.unitId === BAC_KAN && s.reviewed !== undefined ? { ...s, reviewed: 0 } : s)) });

// Signs and verifies whole hand-over files (the demo cluster, Ed25519 and SHA-256 over each): seconds on a busy machine.
describe('a signed hand-over file', { timeout: TIMEOUT.heavyIo }, () => {
  it('is read with its signer, its fingerprint, and the locked years that match their seals', () => {
    const verified = verifyHandoverFile(read(fileText(lockedDemo())), nobody);
    if (!verified.ok) throw new Error(verified.message);
    const { sender: s, years, warnings } = verified.value;
    expect(s).toMatchObject({ kind: 'signed', publicKey: sender.publicKey, fingerprint: keyFingerprint(sender.publicKey), standing: 'first' });
    expect(years).toEqual([expect.objectContaining({ clusterId: CLUSTER, year: 2023, locked: true, logEntries: 2, sealed: true })]);
    expect(warnings[0]).toContain(`từ khóa có dấu vân tay ${keyFingerprint(sender.publicKey)}`);
    expect(warnings[0]).toContain('biên bản bàn giao');
  });

  it('from a key seen before for this cluster is known; from this PC’s own key is its own; from another key is a warning', () => {
    const pkg = read(fileText(lockedDemo()));
    const seen = [{ clusterId: CLUSTER, publicKey: sender.publicKey, firstSeenAt: '2024-01-05T08:00:00.000Z', lastSeenAt: '2024-01-05T08:00:00.000Z' }];
    const known = verifyHandoverFile(pkg, { seen });
    expect(known.ok && known.value.sender).toMatchObject({ standing: 'known', firstSeenAt: '2024-01-05T08:00:00.000Z' });
    expect(known.ok && known.value.warnings).toEqual([]);
    const own = verifyHandoverFile(pkg, { own: sender.publicKey, seen: [] });
    expect(own.ok && own.value.sender).toMatchObject({ standing: 'own' });
    const before = newSigningKeyPair();
    const changed = verifyHandoverFile(pkg, { seen: [{ ...seen[0]!, publicKey: before.publicKey }] });
    if (!changed.ok) throw new Error(changed.message);
    expect(changed.value.sender).toMatchObject({ standing: 'changed', previous: [keyFingerprint(before.publicKey)] });
    expect(changed.value.warnings[0]).toContain(`trước đây được gửi từ khóa có dấu vân tay ${keyFingerprint(before.publicKey)}`);
    expect(rememberSender([], changed.value, '2026-11-26T08:00:00.000Z')).toEqual([
      { clusterId: CLUSTER, publicKey: sender.publicKey, firstSeenAt: '2026-11-26T08:00:00.000Z', lastSeenAt: '2026-11-26T08:00:00.000Z' },
    ]);
  });

  it('resealed after its finalised scores were lowered (checksum recomputed) is refused: the signature no longer matches', () => {
    const parsed = parsePackage(resealed(fileText(lockedDemo()), lowerBacKan));
    expect(parsed).toEqual({
      ok: false,
      message:
        'Tệp không phải gói dữ liệu Cụm Thi Đua hợp lệ: chữ ký không khớp nội dung — tệp đã bị sửa sau khi ký (kể cả khi mã kiểm tra được tính lại), hoặc chữ ký bị giả.',
    });
  });

  it('re-signed with another key after the scores were lowered is refused, naming the year, the member and the totals', () => {
    const forged = read(resealed(fileText(lockedDemo()), lowerBacKan, newSigningKeyPair()));
    const verified = verifyHandoverFile(forged, nobody);
    expect(verified.ok).toBe(false);
    const message = verified.ok ? '' : verified.message;
    expect(message).toMatch(/^Không nhận tệp: năm 2023 của cụm «Cụm thi đua Ủy ban MTTQ các tỉnh trung du và miền núi phía Bắc» không khớp mốc niêm phong/u);
    expect(message).toContain('Kết quả tính lại từ điểm đang lưu khác kết quả đã chốt');
    expect(message).toMatch(/Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn: tổng điểm [\d,]+ → [\d,]+; hạng 2 → 7/u);
  });

  it('with the log of a locked year emptied is refused, naming how many entries are missing', () => {
    // The sender's own key signs again here: even then the seal, signed before, still counts the two entries.
    const emptied = JSON.parse(fileText(lockedDemo())) as Envelope & { purpose: 'handover'; createdAt: string };
    emptied.content.documents[0]!.years = emptied.content.documents[0]!.years.map((y) => (y.year === 2023 ? { ...y, audit: [] } : y));
    emptied.checksum = fileChecksum(emptied);
    emptied.signature = signText(PACKAGE_SIGNATURE_DOMAIN, emptied.checksum, sender.secretKey);
    const verified = verifyHandoverFile(read(JSON.stringify(emptied)), nobody);
    expect(verified.ok ? '' : verified.message).toContain('Nhật ký đã bị xóa hết: mốc niêm phong ghi 2 mục, nay không còn mục nào (thiếu 2 mục).');
  });

  it('whose finalised year has no seal is refused', () => {
    const verified = verifyHandoverFile(read(fileText(lockedDemo(), sender, [])), nobody);
    expect(verified.ok ? '' : verified.message).toContain('không có mốc niêm phong');
  });
});

describe('an unsigned file of the old format (package version 1)', { timeout: TIMEOUT.heavyIo }, () => {
  function oldFile(doc: ClusterDocument): string {
    const content = { documents: [{ ...doc, formatVersion: 1 }], attachments: [] };
    const file = { kind: 'cum-thi-dua/package', packageVersion: 1, purpose: 'handover', createdAt: '2025-11-25T10:00:00.000Z', checksum: sha256Hex(canonicalJson(content)), content };
    return JSON.stringify(file, null, 2);
  }

  it('is read (documents upgraded to formatVersion 4) and shown as not signed, with a warning', () => {
    const pkg = read(oldFile(lockedDemo()));
    expect(pkg.packageVersion).toBe(1);
    expect(pkg.signer).toBeUndefined();
    expect(pkg.content.documents[0]?.formatVersion).toBe(4);
    const verified = verifyHandoverFile(pkg, nobody);
    if (!verified.ok) throw new Error(verified.message);
    expect(verified.value.sender).toEqual({ kind: 'unsigned' });
    expect(verified.value.warnings[0]).toMatch(/^Tệp không có chữ ký \(định dạng cũ, gói phiên bản 1\)/u);
    expect(verified.value.warnings[0]).toContain('sẽ được giữ nguyên');
    expect(verified.value.years).toEqual([expect.objectContaining({ year: 2023, locked: true, sealed: false })]);
  });

  it('resealed after lowering locked scores is refused: the results are recomputed', () => {
    const doc = lockedDemo();
    const lowered = { ...doc, years: doc.years.map((y) => (y.year === 2023 ? lowerBacKan(y) : y)) };
    const verified = verifyHandoverFile(read(oldFile(lowered)), nobody);
    expect(verified.ok ? '' : verified.message).toMatch(/^Không nhận tệp: năm 2023 .* không khớp mã kiểm tra và nhật ký của chính nó\.\nKết quả tính lại/u);
  });

  it('with a rewritten snapshot and an emptied log is refused: the log must record the finalising', () => {
    const doc = lockedDemo();
    const forged = doc.years.map((y) => {
      if (y.year !== 2023 || !y.finalised) return y;
      const lowered = lowerBacKan(y);
      const results = snapshotResults(evaluateYear(lowered, doc));
      return { ...lowered, audit: [], finalised: { ...y.finalised, results, checksum: resultsChecksum(results) } };
    });
    const verified = verifyHandoverFile(read(oldFile({ ...doc, years: forged })), nobody);
    expect(verified.ok ? '' : verified.message).toContain('Năm 2023 đã chốt kết quả nhưng nhật ký trống: nhật ký đã bị xóa.');
  });

  it('never replaces a locked year of this PC: the local year is kept and named', () => {
    const local = lockedDemo();
    const incoming = demo();
    const { doc, kept } = keepLockedLocalYears(local, incoming);
    expect(kept).toEqual([2023]);
    expect(doc.years.find((y) => y.year === 2023)).toEqual(local.years.find((y) => y.year === 2023));
    expect(doc.years.find((y) => y.year === 2024)).toEqual(incoming.years.find((y) => y.year === 2024));
  });
});
