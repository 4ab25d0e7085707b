/// <reference lib="webworker" />
/**
 * Reads a hand-over file off the page's thread (docs/format.md, "Hand-over files and backups"): size, nesting depth,
 * JSON, checksum and signature, documents, attachments and every year checked like an edit, with progress; then,
 * given this PC's side of the clusters and the keys it knows, the finalised years checked against their seals, the
 * signer's standing (docs/format.md, "Chữ ký và mốc niêm phong") and the field-by-field plan. The checked package goes
 * back with its attachments' bytes transferred, not copied.
 */
import '../../zod-jitless';
import { readHandoverFile, type ReceivedPackage } from '../../../shared/interchange/handover-file';
import { planReceivedFile } from '../../../shared/interchange/handover-receive-plan';
import { verifyHandoverFile } from '../../../shared/interchange/handover-signature';
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
    post({ type: 'progress', progress: { stage: 'seals', done: 0, total: 1 } });
    const verified = verifyHandoverFile(received, request.keys);
    if (!verified.ok) return post({ type: 'refused', message: verified.message });
    const { pkg, ...verification } = verified.value;
    const plans = planReceivedFile(pkg, request.locals, (done, total) => post({ type: 'progress', progress: { stage: 'plan', done, total } }));
    post({ type: 'planned', received: pkg, verification, plans }, pkg.attachments.map((a) => a.bytes.buffer));
    received = undefined;
  } catch (error) {
    post({ type: 'refused', message: `Không đọc được tệp: ${error instanceof Error ? error.message : String(error)}` });
  }
};
