import type { ClusterDocument } from '../../shared/interchange/cluster-document';
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
import { exportClusterDocument, writeClusterDocument } from './cluster-document-repo';
import type { AppDatabase } from './database';
import { deleteAllSeals, readClusterSeals } from './seal-repo';
import { asResult } from './user-error';

/**
 * Hand-over files and backups in and out of the database (shared/interchange/handover-package.ts is the file format). Every
 * restore is one transaction: a damaged file is refused before it starts, and a failure inside it leaves the
 * database exactly as it was. Receiving a hand-over file record by record: handover-receive-repo.ts.
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

export function unpackAttachment(a: PackedAttachment, storedAt: string): AttachmentRow {
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
