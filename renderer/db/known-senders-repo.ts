import { z } from 'zod';
import type { KnownSenderKey, SenderKeys } from '../../shared/interchange/handover-signature';
import type { AppDatabase } from './database';
import { readSigningKey } from './signing-key-store';

/**
 * The keys hand-over files were received from, per cluster (one meta row), so a known cluster arriving signed by a
 * new key is a warning (shared/interchange/handover-signature.ts).
 */
export const KNOWN_SENDERS_ROW = 'knownSenders';

const KnownSendersSchema = z.array(
  z.strictObject({
    clusterId: z.string().min(1),
    publicKey: z.string().regex(/^[0-9a-f]{64}$/u),
    firstSeenAt: z.string(),
    lastSeenAt: z.string(),
  }),
);

export async function readKnownSenders(db: AppDatabase): Promise<KnownSenderKey[]> {
  const parsed = KnownSendersSchema.safeParse((await db.meta.get(KNOWN_SENDERS_ROW))?.value ?? []);
  return parsed.success ? parsed.data : [];
}

/** Inside the caller's transaction (which includes meta). */
export async function writeKnownSenders(db: AppDatabase, keys: readonly KnownSenderKey[]): Promise<void> {
  await db.meta.put({ key: KNOWN_SENDERS_ROW, value: [...keys] });
}

/** This installation's key and the keys clusters were received from: what a received file is compared with. */
export async function loadSenderKeys(db: AppDatabase): Promise<SenderKeys> {
  const own = (await readSigningKey(db.meta))?.publicKey;
  return { ...(own ? { own } : {}), seen: await readKnownSenders(db) };
}
