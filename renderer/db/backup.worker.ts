/// <reference lib="webworker" />
/**
 * Builds the text of a backup off the page's thread: reads the whole database through a connection of its own that
 * only reads, then serialises, hashes and signs it. For a cluster of several 34 × 150 years that is a few hundred
 * milliseconds on a slow PC, which on the page's thread would land between two typed scores (the backup taken while
 * editing) or freeze the screen that asked for it. The page stores the text (renderer/db/backups.ts).
 */
import '../zod-jitless';
import { serializePackage } from '../../shared/interchange/handover-package';
import type { BackupRequest, BackupResponse } from './backup-protocol';
import { readingConnection } from './database';
import { buildPackage } from './package-repo';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: BackupResponse) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<BackupRequest>) => {
  const { databaseName, createdAt, key } = event.data;
  const db = readingConnection(databaseName);
  try {
    const pkg = await buildPackage(db, 'backup', undefined, createdAt);
    post({ ok: true, text: serializePackage(pkg, key), clusterCount: pkg.content.documents.length });
  } catch (error) {
    post({ ok: false, message: error instanceof Error ? error.message : String(error) });
  } finally {
    db.close();
  }
};
