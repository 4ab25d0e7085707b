/**
 * The lines official documents print to tie them to the locked year they come from (docs/format.md, "Chữ ký và mốc
 * niêm phong"): the results checksum and the anchor of the audit log, the same in the Excel list, the Word and
 * printed documents and the integrity screen, so a reader can compare any of them with the app. Also the line of the
 * hand-over record with the key fingerprint the receiving office compares.
 */
import type { Year } from '../model/year';
import { logAnchor } from '../engine/year-seal';
import { keyFingerprint } from '../engine/signing';

/** How much of the last log hash is printed: enough to compare by eye, short enough for a footer. */
const HEAD_DIGITS = 16;

/** "Mã kiểm tra kết quả đã chốt (SHA-256): <64 hex> · Nhật ký: 12 mục, mục cuối 9c1d2e3f4a5b6c7d". */
export function sealText(checksum: string, log: { entries: number; lastHash: string }): string {
  const head = log.entries === 0 ? 'chưa có mục nào' : `${log.entries} mục, mục cuối ${log.lastHash.slice(0, HEAD_DIGITS)}`;
  return `Mã kiểm tra kết quả đã chốt (SHA-256): ${checksum} · Nhật ký: ${head}`;
}

/**
 * The line a document of `year` prints, or undefined when the year is not locked: an unlocked year's results may
 * have moved on from its snapshot, and a document never prints a checksum its figures do not match.
 */
export function yearSealText(year: Pick<Year, 'locked' | 'finalised' | 'audit'>): string | undefined {
  if (!year.locked || !year.finalised) return undefined;
  return sealText(year.finalised.checksum, logAnchor(year.audit));
}

/** "Dấu vân tay khóa ký dữ liệu: 3F2A-91C0-7B44-E1D2-0A9F" (shared/engine/signing.ts keyFingerprint). */
export function fingerprintText(publicKey: string): string {
  return `Dấu vân tay khóa ký dữ liệu: ${keyFingerprint(publicKey)}`;
}
