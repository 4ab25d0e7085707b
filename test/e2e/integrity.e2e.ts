import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { canonicalJson, sha256Hex } from '../../shared/engine/audit-chain';
import { keyFingerprint, newSigningKeyPair } from '../../shared/engine/signing';
import { sealOf, signSeal } from '../../shared/engine/year-seal';
import type { ClusterDocument } from '../../shared/interchange/cluster-document';
import { fileChecksum, parsePackage, serializePackage } from '../../shared/interchange/handover-package';
import { goTo, loadDemo, openApp, openYear, waitForSave } from './app-actions';
import { screenshot, useBrowser } from './browser';
import { editStoredYear, finaliseOnAwards } from './year-end-steps';

/**
 * Tamper evidence in Chromium (docs/format.md, "Chữ ký và mốc niêm phong"): a finalised year changed with raw
 * IndexedDB from the page is named by «Kiểm tra tính toàn vẹn» and its official exports are refused; deleted log
 * entries are counted; a resealed hand-over file is refused; a signed one shows its sender's fingerprint.
 */

const browser = useBrowser();

const DIR = 'test-results/integrity';
const BAC_KAN = 'Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn';

async function start(): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const { page, context, errors } = await openApp(browser());
  await loadDemo(page);
  await openYear(page, 2023);
  return { page, errors, close: () => context.close() };
}

async function finalise(page: Page) {
  await finaliseOnAwards(page);
  await goTo(page, 'Nhật ký', 'Chốt kết quả và nhật ký năm 2023');
  await page.getByText('Đang khóa sổ: mọi thay đổi đều bị từ chối cho đến khi mở khóa.').waitFor();
  await waitForSave(page);
}

async function check(page: Page) {
  await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
}


const LOWER_BAC_KAN = `body.scores = body.scores.map((s) => s.unitId === 'u-bac-kan' && s.reviewed !== undefined ? { ...s, reviewed: 0 } : s);`;

describe('a locked year changed outside the app', () => {
  test('a score changed with raw IndexedDB is named by the integrity check, and the official list and documents are refused', async () => {
    const { page, errors, close } = await start();
    await finalise(page);
    await check(page);
    await page
      .getByRole('status')
      .filter({ hasText: 'Nguyên vẹn: kết quả tính lại từ điểm đang lưu khớp mã kiểm tra đã chốt; nhật ký 2 mục, chuỗi mã băm khớp mốc niêm phong.' })
      .waitFor();
    await expect.poll(() => page.getByLabel('Dòng in trên văn bản của năm đã khóa sổ').textContent()).toMatch(
      /^Mã kiểm tra kết quả đã chốt \(SHA-256\): [0-9a-f]{64} · Nhật ký: 2 mục, mục cuối [0-9a-f]{16}$/u,
    );

    // Bắc Kạn, second, gets zero on every reviewed criterion straight in the database: the screen still shows the old year.
    await editStoredYear(page, LOWER_BAC_KAN);
    await check(page);
    const report = page.locator('.integrity-report');
    await expect.poll(() => report.locator('p').first().textContent()).toBe('Năm 2023 KHÔNG còn nguyên vẹn: dữ liệu đã bị sửa ngoài ứng dụng.');
    const finding = report.locator('[data-finding="results-changed"]');
    await expect.poll(() => finding.textContent()).toContain('Kết quả tính lại từ điểm đang lưu khác kết quả đã chốt');
    const bacKan = async () => (await finding.locator('li').allTextContents()).find((l) => l.startsWith(BAC_KAN)) ?? '';
    await expect.poll(bacKan).toMatch(/^Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn: tổng điểm [\d,]+ → [\d,]+; hạng 2 → 7; tiêu chí I\.1 .+: [\d,]+ → 0,00/u);
    await expect.poll(() => finding.textContent()).toContain('Hình thức «Cờ thi đua xuất sắc»: Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn → ');
    await screenshot(page, 'integrity-changed-score');

    // The official list: refused with the same report, no file.
    await goTo(page, 'Xuất, nhập Excel', 'Xuất, nhập Excel — năm 2023');
    const panel = page.getByRole('region', { name: 'Xuất Excel' });
    let downloads = 0;
    page.on('download', () => downloads++);
    await panel.getByRole('button', { name: 'Xuất: Danh sách đề nghị khen thưởng' }).click();
    const refusal = panel.getByRole('alert');
    await expect.poll(() => refusal.textContent()).toMatch(/^Không xuất được tệp: Không xuất văn bản của năm 2023: năm đã khóa sổ nhưng dữ liệu không còn khớp/u);
    await expect.poll(() => refusal.textContent()).toContain(`${BAC_KAN}: tổng điểm`);
    await screenshot(page, 'integrity-export-refused');

    // The documents: the preview is withheld, printing is off, the .docx is refused.
    await goTo(page, 'Văn bản', 'Văn bản — năm 2023');
    await page.getByRole('alert').filter({ hasText: 'Không xuất văn bản của năm 2023' }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'In / Lưu PDF' }).isDisabled()).toBe(true);
    await expect.poll(() => page.locator('.documents-preview').count()).toBe(0);
    await screenshot(page, 'integrity-documents-refused');
    await page.getByRole('button', { name: 'Tải tệp Word (.docx)' }).click();
    await page.getByRole('alert').filter({ hasText: 'Không tạo được văn bản: Không xuất văn bản của năm 2023' }).waitFor();
    expect(downloads).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  test('deleting the last log entries, then the whole log, is reported with how many are missing', async () => {
    const { page, errors, close } = await start();
    await finalise(page);
    await editStoredYear(page, 'body.audit = body.audit.slice(0, 1);');
    await check(page);
    await expect.poll(() => page.locator('[data-finding="log-truncated"]').textContent()).toBe(
      'Nhật ký bị xóa 1 mục cuối: mốc niêm phong ghi 2 mục, nay chỉ còn 1 (thiếu mục số 2).',
    );
    await editStoredYear(page, 'body.audit = [];');
    await page.reload();
    await openYear(page, 2023);
    await goTo(page, 'Nhật ký', 'Chốt kết quả và nhật ký năm 2023');
    await check(page);
    await expect.poll(() => page.locator('[data-finding="log-emptied"]').textContent()).toBe(
      'Nhật ký đã bị xóa hết: mốc niêm phong ghi 2 mục, nay không còn mục nào (thiếu 2 mục).',
    );
    await screenshot(page, 'integrity-log-emptied');
    expect(errors).toEqual([]);
    await close();
  });
});

type Envelope = { checksum: string; purpose: 'handover'; createdAt: string; signer: { publicKey: string }; seals: unknown[]; content: { documents: ClusterDocument[] } };

describe('hand-over files between two offices', () => {
  test('a resealed file is refused; a signed file shows its fingerprint; a new key for a known cluster and an unsigned file are warned about', async () => {
    mkdirSync(DIR, { recursive: true });
    const sender = await start();
    await finalise(sender.page);
    await goTo(sender.page, 'Bàn giao & sao lưu', 'Bàn giao & sao lưu dữ liệu');
    const own = sender.page.getByLabel('Dấu vân tay khóa ký của máy này');
    await expect.poll(() => own.textContent()).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/u);
    const fingerprint = (await own.textContent()) ?? '';
    const download = sender.page.waitForEvent('download');
    await sender.page.getByRole('button', { name: 'Xuất tệp bàn giao' }).click();
    const genuine = `${DIR}/ban-giao.json`;
    await (await download).saveAs(genuine);
    await screenshot(sender.page, 'integrity-sender-fingerprint');
    await sender.close();

    const text = readFileSync(genuine, 'utf8');
    const file = JSON.parse(text) as Envelope;
    expect(keyFingerprint(file.signer.publicKey)).toBe(fingerprint);

    // Resealed: Bắc Kạn's finalised 2023 scores lowered and the file's checksum recomputed.
    const tampered = structuredClone(file);
    for (const year of tampered.content.documents[0]?.years ?? []) {
      if (year.year === 2023) year.scores = year.scores.map((s) => (s.unitId === 'u-bac-kan' && s.reviewed !== undefined ? { ...s, reviewed: 0 } : s));
    }
    tampered.checksum = fileChecksum(tampered);
    const resealed = `${DIR}/ban-giao-sua.json`;
    writeFileSync(resealed, JSON.stringify(tampered, null, 2));

    // The same data signed by another installation (for a known cluster: a new key).
    const parsed = parsePackage(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const other = newSigningKeyPair();
    const reSigned = `${DIR}/ban-giao-khoa-khac.json`;
    const otherSeals = parsed.value.content.documents.flatMap((d) =>
      d.years.filter((y) => y.finalised).map((y) => signSeal(sealOf(d.cluster.id, y, '2026-11-25T10:00:00.000Z'), other.secretKey)),
    );
    writeFileSync(reSigned, serializePackage({ ...parsed.value, seals: otherSeals }, other));

    // The same data in the old, unsigned format (package version 1).
    const content = { documents: file.content.documents, attachments: [] };
    const unsigned = `${DIR}/ban-giao-cu.json`;
    writeFileSync(
      unsigned,
      JSON.stringify({ kind: 'cum-thi-dua/package', packageVersion: 1, purpose: 'handover', createdAt: file.createdAt, checksum: sha256Hex(canonicalJson(content)), content }),
    );

    const receiver = await openApp(browser());
    const page = receiver.page;
    await goTo(page, 'Bàn giao & sao lưu', 'Bàn giao & sao lưu dữ liệu');
    const receive = async (path: string) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Nhận tệp bàn giao…' }).click();
      await (await chooser).setFiles(path);
    };

    await receive(resealed);
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(
      'ban-giao-sua.json: Tệp không phải gói dữ liệu Cụm Thi Đua hợp lệ: chữ ký không khớp nội dung — tệp đã bị sửa sau khi ký (kể cả khi mã kiểm tra được tính lại), hoặc chữ ký bị giả.',
    );
    await expect.poll(() => page.getByLabel('Cụm đang làm việc').count()).toBe(0);
    await screenshot(page, 'integrity-resealed-refused');

    await receive(genuine);
    const signature = page.getByRole('group', { name: 'Chữ ký của tệp' });
    await expect.poll(() => signature.getByLabel('Dấu vân tay khóa đã ký tệp').textContent()).toBe(fingerprint);
    await expect.poll(() => signature.locator('[data-standing]').getAttribute('data-standing')).toBe('first');
    await expect.poll(() => signature.getByRole('alert').textContent()).toContain(`từ khóa có dấu vân tay ${fingerprint}`);
    await expect.poll(() => signature.locator('.sealed-years li').allTextContents()).toEqual([
      expect.stringMatching(/^Năm 2023: đang khóa sổ; mã kiểm tra [0-9a-f]{12}…; nhật ký 2 mục\.$/u),
    ]);
    await screenshot(page, 'integrity-signed-received');
    await page.getByRole('button', { name: 'Xác nhận nhận dữ liệu' }).click();
    await page.getByText('Đã nhận dữ liệu của 1 cụm. Một bản sao lưu đã được tạo ngay trước khi nhận.').waitFor();

    await receive(reSigned);
    await expect.poll(() => signature.locator('[data-standing]').getAttribute('data-standing')).toBe('changed');
    await expect.poll(() => signature.getByRole('alert').textContent()).toContain(`trước đây được gửi từ khóa có dấu vân tay ${fingerprint}`);
    await expect.poll(() => signature.getByLabel('Dấu vân tay khóa đã ký tệp').textContent()).toBe(keyFingerprint(other.publicKey));
    await screenshot(page, 'integrity-new-key-warning');
    await page.getByRole('button', { name: 'Hủy' }).click();

    await receive(unsigned);
    await signature.getByText('Tệp không có chữ ký', { exact: true }).waitFor();
    await expect.poll(() => signature.getByRole('alert').textContent()).toMatch(/^Tệp không có chữ ký \(định dạng cũ, gói phiên bản 1\)/u);
    await signature.getByText('Tệp không có chữ ký nên các năm đã chốt trên máy này được giữ nguyên, không thay bằng bản trong tệp: 2023.').waitFor();
    await screenshot(page, 'integrity-unsigned-warning');
    expect(receiver.errors).toEqual([]);
    await receiver.context.close();
  });
});
