/**
 * The year's audit log (nhật ký thay đổi). docs/domain.md, "Finalising, locking and the audit log": every change
 * (who, when, old → new value, reason) is kept; the log is append-only and hash-chained, so a later edit of the log
 * itself is detectable. SHA-256 comes from @noble/hashes: synchronous, and the same code runs in node, the
 * renderer and a Web Worker (WebCrypto's digest is async only).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { GENESIS_HASH } from '../model/audit';
import type { AuditEntry, AuditEntryDraft } from '../model/audit';

/**
 * JSON with object keys in a stable order (sorted by UTF-16 code units), so equal data always hashes equally.
 * Object properties that are undefined are left out (as JSON.stringify does); anything JSON cannot carry exactly is
 * refused rather than changed: non-finite numbers, undefined in arrays, bigint, functions, symbols, class instances.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$');
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new RangeError(`Không ghi được ${path}: ${String(value)} không phải là số hữu hạn.`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        return `[${value
          .map((item: unknown, i) => {
            if (item === undefined) throw new TypeError(`Không ghi được ${path}[${i}]: giá trị undefined trong mảng.`);
            return write(item, `${path}[${i}]`);
          })
          .join(',')}]`;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        throw new TypeError(`Không ghi được ${path}: chỉ nhận đối tượng JSON thuần.`);
      }
      const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${write(v, `${path}.${k}`)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`Không ghi được ${path}: kiểu ${typeof value} không có trong JSON.`);
  }
}

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lower-case hex digits. */
export const sha256Hex = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));

/** The hash an entry must carry: over every field but `hash` itself (so seq and prevHash are covered). */
export function entryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const { seq, at, who, action, target, oldValue, newValue, reason, command, prevHash } = entry;
  return sha256Hex(canonicalJson({ seq, at, who, action, target, oldValue, newValue, reason, command, prevHash }));
}

/**
 * Returns a new log with the entry appended (seq = last + 1, starting at 1; prevHash = last hash). The given log is
 * not changed. It is not re-verified here: call verifyAuditChain when loading a log.
 */
export function appendAuditEntry(log: readonly AuditEntry[], draft: AuditEntryDraft): AuditEntry[] {
  const last = log.at(-1);
  const body = { ...draft, seq: last ? last.seq + 1 : 1, prevHash: last ? last.hash : GENESIS_HASH };
  const entry: AuditEntry = { ...body, hash: entryHash(body) };
  if (entry.reason === undefined) delete entry.reason;
  if (entry.command === undefined) delete entry.command;
  return [...log, entry];
}

export type AuditChainCheck = { intact: true } | { intact: false; brokenAtSeq: number; why: string };

/**
 * Walks the chain from the start. Detects an edited entry (its hash no longer matches its content), a deleted or
 * reordered entry (seq out of sequence or prevHash not the previous hash). Deleting the LAST entries cannot be seen
 * from the log alone: pass `anchor` (seq and hash of the head recorded elsewhere, e.g. in the finalised snapshot).
 */
export function verifyAuditChain(
  log: readonly AuditEntry[],
  anchor?: { seq: number; hash: string },
): AuditChainCheck {
  let prevHash = GENESIS_HASH;
  for (const [i, entry] of log.entries()) {
    const expected = i + 1;
    if (entry.seq !== expected) {
      const elsewhere = log.findIndex((e) => e.seq === expected);
      const why =
        elsewhere >= 0
          ? `Mục số ${expected} bị đổi chỗ (đang ở vị trí ${elsewhere + 1} thay vì ${expected}).`
          : `Thiếu mục số ${expected}: mục này đã bị xóa (vị trí ${expected} đang là mục số ${entry.seq}).`;
      return { intact: false, brokenAtSeq: expected, why };
    }
    let recomputed: string;
    try {
      recomputed = entryHash(entry);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return { intact: false, brokenAtSeq: expected, why: `Mục số ${expected} có dữ liệu không hợp lệ: ${detail}` };
    }
    if (recomputed !== entry.hash) {
      return {
        intact: false,
        brokenAtSeq: expected,
        why: `Mục số ${expected} đã bị sửa sau khi ghi: mã băm không khớp nội dung.`,
      };
    }
    if (entry.prevHash !== prevHash) {
      return {
        intact: false,
        brokenAtSeq: expected,
        why: `Mục số ${expected} không nối tiếp mục trước (mã băm mục trước không khớp): nhật ký đã bị sửa, xóa hoặc chèn.`,
      };
    }
    prevHash = entry.hash;
  }
  if (anchor) {
    const head = log.at(-1);
    if (!head || head.seq < anchor.seq) {
      return {
        intact: false,
        brokenAtSeq: (head?.seq ?? 0) + 1,
        why: `Nhật ký chỉ còn ${log.length} mục, thiếu các mục cuối đến số ${anchor.seq}: đã bị xóa.`,
      };
    }
    const anchored = log[anchor.seq - 1];
    if (anchor.seq >= 1 && anchored && anchored.hash !== anchor.hash) {
      return {
        intact: false,
        brokenAtSeq: anchor.seq,
        why: `Mục số ${anchor.seq} khác với bản đã chốt (mã băm không khớp).`,
      };
    }
  }
  return { intact: true };
}
