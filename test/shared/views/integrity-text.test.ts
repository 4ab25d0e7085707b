import { describe, expect, it } from 'vitest';
import { buildOfficialDocument } from '../../../shared/documents/build-document';
import { documentText, type OfficialDocument } from '../../../shared/documents/document-model';
import { keyFingerprint, newSigningKeyPair } from '../../../shared/engine/signing';
import { fingerprintText, sealText, yearSealText } from '../../../shared/views/integrity-text';
import { demoInput } from '../../documents/demo-documents';

const CHECKSUM = 'ab'.repeat(32);
const HEAD = 'cd'.repeat(32);
const entry = { seq: 1, at: '2023-12-01T10:00:00+07:00', who: 'Thư ký', action: 'Chốt kết quả', target: 'Năm 2023', oldValue: null, newValue: CHECKSUM, prevHash: '0'.repeat(64), hash: HEAD };
const finalised = { at: '2023-12-01T10:00:00+07:00', checksum: CHECKSUM, results: { maxPoints: 9000, ranking: [], awards: [] } };

function built(result: ReturnType<typeof buildOfficialDocument>): OfficialDocument {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('the line documents print for a locked year', () => {
  it('gives the checksum and the log anchor: entries and the start of the last hash', () => {
    expect(sealText(CHECKSUM, { entries: 12, lastHash: HEAD })).toBe(`Mã kiểm tra kết quả đã chốt (SHA-256): ${CHECKSUM} · Nhật ký: 12 mục, mục cuối ${'cd'.repeat(8)}`);
    expect(yearSealText({ locked: true, finalised, audit: [entry] })).toBe(`Mã kiểm tra kết quả đã chốt (SHA-256): ${CHECKSUM} · Nhật ký: 1 mục, mục cuối ${'cd'.repeat(8)}`);
  });

  it('is not printed for an unlocked year, whose figures may have moved on from the checksum', () => {
    expect(yearSealText({ locked: false, finalised, audit: [entry] })).toBeUndefined();
    expect(yearSealText({ locked: false, audit: [] })).toBeUndefined();
  });

  it('is the line under the annex of the proposal letter of a locked year', () => {
    const input = demoInput(2023);
    const letter = built(buildOfficialDocument({ kind: 'proposalLetter' }, { ...input, year: { ...input.year, locked: true, finalised, audit: [entry] } }));
    expect(documentText(letter)).toContain(yearSealText({ locked: true, finalised, audit: [entry] }));
  });
});

describe('the fingerprint on the hand-over record', () => {
  it('is printed in the minutes with the hand-over, for the receiving office to compare', () => {
    const key = newSigningKeyPair();
    const input = demoInput(2023);
    expect(input.year.handOver).toBeDefined();
    const minutes = built(buildOfficialDocument({ kind: 'minutes' }, { ...input, signingKey: key.publicKey }));
    const line = documentText(minutes).find((t) => t.includes('Dấu vân tay khóa ký dữ liệu'));
    expect(line).toBe(`Dữ liệu của Cụm được bàn giao bằng tệp có chữ ký điện tử của máy lập biên bản này. ${fingerprintText(key.publicKey)}.`);
    expect(line).toContain(keyFingerprint(key.publicKey));
    expect(documentText(built(buildOfficialDocument({ kind: 'minutes' }, input))).some((t) => t.includes('vân tay'))).toBe(false);
  });
});
