import { needsSeal, nextSeal, sealOf, signSeal, verifySeal } from '../../shared/engine/year-seal';
import { SignedYearSealSchema, type SignedYearSeal } from '../../shared/model/seal';
import type { Year } from '../../shared/model/year';
import type { AppDatabase } from './database';
import { SEAL_ROW_PREFIX, sealRowKey } from './seal-upgrade';
import { ensureSigningKeyIn, readSigningKey, type MetaStore } from './signing-key-store';

type MetaTable = AppDatabase['meta'];

/**
 * The seals of finalised years (shared/engine/year-seal.ts), one meta row per cluster-year ("seal/<cluster>/<year>"),
 * apart from the year's own row: an edit of the year's row that bypasses the app leaves its seal behind
 * (docs/format.md, "Chữ ký và mốc niêm phong"). Written only inside the transaction that writes the year.
 */
const PREFIX = SEAL_ROW_PREFIX;

const asSeal = (value: unknown): SignedYearSeal | undefined => {
  const parsed = SignedYearSealSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

export async function readSeal(meta: MetaStore, clusterId: string, year: number): Promise<SignedYearSeal | undefined> {
  return asSeal((await meta.get(sealRowKey(clusterId, year)))?.value);
}

/** Seals of the given clusters, in a stable order (cluster, then year), for a package. */
export async function readClusterSeals(db: AppDatabase, clusterIds: readonly string[]): Promise<SignedYearSeal[]> {
  const seals: SignedYearSeal[] = [];
  for (const clusterId of [...clusterIds].sort()) {
    const rows = await db.meta.where('key').startsWith(`${PREFIX}${clusterId}/`).toArray();
    seals.push(...rows.flatMap((r) => asSeal(r.value) ?? []).filter((s) => s.clusterId === clusterId));
  }
  return seals.sort((a, b) => (a.clusterId < b.clusterId ? -1 : a.clusterId > b.clusterId ? 1 : a.year - b.year));
}

/**
 * Renews the seal with a save of `doc` through the app (shared/engine/year-seal.ts nextSeal decides): called inside
 * the transaction that writes the year, which must include the meta table. `before` is the stored year being replaced.
 */
export async function sealSavedYear(db: AppDatabase, clusterId: string, doc: Year, before: Pick<Year, 'finalised' | 'audit'> | undefined): Promise<void> {
  const seal = await readSeal(db.meta, clusterId, doc.year);
  if (!seal && !needsSeal(doc)) return;
  const key = await ensureSigningKeyIn(db.meta);
  const state = { seal, valid: seal !== undefined && verifySeal(seal, key.publicKey), sealedBefore: before !== undefined && needsSeal(before) };
  const next = nextSeal(state, clusterId, doc, new Date().toISOString());
  if (next) await db.meta.put({ key: sealRowKey(clusterId, doc.year), value: signSeal(next, key.secretKey) });
}

/**
 * Seals years written wholesale after they were checked (a hand-over file or a backup whose years matched their
 * seals): each gets a fresh seal of this installation. Inside the caller's transaction, which includes meta.
 */
export async function resealYears(meta: MetaTable, clusterId: string, years: readonly Year[]): Promise<void> {
  const due = years.filter(needsSeal);
  if (due.length === 0) return;
  const key = await ensureSigningKeyIn(meta);
  const at = new Date().toISOString();
  await meta.bulkPut(due.map((y) => ({ key: sealRowKey(clusterId, y.year), value: signSeal(sealOf(clusterId, y, at), key.secretKey) })));
}

/** Puts seals back as they were (years kept as they are by a merge), inside the caller's transaction. */
export async function restoreSeals(meta: MetaTable, seals: readonly SignedYearSeal[]): Promise<void> {
  await meta.bulkPut(seals.map((s) => ({ key: sealRowKey(s.clusterId, s.year), value: s })));
}

export async function deleteClusterSeals(meta: MetaTable, clusterId: string): Promise<void> {
  await meta.where('key').startsWith(`${PREFIX}${clusterId}/`).delete();
}

export async function deleteAllSeals(meta: MetaTable): Promise<void> {
  await meta.where('key').startsWith(PREFIX).delete();
}

/** The public key seals are verified with; undefined when the installation has no (valid) key. */
export async function sealVerificationKey(db: AppDatabase): Promise<string | undefined> {
  return (await readSigningKey(db.meta))?.publicKey;
}
