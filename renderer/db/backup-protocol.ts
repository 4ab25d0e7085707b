import type { SigningKeyPair } from '../../shared/engine/signing';

/** What the page asks of the backup worker (renderer/db/backup.worker.ts): a backup of this database, signed with this key. */
export interface BackupRequest {
  readonly databaseName: string;
  readonly createdAt: string;
  readonly key: SigningKeyPair;
}

/** The worker's answer: the file's text and how many clusters it holds, or why it could not be built. */
export type BackupResponse = { readonly ok: true; readonly text: string; readonly clusterCount: number } | { readonly ok: false; readonly message: string };
