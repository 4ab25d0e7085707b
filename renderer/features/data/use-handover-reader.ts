import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReceivedPackage } from '../../../shared/interchange/handover-file';
import type { ClusterPlan } from '../../../shared/interchange/handover-plan';
import { loadLocalClusters, senderKeys } from '../../store/loaders';
import type { HandoverRequest, HandoverResponse, Verification } from './handover-protocol';

export type ReadStep = Extract<HandoverResponse, { type: 'progress' }>['progress']['stage'];

export interface Reading {
  readonly name: string;
  readonly step: ReadStep;
  /** 0–1 across all steps. */
  readonly fraction: number;
}

export type ReadOutcome =
  | { readonly kind: 'planned'; readonly received: ReceivedPackage; readonly verification: Verification; readonly plans: readonly ClusterPlan[] }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'cancelled' };

/** Where each step starts and ends on the progress bar (reading the JSON is the longest step of a large file). */
const SPAN: Record<ReadStep, readonly [number, number]> = {
  depth: [0, 0.12],
  json: [0.12, 0.45],
  checksum: [0.45, 0.62],
  documents: [0.62, 0.78],
  attachments: [0.78, 0.88],
  validation: [0.88, 0.93],
  seals: [0.93, 0.97],
  plan: [0.97, 1],
};

/** A refusal that says which file it is about ("ban-giao.json: …"), unless it already names it. */
const namingFile = (name: string, message: string): string => (message.includes(`«${name}»`) ? message : `${name}: ${message}`);

/**
 * Reads a hand-over file in a Web Worker (renderer/features/data/handover.worker.ts) with progress, and lets the
 * user cancel: the worker is then ended, whatever it was doing. The page only forwards messages, so it stays
 * responsive whatever the file's size.
 */
export function useHandoverReader(): { reading: Reading | undefined; read: (name: string, bytes: Uint8Array) => Promise<ReadOutcome>; cancel: () => void } {
  const [reading, setReading] = useState<Reading>();
  const current = useRef<{ worker: Worker; settle: (outcome: ReadOutcome) => void } | undefined>(undefined);

  const stop = useCallback((outcome: ReadOutcome) => {
    const job = current.current;
    if (!job) return;
    current.current = undefined;
    job.worker.terminate();
    setReading(undefined);
    job.settle(outcome);
  }, []);

  const cancel = useCallback(() => stop({ kind: 'cancelled' }), [stop]);
  useEffect(() => cancel, [cancel]);

  const read = useCallback(
    (name: string, bytes: Uint8Array) =>
      new Promise<ReadOutcome>((settle) => {
        cancel();
        const worker = new Worker(new URL('./handover.worker.ts', import.meta.url), { type: 'module' });
        current.current = { worker, settle };
        setReading({ name, step: 'depth', fraction: 0 });
        const send = (request: HandoverRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer);
        worker.onmessage = (event: MessageEvent<HandoverResponse>) => {
          if (current.current?.worker !== worker) return;
          const message = event.data;
          switch (message.type) {
            case 'progress': {
              const [from, to] = SPAN[message.progress.stage];
              const within = message.progress.total > 0 ? message.progress.done / message.progress.total : 0;
              setReading({ name, step: message.progress.stage, fraction: from + (to - from) * within });
              return;
            }
            case 'checked':
              void Promise.all([loadLocalClusters(message.clusterIds), senderKeys()]).then(
                ([locals, keys]) => send({ type: 'local', locals, keys }),
                (error: unknown) => stop({ kind: 'refused', message: `Không đọc được dữ liệu trên máy để so sánh (${error instanceof Error ? error.message : String(error)}).` }),
              );
              return;
            case 'planned':
              stop({ kind: 'planned', received: message.received, verification: message.verification, plans: message.plans });
              return;
            case 'refused':
              stop({ kind: 'refused', message: namingFile(name, message.message) });
          }
        };
        worker.onerror = (event) => {
          event.preventDefault();
          stop({ kind: 'refused', message: `Không đọc được tệp «${name}»: ${event.message}` });
        };
        // The whole buffer moves to the worker; a view into a larger one is copied first so nothing else goes along.
        const whole = bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
        send({ type: 'read', name, bytes: whole }, [whole]);
      }),
    [cancel, stop],
  );

  return { reading, read, cancel };
}
