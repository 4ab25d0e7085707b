import { canonicalJson } from '../../shared/engine/audit-chain';
import type { ClusterDocument } from '../../shared/interchange/cluster-document';
import { baseOf, recordHash } from '../../shared/interchange/handover-base';
import type { ReceivedPackage } from '../../shared/interchange/handover-file';
import { mergeWithChoices, type Choices } from '../../shared/interchange/handover-merge';
import { sideOf, type ClusterPlan, type LocalSide } from '../../shared/interchange/handover-plan';
import type { DataPackage } from '../../shared/interchange/handover-package';
import { planReceivedFile, receivableDocument } from '../../shared/interchange/handover-receive-plan';
import { rememberSender, type VerifiedPackage } from '../../shared/interchange/handover-signature';
import { introducedErrors, listErrors } from '../../shared/interchange/handover-validation';
import { noteReplacedYears, type ReplacementNote } from '../../shared/interchange/replaced-years';
import type { Result } from '../../shared/base/result';
import { deleteClusterRecords, exportClusterDocument, writeClusterDocument, type YearStamps } from './cluster-document-repo';
import type { AppDatabase } from './database';
import { loadBase, storeBase, storeReceipt, type HandoverReceipt } from './handover-meta-repo';
import { readKnownSenders, writeKnownSenders } from './known-senders-repo';
import { unpackAttachment } from './package-repo';
import { readClusterSeals } from './seal-repo';
import { UserError, asResult } from './user-error';

/**
 * Receiving a hand-over file into the database, record by record as the user chose (docs/format.md, "Receiving a
 * hand-over file"), and undoing the last receive. Each is one transaction: a refusal anywhere writes nothing.
 */

/** What the plan of a cluster needs from this PC: its data, the base of the merge, when it was written, and a fingerprint. */
export type LocalCluster = LocalSide;

const TABLES = (db: AppDatabase) => [db.clusters, db.units, db.memberships, db.clusterYears, db.mergers, db.attachments, db.meta];

/**
 * A fingerprint of a cluster as stored: its row, units, mergers and each year's revision (renewed by every write of
 * the year or its members). Cheap to compute, and different after any write of the cluster.
 */
export async function clusterFingerprint(db: AppDatabase, clusterId: string): Promise<string> {
  return db.transaction('r', [db.clusters, db.units, db.mergers, db.clusterYears], async () => {
    const [cluster, units, mergers, years] = await Promise.all([
      db.clusters.get(clusterId),
      db.units.where({ clusterId }).sortBy('id'),
      db.mergers.where({ clusterId }).sortBy('id'),
      db.clusterYears.where({ clusterId }).sortBy('year'),
    ]);
    return recordHash({ cluster: cluster ?? null, units, mergers, years: years.map((y) => [y.year, y.revision ?? '']) });
  });
}

/** The local side of each cluster of a file (null for a cluster this PC does not hold). */
export async function loadLocalClusters(db: AppDatabase, clusterIds: readonly string[]): Promise<Record<string, LocalCluster | null>> {
  const out: Record<string, LocalCluster | null> = {};
  for (const clusterId of clusterIds) {
    out[clusterId] = await db.transaction('r', [db.clusters, db.units, db.memberships, db.clusterYears, db.mergers, db.meta], async () => {
      const doc = await exportClusterDocument(db, clusterId);
      if (!doc) return null;
      const rows = await db.clusterYears.where({ clusterId }).toArray();
      const years: Record<number, string> = {};
      for (const row of rows) if (row.updatedAt) years[row.year] = row.updatedAt;
      const cluster = await db.clusters.get(clusterId);
      return {
        doc,
        base: await loadBase(db, clusterId),
        times: { ...(cluster?.updatedAt ? { cluster: cluster.updatedAt } : {}), years },
        fingerprint: await clusterFingerprint(db, clusterId),
      };
    });
  }
  return out;
}

/** Years `after` holds exactly as `before` does. */
function sameYears(before: ClusterDocument | undefined, after: ClusterDocument): Set<number> {
  const old = new Map((before?.years ?? []).map((y) => [y.year, canonicalJson(y)]));
  return new Set(after.years.filter((y) => old.get(y.year) === canonicalJson(y)).map((y) => y.year));
}

/** Revision and write time of the years a merge leaves as they were, so an open year keeps its undo history. */
async function unchangedYearStamps(db: AppDatabase, clusterId: string, unchanged: ReadonlySet<number>): Promise<YearStamps> {
  const stamps = new Map<number, { revision: string; updatedAt?: string }>();
  for (const row of await db.clusterYears.where({ clusterId }).toArray()) {
    if (row.revision && unchanged.has(row.year)) stamps.set(row.year, { revision: row.revision, ...(row.updatedAt ? { updatedAt: row.updatedAt } : {}) });
  }
  return stamps;
}

export interface ReceiveContext {
  readonly note: ReplacementNote;
  readonly backupId: string;
  readonly receiptId: string;
}

const STALE_PLAN =
  'Dữ liệu trên máy đã thay đổi từ khi lập danh sách khác biệt, nên chưa nhận gì để không ghi đè thay đổi đó. Hãy chọn lại tệp để xem danh sách mới.';

/**
 * Receives a checked and verified hand-over file (shared/interchange/handover-signature.ts verifyHandoverFile): each
 * cluster new to this PC is added; each cluster it holds gets, record by record, the file's version where the plan's
 * default or `choices` says so — except, for a file that is not signed, this PC's locked years, which stay as they
 * are. The merged data is checked like an edit (an error the choices would bring in refuses everything), years taken
 * from the file are sealed afresh while years left as they were keep their seal, the base of the next merge becomes
 * the file, the signer's key is remembered, and the receipt of this receive is kept for undo.
 */
export function receiveHandover(
  db: AppDatabase,
  verified: Pick<VerifiedPackage<ReceivedPackage>, 'pkg' | 'sender'>,
  plans: readonly ClusterPlan[],
  choices: Choices,
  ctx: ReceiveContext,
): Promise<Result<HandoverReceipt>> {
  const storedAt = ctx.note.at;
  const received = verified.pkg;
  const signed = received.signer !== undefined;
  return asResult(() =>
    db.transaction('rw', TABLES(db), async () => {
      const clusters: HandoverReceipt['clusters'][number][] = [];
      let taken = 0;
      let total = 0;
      let added = 0;
      for (const sent of received.documents) {
        const clusterId = sent.cluster.id;
        const plan = plans.find((p) => p.clusterId === clusterId);
        const local = await exportClusterDocument(db, clusterId);
        // Applied here, not only in the plan: an unsigned file never replaces a locked year of this PC.
        const doc = receivableDocument(sent, local, signed).doc;
        if (!plan || plan.existing !== (local !== undefined)) throw new UserError(STALE_PLAN);
        if (local && (await clusterFingerprint(db, clusterId)) !== plan.localFingerprint) throw new UserError(STALE_PLAN);
        const merged = mergeWithChoices(local, doc, plan, choices);
        const errors = introducedErrors(local, merged);
        if (errors.length > 0) {
          throw new UserError(
            `Với các lựa chọn này, cụm «${doc.cluster.name}» sẽ có dữ liệu không hợp lệ, nên chưa nhận gì. Hãy chọn cùng một bên cho các bản ghi liên quan (ví dụ bảng tiêu chí và điểm của năm đó):\n${listErrors(errors)}`,
          );
        }
        const previousBase = (await loadBase(db, clusterId)) ?? null;
        await storeBase(db, clusterId, baseOf(doc, received.createdAt, 'receive'));
        if (local) {
          taken += plan.changes.filter((c) => sideOf(c, choices, plan) === 'file').length;
          total += plan.changes.length;
        } else added += 1;
        // Nothing taken from the file: the cluster is left exactly as it is (its years keep their revisions).
        if (local && canonicalJson(merged) === canonicalJson(local)) {
          clusters.push({ clusterId, name: doc.cluster.name, fingerprint: await clusterFingerprint(db, clusterId), previousBase });
          continue;
        }
        const row = await db.clusters.get(clusterId);
        const attachments = await db.attachments.where({ clusterId }).toArray();
        const written = noteReplacedYears(local, merged, ctx.note);
        const unchanged = sameYears(local, written);
        const seals = local ? await readClusterSeals(db, [clusterId]) : [];
        const stamps = await unchangedYearStamps(db, clusterId, unchanged);
        if (local) await deleteClusterRecords(db, clusterId);
        await writeClusterDocument(db, written, row?.createdAt, { years: unchanged, seals, stamps });
        await db.attachments.bulkPut(attachments);
        clusters.push({ clusterId, name: doc.cluster.name, fingerprint: await clusterFingerprint(db, clusterId), previousBase });
      }
      await db.attachments.bulkPut(
        received.attachments.map(({ bytes, ...a }) => ({ ...a, blob: new Blob([bytes], { type: a.mimeType }), storedAt })),
      );
      const receipt: HandoverReceipt = {
        id: ctx.receiptId,
        at: ctx.note.at,
        fileCreatedAt: received.createdAt,
        backupId: ctx.backupId,
        clusters,
        added,
        taken,
        kept: total - taken,
      };
      await storeReceipt(db, receipt);
      await writeKnownSenders(db, rememberSender(await readKnownSenders(db), verified, ctx.note.at));
      return receipt;
    }),
  );
}

/**
 * Puts every cluster the receive touched back as the backup taken just before it holds it (a cluster the receive
 * added is removed), and the bases of the next merge as they were. Refused when anything changed since the receive:
 * undoing would then lose that change too.
 */
export function undoReceive(db: AppDatabase, receipt: HandoverReceipt, backup: DataPackage, note: ReplacementNote): Promise<Result<string[]>> {
  return asResult(() =>
    db.transaction('rw', TABLES(db), async () => {
      for (const c of receipt.clusters) {
        if ((await clusterFingerprint(db, c.clusterId)) !== c.fingerprint) {
          throw new UserError(
            `Cụm «${c.name}» đã có thay đổi sau lần nhận tệp này, nên không hoàn tác được mà không làm mất thay đổi đó. Nếu vẫn muốn quay lại, hãy khôi phục bản sao lưu «Trước khi nhận dữ liệu» ở danh sách bên dưới.`,
          );
        }
      }
      for (const c of receipt.clusters) {
        const current = await exportClusterDocument(db, c.clusterId);
        const before = backup.content.documents.find((d) => d.cluster.id === c.clusterId);
        const createdAt = (await db.clusters.get(c.clusterId))?.createdAt;
        await deleteClusterRecords(db, c.clusterId);
        if (before) {
          // Years put back exactly as the backup holds them get back the seal they had then.
          const written = noteReplacedYears(current, before, note);
          await writeClusterDocument(db, written, createdAt, { years: sameYears(before, written), seals: backup.seals ?? [] });
          const scans = backup.content.attachments.filter((a) => a.clusterId === c.clusterId);
          await db.attachments.bulkPut(scans.map((a) => unpackAttachment(a, note.at)));
        }
        await storeBase(db, c.clusterId, c.previousBase ?? undefined);
      }
      await storeReceipt(db, undefined);
      return receipt.clusters.map((c) => c.clusterId);
    }),
  );
}

/**
 * The plan of receiving a file, computed here rather than in the hand-over worker (tests): the same shared
 * planReceivedFile with this PC's side.
 */
export async function planReceive(db: AppDatabase, received: ReceivedPackage): Promise<ClusterPlan[]> {
  const locals = await loadLocalClusters(db, received.documents.map((d) => d.cluster.id));
  return planReceivedFile(received, locals);
}
