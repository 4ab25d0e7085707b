import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseClusterDocument, type ClusterDocument } from '../../../shared/interchange/cluster-document';
import { MAX_HANDOVER_BYTES, readHandoverFile, type ReadProgress } from '../../../shared/interchange/handover-file';
import { fileChecksum, parsePackage, serializePackage } from '../../../shared/interchange/handover-package';
import { newSigningKeyPair } from '../../../shared/engine/signing';
import { canonicalJson, sha256Hex } from '../../../shared/engine/audit-chain';
import { MAX_JSON_DEPTH, scanJsonDepth } from '../../../shared/interchange/json-depth';
import type { Year } from '../../../shared/model/year';

/**
 * A hand-over file is checked with the rules of an edit before anything is written: duplicate rows, scores out of
 * range, rows naming units or criteria that do not exist are refused with messages naming the year, the member, the
 * criterion and the allowed range; a file nested too deeply or too large is refused before it is parsed.
 */

const DEMO = (): ClusterDocument => {
  const parsed = parseClusterDocument(readFileSync('shared/demo/trung-du-mien-nui-phia-bac.json', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.doc;
};
const PHU_THO = 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ';
const KEY = newSigningKeyPair();
const CREATED = '2024-11-25T10:00:00.000+07:00';
const textOf = (doc: ClusterDocument) => serializePackage({ purpose: 'handover', createdAt: CREATED, content: { documents: [doc], attachments: [] } }, KEY);
const bytesOf = (doc: ClusterDocument) => new TextEncoder().encode(textOf(doc));
const with2023 = (change: (y: Year) => Year): ClusterDocument => {
  const doc = DEMO();
  return { ...doc, years: doc.years.map((y) => (y.year === 2023 ? change(y) : y)) };
};
const refusal = (bytes: Uint8Array) => {
  const read = readHandoverFile('ban-giao.json', bytes);
  if (read.ok) throw new Error('expected a refusal');
  return read.message;
};

describe('readHandoverFile', () => {
  it('reads the demo cluster, reporting each step', () => {
    const steps: ReadProgress['stage'][] = [];
    const read = readHandoverFile('ban-giao.json', bytesOf(DEMO()), (p) => steps.push(p.stage));
    expect(read.ok).toBe(true);
    expect([...new Set(steps)]).toEqual(['depth', 'json', 'checksum', 'documents', 'validation']);
    if (!read.ok) return;
    expect(read.value).toMatchObject({ packageVersion: 2, signer: { publicKey: KEY.publicKey } });
  });

  it('is the one reader of signed files: an edited file whose checksum was recomputed is refused on its signature', () => {
    const file = JSON.parse(textOf(DEMO())) as { signer: { publicKey: string }; seals: unknown[]; content: { documents: ClusterDocument[] }; checksum: string };
    const score = file.content.documents[0]?.years[0]?.scores[0];
    if (!score) throw new Error('demo has scores');
    score.reviewed = 0;
    file.checksum = fileChecksum({ purpose: 'handover', createdAt: CREATED, signer: file.signer, seals: file.seals, content: file.content });
    expect(refusal(new TextEncoder().encode(JSON.stringify(file)))).toMatch(/chữ ký không khớp nội dung/u);
  });

  it('reads an unsigned file of package version 1 and says it is unsigned (no signer, no seals)', () => {
    const content = { documents: [DEMO()], attachments: [] };
    const old = { kind: 'cum-thi-dua/package', packageVersion: 1, purpose: 'handover', createdAt: CREATED, checksum: sha256Hex(canonicalJson(content)), content };
    const read = readHandoverFile('cu.json', new TextEncoder().encode(JSON.stringify(old)));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.packageVersion).toBe(1);
    expect(read.value.signer).toBeUndefined();
    expect(read.value.seals).toBeUndefined();
  });

  it('refuses a score of 9.999,99 against a maximum of 2, naming year, member, criterion and range', () => {
    const doc = with2023((y) => ({ ...y, scores: y.scores.map((s, i) => (i === 0 ? { ...s, reviewed: 999_999 } : s)) }));
    const message = refusal(bytesOf(doc));
    expect(message).toMatch(/^Tệp «ban-giao\.json» có 1 giá trị không hợp lệ nên không được nhận; dữ liệu trên máy không thay đổi\./u);
    expect(message).toContain(`• Năm 2023: Đơn vị «${PHU_THO}», tiêu chí I.1 «Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước»: điểm thẩm định 9.999,99 vượt quá điểm tối đa. Điểm hợp lệ từ 0 đến 2.`);
  });

  it('refuses duplicate score rows and rows for a unit or a criterion that do not exist', () => {
    const doc = with2023((y) => {
      const first = y.scores[0];
      if (!first) throw new Error('demo has scores');
      return {
        ...y,
        scores: [...y.scores, { ...first }, { unitId: 'u-khong-co', criterionId: first.criterionId, reviewed: 100 }, { unitId: first.unitId, criterionId: 'c-khong-co', reviewed: 100 }],
      };
    });
    const message = refusal(bytesOf(doc));
    expect(message).toContain('có 3 giá trị không hợp lệ');
    expect(message).toContain(`• Năm 2023: Đơn vị «${PHU_THO}», tiêu chí I.1 «Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước»: điểm được nhập hai lần; chỉ giữ một dòng.`);
    expect(message).toContain('• Năm 2023: Đơn vị «u-khong-co» không phải thành viên của cụm năm 2023');
    expect(message).toContain(`• Năm 2023: Đơn vị «${PHU_THO}»: tiêu chí «c-khong-co» không có trong bảng tiêu chí năm 2023.`);
  });

  it('lists at most twelve messages and says how many more there are', () => {
    const doc = with2023((y) => ({ ...y, scores: y.scores.map((s) => ({ ...s, reviewed: 999_999 })) }));
    const message = refusal(bytesOf(doc));
    expect(message.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(12);
    expect(message).toMatch(/\n… và \d+ lỗi khác\.$/u);
  });

  it('an incomplete year (a required score not entered yet) is not an error of the file', () => {
    const doc = with2023((y) => ({ ...y, scores: y.scores.slice(1) }));
    expect(readHandoverFile('ban-giao.json', bytesOf(doc)).ok).toBe(true);
  });

  it('refuses a file nested deeper than the limit before parsing it, with a clear message', () => {
    const deep = new TextEncoder().encode(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(scanJsonDepth(deep).tooDeepAt).toBe(MAX_JSON_DEPTH);
    expect(refusal(deep)).toBe(
      'Tệp không phải gói dữ liệu Cụm Thi Đua hợp lệ: Tệp lồng nhau quá 64 tầng (một tệp bàn giao thật chỉ có khoảng 15 tầng), nên có thể đã bị sửa hoặc tạo ra để làm treo ứng dụng. Ứng dụng không đọc tệp này; dữ liệu trên máy không thay đổi.',
    );
    // The same refusal when a backup is read as text.
    const text = parsePackage(new TextDecoder().decode(deep));
    expect(text).toMatchObject({ ok: false, message: expect.stringContaining('lồng nhau quá 64 tầng') });
  });

  it('brackets inside strings do not count; a real file nests about fifteen levels', () => {
    expect(scanJsonDepth(new TextEncoder().encode(JSON.stringify({ note: '[[[[{{{{\\"'.repeat(50) })))).toEqual({ depth: 1, tooDeepAt: -1 });
    expect(scanJsonDepth(bytesOf(DEMO())).depth).toBeLessThanOrEqual(15);
  });

  it('refuses an empty file and one above the size limit without reading it', () => {
    expect(refusal(new Uint8Array(0))).toBe('Tệp «ban-giao.json» rỗng (0 byte).');
    // A view that claims more bytes than the limit: refused on its length alone.
    const huge = { byteLength: MAX_HANDOVER_BYTES + 1 } as Uint8Array;
    expect(refusal(huge)).toBe('Tệp «ban-giao.json» nặng 200 MB, vượt giới hạn 200 MB cho thao tác này.');
  });
});
