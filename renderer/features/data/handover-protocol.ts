import type { ReadProgress, ReceivedPackage } from '../../../shared/interchange/handover-file';
import type { ClusterPlan, LocalSide } from '../../../shared/interchange/handover-plan';
import type { SenderKeys, VerifiedPackage } from '../../../shared/interchange/handover-signature';

/**
 * Messages between the hand-over screen and its worker (structured-clone data only). The worker reads and checks the
 * file (checksum, signature, every year like an edit), asks for this PC's side of the clusters it holds and the keys
 * files were received from, checks the finalised years against their seals and the signer against those keys, and
 * answers with the plan: parse → check → verify → plan, all off the page's thread, so a 100 MB file never freezes
 * the window.
 */
export type HandoverRequest =
  | { readonly type: 'read'; readonly name: string; readonly bytes: ArrayBuffer }
  | { readonly type: 'local'; readonly locals: Readonly<Record<string, LocalSide | null>>; readonly keys: SenderKeys };

/** What the verification found, without the package itself (it travels once, as `received`). */
export type Verification = Omit<VerifiedPackage, 'pkg'>;

export type HandoverResponse =
  | { readonly type: 'progress'; readonly progress: ReadProgress | { readonly stage: 'seals' | 'plan'; readonly done: number; readonly total: number } }
  /** The file is checked: the screen sends this PC's side of these clusters. */
  | { readonly type: 'checked'; readonly clusterIds: readonly string[] }
  | { readonly type: 'planned'; readonly received: ReceivedPackage; readonly verification: Verification; readonly plans: readonly ClusterPlan[] }
  | { readonly type: 'refused'; readonly message: string };
