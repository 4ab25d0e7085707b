import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClusterDocument } from '../../shared/interchange/cluster-document';
import { serializePackage } from '../../shared/interchange/handover-package';
import { newSigningKeyPair } from '../../shared/engine/signing';
import { ROOT, evaluate } from './run-evaluate';

function handoverFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'handover-')), 'ban-giao.json');
  writeFileSync(file, text);
  return file;
}

const parsed = parseClusterDocument(readFileSync(join(ROOT, 'shared/demo/trung-du-mien-nui-phia-bac.json'), 'utf8'));
if (!parsed.ok) throw new Error(parsed.error.message);
/** This test's installation key: hand-over files are signed (docs/format.md). */
const key = newSigningKeyPair();
const packageText = serializePackage({
  purpose: 'handover',
  createdAt: '2026-11-25T10:00:00.000Z',
  content: { documents: [parsed.doc], attachments: [] },
}, key);

describe('npm run evaluate on a hand-over file', () => {
  it('recomputes the year from the cluster inside the package', () => {
    const r = evaluate(handoverFile(packageText), '--year', '2023', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { awards: { tierName: string; unitNames: string[] }[]; nextLeader: { source: string } };
    expect(out.awards[0]?.unitNames).toEqual(['Ủy ban MTTQ Việt Nam tỉnh Phú Thọ']);
    expect(out.awards[1]?.unitNames).toEqual(['Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn']);
    expect(out.awards[2]?.unitNames).toHaveLength(5);
    expect(out.nextLeader.source).toBe('elected');
  });

  it('refuses a package whose content no longer matches its checksum (exit 2, one line)', () => {
    const tampered = JSON.parse(packageText) as { content: { documents: { years: { scores: { reviewed?: number }[] }[] }[] } };
    tampered.content.documents[0]!.years[0]!.scores[0]!.reviewed = 0;
    const file = handoverFile(JSON.stringify(tampered, null, 2));
    const r = evaluate(file, '--year', '2023');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${file}: Tệp không phải gói dữ liệu Cụm Thi Đua hợp lệ: mã kiểm tra (SHA-256) không khớp — tệp đã bị sửa hoặc hỏng.\n`);
  });
  it('refuses a package of several clusters or of none, saying what it holds (exit 2, one line)', () => {
    const second = { ...parsed.doc, cluster: { ...parsed.doc.cluster, id: 'cluster-khac', name: 'Cụm thi đua khác' } };
    for (const [documents, expected] of [
      [[parsed.doc, second], 'content.documents: tệp chứa 2 cụm; evaluate chỉ đọc tệp bàn giao của một cụm.'],
      [[], 'content.documents: tệp không chứa cụm nào.'],
    ] as const) {
      const file = handoverFile(serializePackage({ purpose: 'handover', createdAt: '2026-11-25T10:00:00.000Z', content: { documents: [...documents], attachments: [] } }, key));
      const r = evaluate(file, '--year', '2023');
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`${file}: ${expected}\n`);
    }
  });
});
