/**
 * Reading a hand-over file that is being received, as the hand-over worker does it (renderer/features/data), step by
 * step with progress, with the same steps as parsePackage (shared/interchange/handover-package.ts): size, nesting
 * depth, JSON, envelope, checksum and signature, each cluster document, each attachment, then
 * every year checked with the same rules as an edit (shared/interchange/handover-validation.ts). Any failure refuses
 * the whole file before anything is written (docs/format.md, "Hand-over files and backups").
 */
import type { Result } from '../base/result';
import { fileTooLargeMessage } from '../platform/ipc';
import type { ClusterDocument } from './cluster-document';
import type { SignedYearSeal } from '../model/seal';
import {
  checkAttachment,
  checkChecksum,
  checkDocument,
  checkEnvelope,
  REFUSED,
  signingOf,
  type PackagePurpose,
  type PackedAttachment,
} from './handover-package';
import { documentErrors, listErrors } from './handover-validation';
import { scanJsonDepth, tooDeepMessage } from './json-depth';

/** Above this a file is refused before it is read: ten times the largest cluster with its scans seen so far. */
export const MAX_HANDOVER_BYTES = 200 * 1024 * 1024;

export type ReadStage = 'depth' | 'json' | 'checksum' | 'documents' | 'attachments' | 'validation';

export interface ReadProgress {
  readonly stage: ReadStage;
  readonly done: number;
  readonly total: number;
}

/** An attachment whose bytes were checked against its SHA-256 (bytes, not base64: they go to the database as they are). */
export type ReceivedAttachment = Omit<PackedAttachment, 'dataBase64'> & { readonly bytes: Uint8Array<ArrayBuffer> };

/**
 * A hand-over file as received: checked (checksum and, from package version 2, signature), its documents parsed, its
 * attachments decoded. Whether its finalised years match their seals, and who signed it, is verifyHandoverFile's
 * (shared/interchange/handover-signature.ts).
 */
export interface ReceivedPackage {
  readonly purpose: PackagePurpose;
  readonly createdAt: string;
  readonly packageVersion: number;
  /** The key whose signature was verified; undefined for an unsigned file of version 1. */
  readonly signer?: { readonly publicKey: string };
  /** The seals of the finalised years, as the sender keeps them (none in version 1). */
  readonly seals?: readonly SignedYearSeal[];
  readonly documents: readonly ClusterDocument[];
  readonly attachments: readonly ReceivedAttachment[];
}

const refuse = (message: string): Result<never> => ({ ok: false, message });

/** Reads and checks a hand-over file's bytes. `onProgress` reports each step (the screen's progress bar). */
export function readHandoverFile(name: string, bytes: Uint8Array, onProgress: (p: ReadProgress) => void = () => undefined): Result<ReceivedPackage> {
  if (bytes.byteLength === 0) return refuse(`Tệp «${name}» rỗng (0 byte).`);
  if (bytes.byteLength > MAX_HANDOVER_BYTES) return refuse(fileTooLargeMessage(name, bytes.byteLength, MAX_HANDOVER_BYTES));

  const total = bytes.byteLength;
  const depth = scanJsonDepth(bytes, undefined, (done) => onProgress({ stage: 'depth', done, total }));
  if (depth.tooDeepAt >= 0) return refuse(`${REFUSED}: ${tooDeepMessage()}`);

  onProgress({ stage: 'json', done: 0, total: 1 });
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: false }).decode(bytes));
  } catch {
    return refuse(`${REFUSED}: nội dung bị hỏng hoặc bị cắt cụt (không đọc được JSON).`);
  }
  const envelope = checkEnvelope(raw);
  if (!envelope.ok) return envelope;

  onProgress({ stage: 'checksum', done: 0, total: 1 });
  const sum = checkChecksum(envelope.value);
  if (!sum.ok) return sum;

  const { content } = envelope.value;
  const documents: ClusterDocument[] = [];
  for (const [i, candidate] of content.documents.entries()) {
    onProgress({ stage: 'documents', done: i, total: content.documents.length });
    const parsed = checkDocument(candidate, i);
    if (!parsed.ok) return parsed;
    documents.push(parsed.value);
  }

  const attachments: ReceivedAttachment[] = [];
  for (const [i, a] of content.attachments.entries()) {
    onProgress({ stage: 'attachments', done: i, total: content.attachments.length });
    const checked = checkAttachment(a);
    if (!checked.ok) return checked;
    const { dataBase64: _data, ...meta } = a;
    attachments.push({ ...meta, bytes: checked.value });
  }

  const years = documents.reduce((n, d) => n + d.years.length, 0);
  const errors: string[] = [];
  let done = 0;
  for (const doc of documents) {
    onProgress({ stage: 'validation', done, total: years });
    errors.push(...documentErrors(doc));
    done += doc.years.length;
  }
  if (errors.length > 0) {
    return refuse(`Tệp «${name}» có ${errors.length} giá trị không hợp lệ nên không được nhận; dữ liệu trên máy không thay đổi. Hãy báo nơi gửi sửa rồi xuất lại tệp:\n${listErrors(errors)}`);
  }
  const { purpose, createdAt } = envelope.value;
  return { ok: true, value: { ...signingOf(envelope.value), purpose, createdAt, documents, attachments } };
}

/** A package read by parsePackage (a backup, a test) as received, with its attachments decoded. */
export function asReceived(pkg: {
  purpose: PackagePurpose;
  createdAt: string;
  packageVersion?: number;
  signer?: { publicKey: string };
  seals?: readonly SignedYearSeal[];
  content: { documents: ClusterDocument[]; attachments: PackedAttachment[] };
}): ReceivedPackage {
  const attachments = pkg.content.attachments.map((a): ReceivedAttachment => {
    const checked = checkAttachment(a);
    const { dataBase64: _data, ...meta } = a;
    return { ...meta, bytes: checked.ok ? checked.value : new Uint8Array(0) };
  });
  return {
    purpose: pkg.purpose,
    createdAt: pkg.createdAt,
    packageVersion: pkg.packageVersion ?? 2,
    ...(pkg.signer ? { signer: pkg.signer } : {}),
    ...(pkg.seals ? { seals: pkg.seals } : {}),
    documents: pkg.content.documents,
    attachments,
  };
}
