import Dexie from 'dexie';
import { base64ToBytes, bytesToBase64 } from '../../shared/interchange/handover-package';
import { SCHEMA_VERSIONS } from './schema';

/**
 * A copy of the database exactly as IndexedDB holds it, whatever its schema version: taken just before an upgrade,
 * when the app's own export code may not understand the old shape yet. Blobs (scans) and the number columns of packed
 * lists (packed-list.ts: Float64Array, Uint16Array or Uint8Array, in the PC's byte order, little-endian on every PC the
 * app runs on) are kept as base64, each marked with its kind.
 */
export const RAW_DUMP_KIND = 'cum-thi-dua/raw-dump';

export interface RawDump {
  kind: typeof RAW_DUMP_KIND;
  /** Dexie's version number (the schema version), i.e. IndexedDB's version / 10. */
  schemaVersion: number;
  tables: Record<string, unknown[]>;
}

type Encoded = { __blob: string; type: string };
/** The typed arrays a row may hold, by the key that marks each in a dump. */
const NUMBER_ARRAYS = { __float64: Float64Array, __uint16: Uint16Array, __uint8: Uint8Array } as const;
type NumbersKey = keyof typeof NUMBER_ARRAYS;

const bytesOf = (value: ArrayBufferView) => bytesToBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));

async function encode(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return { __blob: bytesToBase64(new Uint8Array(await value.arrayBuffer())), type: value.type } satisfies Encoded;
  for (const key of Object.keys(NUMBER_ARRAYS) as NumbersKey[]) if (value instanceof NUMBER_ARRAYS[key]) return { [key]: bytesOf(value) };
  if (Array.isArray(value)) return Promise.all(value.map(encode));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = await encode(v);
    return out;
  }
  return value;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value !== null && typeof value === 'object') {
    const blob = value as Partial<Encoded>;
    if (typeof blob.__blob === 'string') return new Blob([base64ToBytes(blob.__blob) ?? new Uint8Array(0)], { type: blob.type ?? '' });
    for (const key of Object.keys(NUMBER_ARRAYS) as NumbersKey[]) {
      const text = (value as Partial<Record<NumbersKey, unknown>>)[key];
      if (typeof text !== 'string') continue;
      const bytes = base64ToBytes(text) ?? new Uint8Array(0);
      const Kind = NUMBER_ARRAYS[key];
      // A copy: the decoded bytes need not start on the boundary a Float64Array or Uint16Array view requires.
      return new Kind(bytes.slice().buffer, 0, Math.floor(bytes.byteLength / Kind.BYTES_PER_ELEMENT));
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

/** The IndexedDB version of an existing database, or undefined when there is none (nothing is created). */
export async function installedVersion(name: string): Promise<number | undefined> {
  const all = await indexedDB.databases();
  return all.find((d) => d.name === name)?.version;
}

/** Reads every row of every table as stored. */
export async function dumpDatabase(name: string): Promise<RawDump> {
  const db = new Dexie(name);
  await db.open(); // Dexie 4 opens an existing database in its installed version without a declared schema.
  try {
    const tables: Record<string, unknown[]> = {};
    for (const table of db.tables) tables[table.name] = (await encode(await table.toArray())) as unknown[];
    return { kind: RAW_DUMP_KIND, schemaVersion: db.verno, tables };
  } finally {
    db.close();
  }
}

/**
 * Puts a raw dump back: the database is deleted and recreated at the dump's schema version, then the next normal
 * open upgrades it again. Used to undo an upgrade from the "before upgrade" backup.
 */
export async function restoreDump(name: string, dump: RawDump): Promise<void> {
  await Dexie.delete(name);
  const db = new Dexie(name);
  for (const step of SCHEMA_VERSIONS.filter((s) => s.version <= dump.schemaVersion)) db.version(step.version).stores(step.stores);
  await db.open();
  try {
    await db.transaction('rw', db.tables, async () => {
      for (const [tableName, rows] of Object.entries(dump.tables)) await db.table(tableName).bulkAdd(decode(rows) as unknown[]);
    });
  } finally {
    db.close();
  }
}
