import { isKeyPair, newSigningKeyPair, type SigningKeyPair } from '../../shared/engine/signing';
import type { MetaRow } from './rows';

/**
 * The installation's Ed25519 key pair (docs/format.md, "Chữ ký và mốc niêm phong"), kept in the meta table of the
 * app's database (in Electron, the same renderer database). It is created on first use — the first finalised year,
 * hand-over file or backup — and never leaves this PC; only its public key travels, in signed files. Written over a
 * bare meta store, so a schema upgrade can use it too (renderer/db/seal-upgrade.ts).
 */
export const SIGNING_KEY_ROW = 'signingKey';

/** What these functions need of the meta table: a Dexie table, or the table an upgrade transaction gives. */
export interface MetaStore {
  get(key: string): PromiseLike<MetaRow | undefined>;
  put(row: MetaRow): PromiseLike<unknown>;
}

interface StoredKey extends SigningKeyPair {
  createdAt: string;
}

function asKey(value: unknown): SigningKeyPair | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { secretKey, publicKey } = value as Partial<StoredKey>;
  if (typeof secretKey !== 'string' || typeof publicKey !== 'string') return undefined;
  const pair = { secretKey, publicKey };
  return isKeyPair(pair) ? pair : undefined;
}

/** The key pair in `meta`, or undefined when there is none or the stored one is not a valid pair. */
export async function readSigningKey(meta: MetaStore): Promise<SigningKeyPair | undefined> {
  return asKey((await meta.get(SIGNING_KEY_ROW))?.value);
}

/**
 * The key pair, created on first use (inside the caller's transaction, so two windows never make two keys). A stored
 * pair that no longer matches itself is kept under another name, not overwritten, and a new one is made: seals
 * signed by the old key then fail to verify and the integrity check says so.
 */
export async function ensureSigningKeyIn(meta: MetaStore, now = new Date()): Promise<SigningKeyPair> {
  const row = await meta.get(SIGNING_KEY_ROW);
  const existing = asKey(row?.value);
  if (existing) return existing;
  if (row) await meta.put({ key: `${SIGNING_KEY_ROW}.invalid.${now.toISOString()}`, value: row.value });
  const pair = newSigningKeyPair();
  await meta.put({ key: SIGNING_KEY_ROW, value: { ...pair, createdAt: now.toISOString() } satisfies StoredKey });
  return pair;
}
