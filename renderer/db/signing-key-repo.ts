import { newSigningKeyPair, type SigningKeyPair } from '../../shared/engine/signing';
import { databaseStatus, isOtherWindowWriting, type AppDatabase } from './database';
import { ensureSigningKeyIn, readSigningKey } from './signing-key-store';

/**
 * The key pair for signing a file (created on first use). A database opened read-only (written by a newer app, or
 * by another window that is the writer) cannot keep a new key; the file is then signed with a key made for it alone,
 * so it can still be exported (its fingerprint is new to everyone).
 */
export async function ensureSigningKey(db: AppDatabase): Promise<SigningKeyPair> {
  if (databaseStatus(db).readOnly || isOtherWindowWriting(db)) return (await loadSigningKey(db)) ?? newSigningKeyPair();
  return db.transaction('rw', db.meta, () => ensureSigningKeyIn(db.meta));
}

export function loadSigningKey(db: AppDatabase): Promise<SigningKeyPair | undefined> {
  return readSigningKey(db.meta);
}
