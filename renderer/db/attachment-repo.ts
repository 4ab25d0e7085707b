import type { Attachment } from '../../shared/model/pledges';
import { checkScanFile } from '../../shared/edits/pledges';
import type { Result } from '../../shared/base/result';
import type { AppDatabase } from './database';
import type { AttachmentRow } from './rows';
import { asResult } from './user-error';

async function sha256Of(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Stores a signed scan (PDF or image ≤ 20 MB) and returns its metadata for the pledge. The same file stored twice
 * is one row (content-addressed). Hashing happens before the transaction: no foreign await inside it (Dexie).
 */
export async function storeScan(db: AppDatabase, clusterId: string, file: File): Promise<Result<Attachment>> {
  const check = checkScanFile({ name: file.name, type: file.type, size: file.size });
  if (!check.ok) return check;
  const bytes = await file.arrayBuffer();
  const sha256 = await sha256Of(bytes);
  const mimeType = file.type || (/\.pdf$/i.test(file.name) ? 'application/pdf' : 'application/octet-stream');
  const row: AttachmentRow = {
    sha256,
    clusterId,
    fileName: file.name,
    mimeType,
    size: file.size,
    blob: new Blob([bytes], { type: mimeType }),
    storedAt: new Date().toISOString(),
  };
  const stored = await asResult(() => db.attachments.put(row));
  if (!stored.ok) return stored;
  return { ok: true, value: { fileName: file.name, mimeType, size: file.size, sha256 } };
}

export async function loadScan(db: AppDatabase, sha256: string): Promise<Blob | undefined> {
  return (await db.attachments.get(sha256))?.blob;
}
