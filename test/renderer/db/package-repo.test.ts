import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parseClusterDocument, type ClusterDocument } from '../../../shared/interchange/cluster-document';
import type { Choices } from '../../../shared/interchange/handover-merge';
import { parsePackage, serializePackage, type DataPackage } from '../../../shared/interchange/handover-package';
import { newSigningKeyPair } from '../../../shared/engine/signing';
import { receivedFile } from '../received-file';

const KEY = newSigningKeyPair();
import { exportClusterDocument, importClusterDocument } from '../../../renderer/db/cluster-document-repo';
import { createDatabase, type AppDatabase } from '../../../renderer/db/database';
import { planReceive, receiveHandover } from '../../../renderer/db/handover-receive-repo';
import { buildPackage, restorePackage } from '../../../renderer/db/package-repo';
import { TIMEOUT } from '../../timeouts';

const demoText = readFileSync('shared/demo/trung-du-mien-nui-phia-bac.json', 'utf8');
function demo(): ClusterDocument {
  const parsed = parseClusterDocument(demoText);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.doc;
}

const opened: AppDatabase[] = [];
let n = 0;
function freshDb(): AppDatabase {
  const db = createDatabase(`pkg-${Date.now()}-${n++}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const STAMP = '2026-11-25T10:00:00.000Z';
const NOTE = { command: 'Nhận tệp bàn giao', action: 'Thay bằng bản trong tệp bàn giao', who: 'Thư ký', at: STAMP };

/** Signs a package, reads it back, plans it against the database and receives it with the given choices (the defaults otherwise). */
async function receive(db: AppDatabase, pkg: DataPackage, choices: Choices | 'all from the file' = {}) {
  const file = receivedFile(pkg, KEY);
  const plans = await planReceive(db, file.pkg);
  const chosen = choices === 'all from the file' ? Object.fromEntries(plans.flatMap((p) => p.changes.map((c) => [c.choiceKey, 'file' as const]))) : choices;
  return { plans, result: await receiveHandover(db, file, plans, chosen, { note: NOTE, backupId: 'b', receiptId: 'r' }) };
}
const SCAN = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 1, 2, 3]);

let source: AppDatabase;
beforeEach(async () => {
  source = freshDb();
  const imported = await importClusterDocument(source, demo());
  if (!imported.ok) throw new Error(imported.message);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', SCAN));
  const sha256 = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
  await source.attachments.put({
    sha256,
    clusterId: 'cluster-tdmnpb',
    fileName: 'giao-uoc-2024.pdf',
    mimeType: 'application/pdf',
    size: SCAN.byteLength,
    blob: new Blob([SCAN], { type: 'application/pdf' }),
    storedAt: STAMP,
  });
});

async function counts(db: AppDatabase) {
  return {
    clusters: await db.clusters.count(),
    units: await db.units.count(),
    years: await db.clusterYears.count(),
    memberships: await db.memberships.count(),
    mergers: await db.mergers.count(),
    attachments: await db.attachments.count(),
  };
}

// Heavy I/O (the Dexie database on fake-indexeddb, whole clusters exported and imported): seconds on a busy machine.
describe('hand-over package', { timeout: TIMEOUT.heavyIo }, () => {
  test('export → import into an empty app → export gives the same bytes (same timestamp)', async () => {
    const first = serializePackage(await buildPackage(source, 'handover', ['cluster-tdmnpb'], STAMP), KEY);
    const parsed = parsePackage(first);
    if (!parsed.ok) throw new Error(parsed.message);
    const target = freshDb();
    const { result } = await receive(target, parsed.value);
    expect(result).toMatchObject({ ok: true, value: { clusters: [{ clusterId: 'cluster-tdmnpb' }] } });
    const second = serializePackage(await buildPackage(target, 'handover', ['cluster-tdmnpb'], STAMP), KEY);
    expect(second).toBe(first);
    expect(await counts(target)).toEqual(await counts(source));
    const scan = await target.attachments.toArray();
    expect(new Uint8Array(await scan[0]!.blob.arrayBuffer())).toEqual(SCAN);
  });

  test('a truncated, edited or foreign file is refused with a message', async () => {
    const text = serializePackage(await buildPackage(source, 'handover', ['cluster-tdmnpb'], STAMP), KEY);
    const truncated = parsePackage(text.slice(0, Math.floor(text.length / 2)));
    expect(truncated).toEqual({
      ok: false,
      message: 'Tệp không phải gói dữ liệu Cụm Thi Đua hợp lệ: nội dung bị hỏng hoặc bị cắt cụt (không đọc được JSON).',
    });
    const tampered = JSON.parse(text) as { content: { documents: ClusterDocument[] } };
    tampered.content.documents[0]!.years[0]!.scores[0]!.reviewed = 1;
    const edited = parsePackage(JSON.stringify(tampered));
    expect(edited.ok).toBe(false);
    if (!edited.ok) expect(edited.message).toMatch(/mã kiểm tra \(SHA-256\) không khớp/);
    const notOurs = parsePackage('{"hello": "world"}');
    expect(notOurs.ok).toBe(false);
  });

  test('into an app that holds the cluster: differences listed per record and field, written only when received', async () => {
    const incoming = structuredClone(demo());
    const y2023 = incoming.years.find((y) => y.year === 2023)!;
    y2023.scores[0] = { ...y2023.scores[0]!, note: 'đã sửa ở văn phòng cụm trưởng mới' };
    incoming.units.push({ id: 'u-new', name: 'Ủy ban MTTQ Việt Nam tỉnh Cao Bằng' });
    const local = await exportClusterDocument(source, 'cluster-tdmnpb');
    const localOnlyYear = { ...structuredClone(local!.years[0]!), year: 2022 };
    const withOldYear = { purpose: 'handover' as const, createdAt: STAMP, content: { documents: [{ ...local!, years: [localOnlyYear, ...local!.years] }], attachments: [] } };
    expect((await receive(source, withOldYear, { '["y",2022]': 'file' })).result.ok).toBe(true);

    const pkg = { purpose: 'handover' as const, createdAt: STAMP, content: { documents: [incoming], attachments: [] } };
    const [plan] = await planReceive(source, receivedFile(pkg, KEY).pkg);
    expect(plan?.existing).toBe(true);
    expect(plan?.changes.map((c) => `${c.key}:${c.status}:${c.defaultChoice}`)).toEqual([
      '["unit","u-new"]:new:file',
      '["y",2022]:onlyLocal:local',
      '["y",2023,"score","u-phu-tho","c-I.1"]:changed:file',
    ]);
    expect(plan?.changes[2]?.fields).toEqual([{ name: 'Ghi chú', local: 'số liệu minh họa', file: 'đã sửa ở văn phòng cụm trưởng mới' }]);
    // Planning wrote nothing.
    expect((await exportClusterDocument(source, 'cluster-tdmnpb'))?.units.some((u) => u.id === 'u-new')).toBe(false);

    expect((await receive(source, pkg)).result.ok).toBe(true);
    const after = await exportClusterDocument(source, 'cluster-tdmnpb');
    expect(after?.years.map((y) => y.year)).toEqual([2022, 2023, 2024, 2025]);
    expect(after?.years.find((y) => y.year === 2023)?.scores[0]?.note).toBe('đã sửa ở văn phòng cụm trưởng mới');
    expect(after?.units.some((u) => u.id === 'u-new')).toBe(true);
    expect(await source.attachments.count()).toBe(1);
  });

  test('a failure half-way through an import leaves the database as it was', async () => {
    const before = await counts(source);
    const incoming = structuredClone(demo());
    incoming.years[1]!.scores[0] = { ...incoming.years[1]!.scores[0]!, note: 'khác' };
    source.clusterYears.hook('creating', () => {
      throw new Error('ghi thất bại (giả lập)');
    });
    const { result } = await receive(source, { purpose: 'handover', createdAt: STAMP, content: { documents: [incoming], attachments: [] } }, 'all from the file');
    expect(result.ok).toBe(false);
    expect(await counts(source)).toEqual(before);
    expect((await exportClusterDocument(source, 'cluster-tdmnpb'))?.years[1]?.scores[0]?.note).not.toBe('khác');
  });

  test('restore replaces the whole database', async () => {
    const backup = await buildPackage(source, 'backup', undefined, STAMP);
    const target = freshDb();
    await importClusterDocument(target, { ...demo(), cluster: { ...demo().cluster, id: 'other', name: 'Cụm khác' }, units: [], mergers: [], years: [] });
    expect(await restorePackage(target, backup)).toEqual({ ok: true, value: 1 });
    expect((await target.clusters.toArray()).map((c) => c.id)).toEqual(['cluster-tdmnpb']);
    expect(await counts(target)).toEqual(await counts(source));
  });
});
