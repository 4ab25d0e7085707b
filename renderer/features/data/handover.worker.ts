/// <reference lib="webworker" />
/**
 * Reads a hand-over file off the page's thread (docs/format.md, "Hand-over files and backups"): size, nesting depth,
 * JSON, checksum, documents, attachments and every year checked like an edit, with progress; then, given this PC's
 * side of the clusters, the field-by-field plan. The checked package goes back with its attachments' bytes
 * transferred, not copied.
 */
import { readHandoverFile, type ReceivedPackage } from '../../../shared/interchange/handover-file';
import { planAgainst } from '../../../shared/interchange/handover-plan';
import type { HandoverRequest, HandoverResponse } from './handover-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: HandoverResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

let received: ReceivedPackage | undefined;

scope.onmessage = (event: MessageEvent<HandoverRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'read') {
      const read = readHandoverFile(request.name, new Uint8Array(request.bytes), (progress) => post({ type: 'progress', progress }));
      if (!read.ok) return post({ type: 'refused', message: read.message });
      received = read.value;
      return post({ type: 'checked', clusterIds: read.value.documents.map((d) => d.cluster.id) });
    }
    if (!received) return post({ type: 'refused', message: 'Chưa đọc tệp bàn giao nào.' });
    const total = received.documents.length;
    const plans = received.documents.map((doc, i) => {
      post({ type: 'progress', progress: { stage: 'plan', done: i, total } });
      return planAgainst(doc, received?.createdAt ?? '', request.locals[doc.cluster.id]);
    });
    post({ type: 'planned', received, plans }, received.attachments.map((a) => a.bytes.buffer));
    received = undefined;
  } catch (error) {
    post({ type: 'refused', message: `Không đọc được tệp: ${error instanceof Error ? error.message : String(error)}` });
  }
};
