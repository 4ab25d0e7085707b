/**
 * Hand-over files and backups (gói dữ liệu): cluster documents (shared/interchange/cluster-document.ts) plus the bytes of their attached
 * scans, wrapped with a SHA-256 checksum of the content so a damaged or truncated file is refused before anything is
 * written. A hand-over file holds one cluster (bàn giao dữ liệu cụm, when leadership rotates to another office);
 * a backup holds every cluster of the app.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { canonicalJson, sha256Hex } from '../engine/audit-chain';
import { parseClusterDocument, type ClusterDocument } from './cluster-document';
import type { Result } from '../base/result';
import { scanJsonDepth, tooDeepMessage } from './json-depth';

export const PACKAGE_KIND = 'cum-thi-dua/package';
export const PACKAGE_VERSION = 1;

export type PackagePurpose = 'handover' | 'backup';

/** A stored scan carried inside a package, as base64. */
export interface PackedAttachment {
  sha256: string;
  clusterId: string;
  fileName: string;
  mimeType: string;
  size: number;
  dataBase64: string;
}

export interface PackageContent {
  documents: ClusterDocument[];
  attachments: PackedAttachment[];
}

export interface DataPackage {
  purpose: PackagePurpose;
  createdAt: string;
  content: PackageContent;
}

const AttachmentSchema = z.strictObject({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  clusterId: z.string().min(1),
  fileName: z.string().min(1),
  mimeType: z.string(),
  size: z.number().int().min(0),
  dataBase64: z.string(),
});

const EnvelopeSchema = z.strictObject({
  kind: z.literal(PACKAGE_KIND),
  packageVersion: z.number().int(),
  purpose: z.enum(['handover', 'backup']),
  createdAt: z.iso.datetime({ offset: true }),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  content: z.strictObject({ documents: z.array(z.unknown()), attachments: z.array(AttachmentSchema) }),
});

export function contentChecksum(content: PackageContent): string {
  return sha256Hex(canonicalJson(content));
}

/** The file's text: stable key order inside the documents as stored, 2-space indent, trailing newline. */
export function serializePackage(pkg: DataPackage): string {
  const envelope = {
    kind: PACKAGE_KIND,
    packageVersion: PACKAGE_VERSION,
    purpose: pkg.purpose,
    createdAt: pkg.createdAt,
    checksum: contentChecksum(pkg.content),
    content: pkg.content,
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

export const REFUSED = 'Tệp không phải gói dữ liệu Cụm Thi Đua hợp lệ';

export type PackageEnvelope = z.infer<typeof EnvelopeSchema>;

/** The outer checks of a parsed file: kind, version, shape of the envelope (the content is checked afterwards). */
export function checkEnvelope(raw: unknown): Result<PackageEnvelope> {
  const version = (raw as { packageVersion?: unknown } | null)?.packageVersion;
  if (typeof version === 'number' && version > PACKAGE_VERSION) {
    return { ok: false, message: `Tệp được tạo bởi phiên bản Cụm Thi Đua mới hơn (gói phiên bản ${version}). Hãy cập nhật ứng dụng.` };
  }
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    const where = envelope.error.issues[0]?.path.join('.') || 'tệp';
    return { ok: false, message: `${REFUSED}: phần «${where}» không đúng cấu trúc.` };
  }
  return { ok: true, value: envelope.data };
}

/** The checksum of the content must be the one the file states: a damaged or edited file is refused whole. */
export function checkChecksum(envelope: PackageEnvelope): Result<void> {
  return sha256Hex(canonicalJson(envelope.content)) === envelope.checksum
    ? { ok: true, value: undefined }
    : { ok: false, message: `${REFUSED}: mã kiểm tra (SHA-256) không khớp — tệp đã bị sửa hoặc hỏng.` };
}

/** The i-th cluster document of the content, parsed (schema and references; the message names the JSON path). */
export function checkDocument(candidate: unknown, i: number): Result<ClusterDocument> {
  const parsed = parseClusterDocument(candidate);
  return parsed.ok ? { ok: true, value: parsed.doc } : { ok: false, message: `${REFUSED}: cụm thứ ${i + 1}: ${parsed.error.message}` };
}

/** The bytes of an attachment, if they match its stated size and SHA-256. */
export function checkAttachment(a: PackedAttachment): Result<Uint8Array<ArrayBuffer>> {
  const bytes = base64ToBytes(a.dataBase64);
  if (bytes === null || bytes.byteLength !== a.size || bytesToHex(sha256(bytes)) !== a.sha256) {
    return { ok: false, message: `${REFUSED}: tệp đính kèm «${a.fileName}» bị hỏng.` };
  }
  return { ok: true, value: bytes };
}

/** JSON.parse of a whole file, after its nesting depth was checked (a deep file would exhaust the call stack). */
export function parseJsonText(text: string): Result<unknown> {
  if (scanJsonDepth(text).tooDeepAt >= 0) return { ok: false, message: `${REFUSED}: ${tooDeepMessage()}` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: `${REFUSED}: nội dung bị hỏng hoặc bị cắt cụt (không đọc được JSON).` };
  }
}

/**
 * Reads a package, checking in order: nesting depth, JSON, kind, version, the checksum of the content, every cluster
 * document, each attachment's bytes against its SHA-256. Any failure refuses the whole file with one Vietnamese
 * message. (A hand-over file being received goes through shared/interchange/handover-file.ts, which adds the checks
 * of each year and reports its progress.)
 */
export function parsePackage(text: string): Result<DataPackage> {
  const raw = parseJsonText(text);
  if (!raw.ok) return raw;
  const envelope = checkEnvelope(raw.value);
  if (!envelope.ok) return envelope;
  const { purpose, createdAt, content } = envelope.value;
  const sum = checkChecksum(envelope.value);
  if (!sum.ok) return sum;
  const documents: ClusterDocument[] = [];
  for (const [i, candidate] of content.documents.entries()) {
    const parsed = checkDocument(candidate, i);
    if (!parsed.ok) return parsed;
    documents.push(parsed.value);
  }
  for (const a of content.attachments) {
    const bytes = checkAttachment(a);
    if (!bytes.ok) return bytes;
  }
  return { ok: true, value: { purpose, createdAt, content: { documents, attachments: content.attachments } } };
}

// Base64 without Buffer, so this module runs unchanged in node, the renderer and a worker.
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
