import type { Transaction } from 'dexie';
import { sealYearsOnUpgrade } from './seal-upgrade';
import { packBody } from './year-body';
import type { ClusterYearRow } from './rows';

/**
 * Every schema version the app has ever had, oldest first. Versions are never edited or removed
 * once shipped: a user's database may be at any of them, and Dexie needs the whole history to
 * upgrade it (Dexie docs, "Database Versioning").
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Why this version exists, for the next person. */
  why: string;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    why: 'Clusters, member units, per-year membership and leadership; a meta table for the schema version.',
    stores: {
      clusters: 'id, name',
      units: 'id, clusterId, name',
      memberships: '[unitId+year], clusterId, year',
      clusterYears: '[clusterId+year], clusterId',
      meta: 'key',
    },
  },
  {
    version: 2,
    why:
      'Unit and cluster names pasted from Word or PDF arrive in decomposed Unicode (NFD) and then ' +
      'fail duplicate checks and sort wrongly; store them in NFC. Index units by [clusterId+name].',
    stores: {
      units: 'id, clusterId, name, [clusterId+name]',
    },
    upgrade: async (tx) => {
      await tx
        .table('units')
        .toCollection()
        .modify((unit: { name: string }) => {
          unit.name = unit.name.normalize('NFC');
        });
      await tx
        .table('clusters')
        .toCollection()
        .modify((cluster: { name: string }) => {
          cluster.name = cluster.name.normalize('NFC');
        });
    },
  },
  {
    version: 3,
    why:
      'Mergers of units (2025: 63 provinces became 34) are recorded as events per cluster; a cluster-year row ' +
      'now also carries the year set-up and everything entered for it (body), written in one put.',
    stores: {
      mergers: 'id, clusterId, date',
    },
  },
  {
    version: 4,
    why:
      'Signed scans of pledges and programmes (PDF or image, up to 20 MB) are stored with the record, keyed by the ' +
      'SHA-256 of their bytes; the year keeps only the attachment metadata, so a year body stays small.',
    stores: {
      attachments: 'sha256, clusterId',
    },
  },
  {
    version: 5,
    why:
      'Finalised years get a seal — results checksum, lock, and the anchor of the audit log (entry count, last hash) — ' +
      'in the meta table beside the year, signed with the installation key (made here when first needed). Years ' +
      'finalised before are sealed as they stand now; from here on a finalised year without a seal has lost it ' +
      '(docs/format.md, "Chữ ký và mốc niêm phong").',
    stores: {},
    upgrade: sealYearsOnUpgrade,
  },
  {
    version: 6,
    why:
      'Opening a year reads its members with where({ clusterId, year }); without a compound index Dexie scanned and ' +
      'warned once per read ("[clusterId+year]" wanted). Additive: the index is built from the rows as they are.',
    stores: {
      memberships: '[unitId+year], clusterId, year, [clusterId+year]',
    },
  },
  {
    version: 7,
    why:
      'Opening a year read the whole body of every year of the cluster (to learn its leader) and a save read the ' +
      'whole stored year (to learn its revision): deserialising a 34 × 150 year costs tens of milliseconds on a slow ' +
      'PC. The revision and the leader are now index keys, read without the bodies. Additive: built from the rows.',
    stores: {
      clusterYears: '[clusterId+year], clusterId, [clusterId+year+revision], [clusterId+year+leaderUnitId]',
    },
  },
  {
    version: 8,
    why:
      'Opening a cluster (and checking its integrity) listed its set-up years by reading the whole body of every year ' +
      '(34 × 150 scores each) only to see whether it had one. A body always has its rule set\'s effective date, a ' +
      'string; a row without a body has no value at that key path and stays out of the index, so the index keys ' +
      'alone are the set-up years. Additive: built from the rows.',
    stores: {
      clusterYears:
        '[clusterId+year], clusterId, [clusterId+year+revision], [clusterId+year+leaderUnitId], [clusterId+year+body.ruleSet.effectiveDate]',
    },
  },
  {
    version: 9,
    why:
      'Every save hands the whole year to IndexedDB, which serialises it on the main thread: a 34 × 150 year\'s 5.000 ' +
      'score objects cost several milliseconds per save on a slow PC, a peer-scored year\'s tens of thousands far more. ' +
      'Scores and peer scores are now stored packed into columns of numbers (packed-list.ts), equal entry for entry ' +
      'when read. The upgrade packs the stored years; rows with plain lists are still read (a restored raw dump).',
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table('clusterYears')
        .toCollection()
        .modify((row: ClusterYearRow) => {
          if (row.body) row.body = packBody(row.body);
        });
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
