import type { ClusterDocument } from '../../shared/interchange/cluster-document';
import { diffClusterDocuments, mergeClusterDocuments, type RecordDiff } from '../../shared/interchange/handover-merge';
import { keepLockedLocalYears } from '../../shared/interchange/locked-year-check';
import { noteReplacedYears, type ReplacementNote } from '../../shared/interchange/replaced-years';
import {
  base64ToBytes,
  bytesToBase64,
  type DataPackage,
  type PackagePurpose,
  type PackedAttachment,
} from '../../shared/interchange/handover-package';
import type { Result } from '../../shared/base/result';
import type { AttachmentRow } from './rows';
import { deleteClusterRecords, exportClusterDocument, writeClusterDocument } from './cluster-document-repo';
import type { AppDatabase } from './database';
import { deleteAllSeals, readClusterSeals } from './seal-repo';
import { asResult } from './user-error';

/**
 * Hand-over files and backups in and out of the database (shared/interchange/handover-package.ts is the file format). Every
 * import is one transaction: a damaged file is refused before it starts, and a failure inside it leaves the
 * database exactly as it was.
 */

async function packAttachments(db: AppDatabase, clusterIds: readonly string[]): Promise<PackedAttachment[]> {
  const rows = await db.attachments.where('clusterId').anyOf([...clusterIds]).toArray();
  rows.sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1));
  return Promise.all(
    rows.map(async (row) => ({
      sha256: row.sha256,
      clusterId: row.clusterId,
      fileName: row.fileName,
      mimeType: row.mimeType,
      size: row.size,
      dataBase64: bytesToBase64(new Uint8Array(await row.blob.arrayBuffer())),
    })),
  );
}

function unpackAttachment(a: PackedAttachment, storedAt: string): AttachmentRow {
  const bytes = base64ToBytes(a.dataBase64) ?? new Uint8Array(0);
  return {
    sha256: a.sha256,
    clusterId: a.clusterId,
    fileName: a.fileName,
    mimeType: a.mimeType,
    size: a.size,
    blob: new Blob([bytes], { type: a.mimeType }),
    storedAt,
  };
}

/** A package of the given clusters (all when `clusterIds` is omitted), with the seals of their finalised years. */
export async function buildPackage(
  db: AppDatabase,
  purpose: PackagePurpose,
  clusterIds?: readonly string[],
  createdAt = new Date().toISOString(),
): Promise<DataPackage> {
  const ids = clusterIds ?? (await db.clusters.orderBy('id').primaryKeys());
  const documents: ClusterDocument[] = [];
  for (const id of [...ids].sort()) {
    const doc = await exportClusterDocument(db, id);
    if (doc) documents.push(doc);
  }
  return {
    purpose,
    createdAt,
    content: { documents, attachments: await packAttachments(db, ids) },
    seals: await readClusterSeals(db, documents.map((d) => d.cluster.id)),
  };
}

export interface ImportPlan {
  doc: ClusterDocument;
  /** Empty when the cluster is new to this app. */
  diffs: RecordDiff[];
  existing: boolean;
  /** Locked years of this PC the file would have replaced but does not (an unsigned file). */
  kept: number[];
}

/** What importing each cluster of the package would do, before anything is written. */
export async function planImport(db: AppDatabase, pkg: DataPackage, options: ImportOptions = {}): Promise<ImportPlan[]> {
  const plans: ImportPlan[] = [];
  for (const incoming of pkg.content.documents) {
    const local = await exportClusterDocument(db, incoming.cluster.id);
    const { doc, kept } = options.keepLockedLocalYears ? keepLockedLocalYears(local, incoming) : { doc: incoming, kept: [] };
    plans.push(local ? { doc, diffs: diffClusterDocuments(local, doc), existing: true, kept } : { doc, diffs: [], existing: false, kept });
  }
  return plans;
}

export interface ImportOptions {
  /**
   * Keep each locked (finalised) year of this PC as it is, whatever the file holds: for a file that is not signed
   * (docs/format.md, "Tệp cũ không có chữ ký").
   */
  keepLockedLocalYears?: boolean;
}

/**
 * Imports a hand-over package: new clusters are added; a cluster the app already holds is merged record by record
 * (the file's version of a record replaces the local one, local-only records stay) — call this only after the user
 * confirmed the plan and the file was verified (shared/interchange/handover-signature.ts). Years taken from the file
 * are sealed afresh; years kept from this PC keep their seal as it was.
 */
export function importPackage(db: AppDatabase, pkg: DataPackage, note?: ReplacementNote, options: ImportOptions = {}): Promise<Result<string[]>> {
  const storedAt = new Date().toISOString();
  return asResult(() =>
    db.transaction('rw', [db.clusters, db.units, db.memberships, db.clusterYears, db.mergers, db.attachments, db.meta], async () => {
      const ids: string[] = [];
      for (const incoming of pkg.content.documents) {
        const local = await exportClusterDocument(db, incoming.cluster.id);
        const createdAt = (await db.clusters.get(incoming.cluster.id))?.createdAt;
        const attachments = await db.attachments.where({ clusterId: incoming.cluster.id }).toArray();
        const seals = local ? await readClusterSeals(db, [incoming.cluster.id]) : [];
        const guarded = options.keepLockedLocalYears ? keepLockedLocalYears(local, incoming) : { doc: incoming, kept: [] };
        const doc = guarded.doc;
        if (local) await deleteClusterRecords(db, doc.cluster.id);
        const merged = local ? mergeClusterDocuments(local, doc) : doc;
        const fromFile = new Set(incoming.years.map((y) => y.year).filter((y) => !guarded.kept.includes(y)));
        const keptSeals = seals.filter((s) => !fromFile.has(s.year));
        ids.push(await writeClusterDocument(db, note ? noteReplacedYears(local, merged, note) : merged, createdAt, keptSeals));
        await db.attachments.bulkPut(attachments);
      }
      await db.attachments.bulkPut(pkg.content.attachments.map((a) => unpackAttachment(a, storedAt)));
      return ids;
    }),
  );
}

/**
 * Replaces the whole database with a backup's content, in one transaction. With a note, each finalised year the
 * restore changes gets an entry in its log saying so. The backup's years were checked against their seals before
 * (renderer/db/backups.ts restoreBackup), so they are sealed afresh.
 */
export function restorePackage(db: AppDatabase, pkg: DataPackage, note?: ReplacementNote): Promise<Result<number>> {
  const storedAt = new Date().toISOString();
  return asResult(() =>
    db.transaction('rw', [db.clusters, db.units, db.memberships, db.clusterYears, db.mergers, db.attachments, db.meta], async () => {
      const current = new Map<string, ClusterDocument>();
      for (const doc of pkg.content.documents) {
        const local = note ? await exportClusterDocument(db, doc.cluster.id) : undefined;
        if (local) current.set(doc.cluster.id, local);
      }
      await Promise.all([db.clusters, db.units, db.memberships, db.clusterYears, db.mergers, db.attachments].map((t) => t.clear()));
      await deleteAllSeals(db.meta);
      for (const doc of pkg.content.documents) {
        await writeClusterDocument(db, note ? noteReplacedYears(current.get(doc.cluster.id), doc, note) : doc);
      }
      await db.attachments.bulkPut(pkg.content.attachments.map((a) => unpackAttachment(a, storedAt)));
      return pkg.content.documents.length;
    }),
  );
}
