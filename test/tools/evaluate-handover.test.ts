import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseClusterDocument } from '../../shared/interchange/cluster-document';
import { serializePackage } from '../../shared/interchange/handover-package';
import { newSigningKeyPair } from '../../shared/engine/signing';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');

async function evaluate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['tools/evaluate.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

function handoverFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'handover-')), 'ban-giao.json');
  writeFileSync(file, text);
  return file;
}

const parsed = parseClusterDocument(readFileSync(join(ROOT, 'shared/demo/trung-du-mien-nui-phia-bac.json'), 'utf8'));
if (!parsed.ok) throw new Error(parsed.error.message);
const packageText = serializePackage({
  purpose: 'handover',
  createdAt: '2026-11-25T10:00:00.000Z',
  content: { documents: [parsed.doc], attachments: [] },
}, newSigningKeyPair());

describe('npm run evaluate on a hand-over file', { timeout: 30_000 }, () => {
  it('recomputes the year from the cluster inside the package', async () => {
    const r = await evaluate(handoverFile(packageText), '--year', '2023', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { awards: { tierName: string; unitNames: string[] }[]; nextLeader: { source: string } };
    expect(out.awards[0]?.unitNames).toEqual(['Ủy ban MTTQ Việt Nam tỉnh Phú Thọ']);
    expect(out.awards[1]?.unitNames).toEqual(['Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn']);
    expect(out.awards[2]?.unitNames).toHaveLength(5);
    expect(out.nextLeader.source).toBe('elected');
  });

  it('refuses a package whose content no longer matches its checksum (exit 2, one line)', async () => {
    const tampered = JSON.parse(packageText) as { content: { documents: { years: { scores: { reviewed?: number }[] }[] }[] } };
    tampered.content.documents[0]!.years[0]!.scores[0]!.reviewed = 0;
    const file = handoverFile(JSON.stringify(tampered, null, 2));
    const r = await evaluate(file, '--year', '2023');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${file}: Tệp không phải gói dữ liệu Cụm Thi Đua hợp lệ: mã kiểm tra (SHA-256) không khớp — tệp đã bị sửa hoặc hỏng.\n`);
  });
});
