import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { appendAuditEntry, canonicalJson, entryHash, sha256Hex, verifyAuditChain } from '../../../shared/engine/audit-chain';
import { AuditEntrySchema, GENESIS_HASH } from '../../../shared/model/audit';
import type { AuditEntry, AuditEntryDraft } from '../../../shared/model/audit';
import { TIMEOUT } from '../../timeouts';

const draft = (n: number, extra: Partial<AuditEntryDraft> = {}): AuditEntryDraft => ({
  at: `2024-12-0${(n % 9) + 1}T08:00:00+07:00`,
  who: 'Thư ký cụm',
  action: 'unlock-score',
  target: `score:u-bac-kan:c-I.${n}`,
  oldValue: 150,
  newValue: 200,
  reason: 'Sửa theo biên bản thẩm định',
  ...extra,
});
const build = (count: number): AuditEntry[] =>
  Array.from({ length: count }, (_, i) => i).reduce<AuditEntry[]>((log, i) => appendAuditEntry(log, draft(i)), []);

describe('canonicalJson', () => {
  it('orders keys at every depth and leaves out undefined properties', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(canonicalJson('Bắc Kạn')).toBe('"Bắc Kạn"');
    expect(canonicalJson(null)).toBe('null');
  });
  it('refuses values JSON cannot carry exactly, naming where they are', () => {
    expect(() => canonicalJson({ score: Number.NaN })).toThrow('Không ghi được $.score: NaN không phải là số hữu hạn.');
    expect(() => canonicalJson([1, Infinity])).toThrow(/\$\[1\]: Infinity/);
    expect(() => canonicalJson([undefined])).toThrow('Không ghi được $[0]: giá trị undefined trong mảng.');
    expect(() => canonicalJson({ at: new Date(0) })).toThrow('Không ghi được $.at: chỉ nhận đối tượng JSON thuần.');
    expect(() => canonicalJson(10n)).toThrow(/kiểu bigint/);
    expect(() => canonicalJson(undefined)).toThrow(/kiểu undefined/);
  });
  test.prop([fc.jsonValue()])('is what JSON.parse reads back, and stable under key reordering', (value) => {
    const text = canonicalJson(value);
    expect(canonicalJson(JSON.parse(text))).toBe(text);
  });
});

describe('sha256Hex', () => {
  it('matches the published SHA-256 test vectors, UTF-8 for Vietnamese text', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('Bắc Kạn')).not.toBe(sha256Hex('Bac Kan'));
    expect(sha256Hex('Bắc Kạn')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('appendAuditEntry', () => {
  it('numbers entries from 1 and links each to the previous hash', () => {
    const log = build(3);
    expect(log.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(log[0]?.prevHash).toBe(GENESIS_HASH);
    expect(log[1]?.prevHash).toBe(log[0]?.hash);
    expect(log[2]?.prevHash).toBe(log[1]?.hash);
    for (const e of log) expect(AuditEntrySchema.safeParse(e).success).toBe(true);
  });
  it('never changes the log it was given', () => {
    const log = build(2);
    const copy = structuredClone(log);
    const next = appendAuditEntry(log, draft(9));
    expect(log).toEqual(copy);
    expect(next).toHaveLength(3);
    expect(next).not.toBe(log);
  });
  it('accepts an entry without a reason and refuses a non-finite value', () => {
    const log = appendAuditEntry([], draft(0, { reason: undefined }));
    expect('reason' in (log[0] ?? {})).toBe(false);
    expect(verifyAuditChain(log)).toEqual({ intact: true });
    expect(() => appendAuditEntry([], draft(0, { newValue: Number.NaN }))).toThrow(/không phải là số hữu hạn/);
  });
});

describe('verifyAuditChain', () => {
  it('an empty or untouched log is intact', () => {
    expect(verifyAuditChain([])).toEqual({ intact: true });
    expect(verifyAuditChain(build(5))).toEqual({ intact: true });
  });
  it('detects an entry edited after it was written', () => {
    const log = build(4);
    const edited = log.map((e) => (e.seq === 2 ? { ...e, newValue: 900 } : e));
    expect(verifyAuditChain(edited)).toEqual({
      intact: false,
      brokenAtSeq: 2,
      why: 'Mục số 2 đã bị sửa sau khi ghi: mã băm không khớp nội dung.',
    });
  });
  it('detects an edit whose hash was recomputed, at the next link', () => {
    const log = build(4);
    const forged = log.map((e) => {
      if (e.seq !== 2) return e;
      const body = { ...e, newValue: 900 };
      return { ...body, hash: entryHash(body) };
    });
    expect(verifyAuditChain(forged)).toMatchObject({ intact: false, brokenAtSeq: 3 });
    expect(verifyAuditChain(forged)).toHaveProperty('why', expect.stringContaining('không nối tiếp mục trước'));
  });
  it('detects a deleted entry', () => {
    const log = build(4);
    expect(verifyAuditChain([log[0], log[2], log[3]].filter((e) => e !== undefined))).toEqual({
      intact: false,
      brokenAtSeq: 2,
      why: 'Thiếu mục số 2: mục này đã bị xóa (vị trí 2 đang là mục số 3).',
    });
  });
  it('detects reordered entries', () => {
    const log = build(4);
    const swapped = [log[0], log[2], log[1], log[3]].filter((e) => e !== undefined);
    expect(verifyAuditChain(swapped)).toEqual({
      intact: false,
      brokenAtSeq: 2,
      why: 'Mục số 2 bị đổi chỗ (đang ở vị trí 3 thay vì 2).',
    });
  });
  it('detects deleted last entries only against an anchor kept elsewhere', () => {
    const log = build(4);
    const head = log[3];
    if (!head) throw new Error('fixture');
    const truncated = log.slice(0, 3);
    expect(verifyAuditChain(truncated)).toEqual({ intact: true });
    expect(verifyAuditChain(truncated, { seq: head.seq, hash: head.hash })).toEqual({
      intact: false,
      brokenAtSeq: 4,
      why: 'Nhật ký chỉ còn 3 mục, thiếu các mục cuối đến số 4: đã bị xóa.',
    });
    expect(verifyAuditChain(log, { seq: head.seq, hash: head.hash })).toEqual({ intact: true });
    expect(verifyAuditChain(log, { seq: 4, hash: GENESIS_HASH })).toMatchObject({ intact: false, brokenAtSeq: 4 });
  });

  // fast-check's JSON type allows undefined members; zod's JSON schema gives the exact type the log stores.
  const json = fc.jsonValue().map((v) => AuditEntrySchema.shape.oldValue.parse(v));
  const drafts = fc.array(
    fc.record({
      at: fc.constantFrom('2024-12-01T08:00:00Z', '2025-01-15T14:30:00+07:00'),
      who: fc.string({ minLength: 1 }),
      action: fc.constantFrom('unlock', 'edit-score', 'finalise'),
      target: fc.string({ minLength: 1 }),
      oldValue: json,
      newValue: json,
      reason: fc.option(fc.string(), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 12 },
  );
  // A hundred chains of up to 12 entries, each entry hashed with SHA-256 (and again to verify): seconds on a busy machine.
  test.prop([drafts])(
    'verifies after any sequence of appends',
    (ds) => {
      const log = ds.reduce<AuditEntry[]>((l, d) => appendAuditEntry(l, d), []);
      expect(verifyAuditChain(log)).toEqual({ intact: true });
    },
    TIMEOUT.propertyRuns,
  );
  const fields = ['seq', 'at', 'who', 'action', 'target', 'oldValue', 'newValue', 'reason', 'prevHash', 'hash'] as const;
  test.prop([drafts, fc.nat(), fc.constantFrom(...fields), fc.string({ minLength: 1 })])(
    'breaks after any single-field edit of any entry',
    (ds, pick, field, text) => {
      const log = ds.reduce<AuditEntry[]>((l, d) => appendAuditEntry(l, d), []);
      const i = pick % log.length;
      const entry = log[i];
      if (!entry) return;
      const changed: AuditEntry = { ...entry };
      if (field === 'seq') changed.seq = entry.seq + 1;
      else if (field === 'prevHash' || field === 'hash') changed[field] = sha256Hex(entry[field]);
      else if (field === 'oldValue' || field === 'newValue') changed[field] = { edited: canonicalJson(entry[field]) };
      else changed[field] = `${entry[field] ?? ''}${text}`;
      const tampered = log.map((e, j) => (j === i ? changed : e));
      const result = verifyAuditChain(tampered);
      expect(result.intact).toBe(false);
      if (!result.intact) expect(result.brokenAtSeq).toBeLessThanOrEqual(i + 2);
    },
    TIMEOUT.propertyRuns,
  );
});
