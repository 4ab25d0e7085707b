/**
 * The plan of receiving a checked hand-over file, cluster by cluster (shared/interchange/handover-plan.ts), with the
 * one rule signatures add (docs/format.md, "Tệp cũ không có chữ ký"): a file that is not signed (package version 1)
 * never replaces a locked (finalised) year of this PC, so those years are put back as they are here before the plan
 * is made — the plan shows nothing to choose for them, and the receive writes them as they were.
 */
import type { ClusterDocument } from './cluster-document';
import type { ReceivedPackage } from './handover-file';
import { planAgainst, type ClusterPlan, type LocalSide } from './handover-plan';
import { keepLockedLocalYears } from './locked-year-check';

/** The file's document as it may be received here: unchanged when signed, with this PC's locked years when not. */
export function receivableDocument(file: ClusterDocument, local: ClusterDocument | undefined, signed: boolean): { doc: ClusterDocument; kept: number[] } {
  return signed ? { doc: file, kept: [] } : keepLockedLocalYears(local, file);
}

/** The plans of every cluster of a received file against this PC's side of it; `onCluster` reports progress. */
export function planReceivedFile(
  received: Pick<ReceivedPackage, 'createdAt' | 'signer' | 'documents'>,
  locals: Readonly<Record<string, LocalSide | null>>,
  onCluster: (done: number, total: number) => void = () => undefined,
): ClusterPlan[] {
  const total = received.documents.length;
  return received.documents.map((file, i) => {
    onCluster(i, total);
    const local = locals[file.cluster.id];
    const { doc, kept } = receivableDocument(file, local?.doc, received.signer !== undefined);
    return { ...planAgainst(doc, received.createdAt, local), keptLocked: kept };
  });
}
