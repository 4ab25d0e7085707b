/**
 * Hand-over files and backups (gói dữ liệu): cluster documents (shared/interchange/cluster-document.ts) plus the bytes of their attached
 * scans and the seals of their finalised years, with a SHA-256 checksum of the whole file signed by the sending
 * installation's key (docs/format.md, "Chữ ký và mốc niêm phong"): a damaged, truncated or altered file is refused
 * before anything is written. A hand-over file holds one cluster (bàn giao dữ liệu cụm, when leadership rotates to
 * another office); a backup holds every cluster of the app. Files of version 1 (checksum of the content only, no
 * signature, no seals) are still read, and say so.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { canonicalJson, sha256Hex } from '../engine/audit-chain';
import { signText, verifyText, type SigningKeyPair } from '../engine/signing';
import { SignedYearSealSchema, type SignedYearSeal } from '../model/seal';
import { parseClusterDocument, type ClusterDocument } from './cluster-document';
import type { Result } from '../base/result';
import { scanJsonDepth, tooDeepMessage } from './json-depth';

export const PACKAGE_KIND = 'cum-thi-dua/package';
/** Version 2: checksum of the whole file, Ed25519 signature, seals of the finalised years. */
export const PACKAGE_VERSION = 2;
/** The label the file signature is made under (shared/engine/signing.ts signText). */
export const PACKAGE_SIGNATURE_DOMAIN = 'cum-thi-dua/package/2';

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
  /** The seals of the finalised years, as the sending installation keeps them (none in files of version 1). */
  seals?: readonly SignedYearSeal[];
}

/** A package as read from a file: its version and, for version 2, the key whose signature was verified. */
export interface ReadPackage extends DataPackage {
  packageVersion: number;
  /** The signer's public key (64 hex), verified against the file's checksum; undefined for an unsigned version-1 file. */
  signer?: { publicKey: string };
}

const AttachmentSchema = z.strictObject({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  clusterId: z.string().min(1),
  fileName: z.string().min(1),
  mimeType: z.string(),
  size: z.number().int().min(0),
  dataBase64: z.string(),
});

const ContentSchema = z.strictObject({ documents: z.array(z.unknown()), attachments: z.array(AttachmentSchema) });
const HexSchema = (digits: number) => z.string().regex(new RegExp(`^[0-9a-f]{${digits}}$`, 'u'));

/** Version 1: the checksum covers `content` only, nothing is signed. */
const EnvelopeV1Schema = z.strictObject({
  kind: z.literal(PACKAGE_KIND),
  packageVersion: z.literal(1),
  purpose: z.enum(['handover', 'backup']),
  createdAt: z.iso.datetime({ offset: true }),
  checksum: HexSchema(64),
  content: ContentSchema,
});

/** Version 2: the checksum covers every field but itself and the signature, which signs the checksum. */
const EnvelopeV2Schema = z.strictObject({
  kind: z.literal(PACKAGE_KIND),
  packageVersion: z.literal(2),
  purpose: z.enum(['handover', 'backup']),
  createdAt: z.iso.datetime({ offset: true }),
  signer: z.strictObject({ publicKey: HexSchema(64) }),
  checksum: HexSchema(64),
  signature: HexSchema(128),
  seals: z.array(SignedYearSealSchema),
  content: ContentSchema,
});

/** The checksum of a version-2 file: SHA-256 of the canonical JSON of everything but `checksum` and `signature`. */
export function fileChecksum(fields: { purpose: PackagePurpose; createdAt: string; signer: { publicKey: string }; seals: readonly unknown[]; content: unknown }): string {
  const { purpose, createdAt, signer, seals, content } = fields;
  return sha256Hex(canonicalJson({ kind: PACKAGE_KIND, packageVersion: PACKAGE_VERSION, purpose, createdAt, signer, seals, content }));
}

/**
 * The file's text, signed with the installation's key: stable key order inside the documents as stored, 2-space
 * indent, trailing newline; the envelope (who signed, checksum, signature, seals) before the content, so it reads
 * first.
 */
export function serializePackage(pkg: DataPackage, key: SigningKeyPair): string {
  const signer = { publicKey: key.publicKey };
  const seals = [...(pkg.seals ?? [])];
  const checksum = fileChecksum({ purpose: pkg.purpose, createdAt: pkg.createdAt, signer, seals, content: pkg.content });
  const envelope = {
    kind: PACKAGE_KIND,
    packageVersion: PACKAGE_VERSION,
    purpose: pkg.purpose,
    createdAt: pkg.createdAt,
    signer,
    checksum,
    signature: signText(PACKAGE_SIGNATURE_DOMAIN, checksum, key.secretKey),
    seals,
    content: pkg.content,
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

export const REFUSED = 'Tệp không phải gói dữ liệu Cụm Thi Đua hợp lệ';

/** The envelope of a file of either version, its shape checked (the checksum and signature are checked next). */
export type PackageEnvelope = z.infer<typeof EnvelopeV1Schema> | z.infer<typeof EnvelopeV2Schema>;

/** The outer checks of a parsed file: kind, version, shape of the envelope (the content is checked afterwards). */
export function checkEnvelope(raw: unknown): Result<PackageEnvelope> {
  const version = (raw as { packageVersion?: unknown } | null)?.packageVersion;
  if (typeof version === 'number' && version > PACKAGE_VERSION) {
    return { ok: false, message: `Tệp được tạo bởi phiên bản Cụm Thi Đua mới hơn (gói phiên bản ${version}). Hãy cập nhật ứng dụng.` };
  }
  const envelope = (version === 1 ? EnvelopeV1Schema : EnvelopeV2Schema).safeParse(raw);
  if (!envelope.success) {
    const where = envelope.error.issues[0]?.path.join('.') || 'tệp';
    return { ok: false, message: `${REFUSED}: phần «${where}» không đúng cấu trúc.` };
  }
  return { ok: true, value: envelope.data };
}

/**
 * The file must be the one its checksum states (of the whole file from version 2, of the content in version 1), and
 * from version 2 the checksum must carry the signer's signature: a damaged, edited or resealed file is refused whole.
 */
export function checkChecksum(e: PackageEnvelope): Result<void> {
  const checksum = e.packageVersion === 1 ? sha256Hex(canonicalJson(e.content)) : fileChecksum(e);
  if (checksum !== e.checksum) {
    return { ok: false, message: `${REFUSED}: mã kiểm tra (SHA-256) không khớp — tệp đã bị sửa hoặc hỏng.` };
  }
  if (e.packageVersion === 2 && !verifyText(PACKAGE_SIGNATURE_DOMAIN, e.checksum, e.signature, e.signer.publicKey)) {
    return {
      ok: false,
      message: `${REFUSED}: chữ ký không khớp nội dung — tệp đã bị sửa sau khi ký (kể cả khi mã kiểm tra được tính lại), hoặc chữ ký bị giả.`,
    };
  }
  return { ok: true, value: undefined };
}

/** Who signed a checked envelope and the seals it carries (none for version 1). */
export function signingOf(e: PackageEnvelope): Pick<ReadPackage, 'packageVersion' | 'signer' | 'seals'> {
  return e.packageVersion === 1 ? { packageVersion: 1 } : { packageVersion: 2, signer: e.signer, seals: e.seals };
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
 * Reads a package, checking in order: nesting depth, JSON, kind, version, the checksum (of the whole file from
 * version 2, of the content in version 1), the signature (version 2), every cluster document, each attachment's bytes
 * against its SHA-256. Any failure refuses the whole file with one Vietnamese message. Whether the signer is known,
 * and whether the finalised years match their seals, is for verifyHandoverFile (handover-signature.ts) and, for a
 * backup, checkPackageYears. A hand-over file being received goes through the same steps in
 * shared/interchange/handover-file.ts, which adds the checks of each year and reports its progress.
 */
export function parsePackage(text: string): Result<ReadPackage> {
  const raw = parseJsonText(text);
  if (!raw.ok) return raw;
  const envelope = checkEnvelope(raw.value);
  if (!envelope.ok) return envelope;
  const sum = checkChecksum(envelope.value);
  if (!sum.ok) return sum;
  const { purpose, createdAt, content } = envelope.value;
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
  return { ok: true, value: { ...signingOf(envelope.value), purpose, createdAt, content: { documents, attachments: content.attachments } } };
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
