/**
 * Backup and hand-over figures (reported, not timed tests): size of the file, time to export
 * (read the database + build + serialise) and to restore (parse + verify + replace the database), for the demo
 * cluster and for a synthetic 34-member, 5-year cluster with 150 criteria a year, every score entered.
 * Run: npx vitest bench --run test/bench/backup.bench.ts   (node, fake-indexeddb)
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { parseClusterDocument, type ClusterDocument } from '../../shared/interchange/cluster-document';
import { parsePackage, serializePackage } from '../../shared/interchange/handover-package';
import { newSigningKeyPair } from '../../shared/engine/signing';
import { importClusterDocument } from '../../renderer/db/cluster-document-repo';
import { createDatabase } from '../../renderer/db/database';
import { buildPackage, restorePackage } from '../../renderer/db/package-repo';
import { docOf, syntheticYear } from '../shared/year-builder';

const demoParsed = parseClusterDocument(readFileSync('shared/demo/trung-du-mien-nui-phia-bac.json', 'utf8'));
if (!demoParsed.ok) throw new Error(demoParsed.error.message);

const KEY = newSigningKeyPair();

const synthetic: ClusterDocument = (() => {
  const years = [2021, 2022, 2023, 2024, 2025].map((y) => syntheticYear(34, 150, y, y));
  return docOf(years.map((y) => y.year), years[0]!.unitIds);
})();

async function prepared(label: string, doc: ClusterDocument) {
  const db = createDatabase(`bench-${label}`);
  const imported = await importClusterDocument(db, doc);
  if (!imported.ok) throw new Error(imported.message);
  const text = serializePackage(await buildPackage(db, 'backup'), KEY);
  const target = createDatabase(`bench-${label}-restore`);
  console.log(`${label}: backup file ${(new TextEncoder().encode(text).byteLength / 1024).toFixed(1)} KiB`);
  return { db, text, target };
}

for (const [label, doc] of [
  ['demo cluster', demoParsed.doc],
  ['34 members × 5 years × 150 criteria', synthetic],
] as const) {
  describe(label, async () => {
    const { db, text, target } = await prepared(label.replace(/\W+/g, '-'), doc);
    bench('export (read database, build, serialise)', async () => {
      serializePackage(await buildPackage(db, 'backup'), KEY);
    });
    bench('restore (parse, verify checksum and signature, replace database)', async () => {
      const pkg = parsePackage(text);
      if (!pkg.ok) throw new Error(pkg.message);
      const restored = await restorePackage(target, pkg.value);
      if (!restored.ok) throw new Error(restored.message);
    });
  });
}
