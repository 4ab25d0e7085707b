import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { guardChange } from '../../../shared/edits/audited';
import { finaliseYear } from '../../../shared/edits/lock';
import { evaluateYear } from '../../../shared/engine/evaluate-year';
import { snapshotResults } from '../../../shared/engine/results-snapshot';
import { parseClusterDocument, type ClusterDocument } from '../../../shared/interchange/cluster-document';
import type { Year } from '../../../shared/model/year';
import { restoreBackup, takeBackup } from '../../../renderer/db/backups';
import { importClusterDocument, exportClusterDocument } from '../../../renderer/db/cluster-document-repo';
import { createDatabase, type AppDatabase } from '../../../renderer/db/database';
import { loadYearIntegrity } from '../../../renderer/db/integrity-repo';
import { planReceive, receiveHandover, undoReceive } from '../../../renderer/db/handover-receive-repo';
import { packBody, unpackBody } from '../../../renderer/db/year-body';
import { readKnownSenders } from '../../../renderer/db/known-senders-repo';
import { buildPackage } from '../../../renderer/db/package-repo';
import { ensureSigningKey } from '../../../renderer/db/signing-key-repo';
import { removeUnit, updateUnit } from '../../../renderer/db/cluster-repo';
import type { YearBody } from '../../../renderer/db/rows';
import { SCHEMA_VERSIONS } from '../../../renderer/db/schema';
import { readSeal } from '../../../renderer/db/seal-repo';
import { loadClusterContext, loadYearRecord, saveYear } from '../../../renderer/db/year-repo';
import { createWebBackupStorage } from '../../../renderer/platform/web-backups';
import { TIMEOUT } from '../../timeouts';
import { receivedFile } from '../received-file';

/**
 * The seal of a finalised year in the database (renderer/db/seal-repo.ts): renewed by every write through the app,
 * left behind by an edit of the year's row that bypasses it, so the integrity check on the stored year names it.
 */

const C = 'cluster-tdmnpb';
const AT = '2023-12-01T10:00:00+07:00';
const parsed = parseClusterDocument(readFileSync('shared/demo/trung-du-mien-nui-phia-bac.json', 'utf8'));
if (!parsed.ok) throw new Error(parsed.error.message);
const demo: ClusterDocument = parsed.doc;

const names: string[] = [];
const opened: Dexie[] = [];
let n = 0;
function fresh(label: string): AppDatabase {
  const db = createDatabase(`seal-${label}-${Date.now()}-${n++}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const who = { who: 'Thư ký', at: AT };

/** Finalises 2023 of the demo through the same steps as the app: the audit hook, then saveYear. */
async function finalised2023(db: AppDatabase): Promise<Year> {
  await importClusterDocument(db, demo);
  const record = await loadYearRecord(db, C, 2023);
  if (!record) throw new Error('no 2023');
  const results = snapshotResults(evaluateYear(record.doc, await loadClusterContext(db, C)));
  const done = finaliseYear({ results, blockers: [], at: AT })(record.doc);
  if (!done.ok) throw new Error(done.message);
  const logged = guardChange(record.doc, done.value, who);
  if (!logged.ok) throw new Error(logged.message);
  const saved = await saveYear(db, C, logged.value, record.revision);
  if (!saved.ok) throw new Error(saved.message);
  return logged.value;
}

/** What an edit of IndexedDB from outside the app does: the year's row changes, nothing else. */
async function editRow(db: AppDatabase, edit: (body: YearBody) => void) {
  const row = await db.clusterYears.get([C, 2023]);
  if (!row?.body) throw new Error('no row');
  const body = unpackBody(row.body);
  edit(body);
  await db.clusterYears.put({ ...row, body: packBody(body) });
}

// Heavy I/O (the Dexie database on fake-indexeddb, whole years sealed, backed up and restored): seconds on a busy machine.
describe('seals in the database', { timeout: TIMEOUT.heavyIo }, () => {
  test('finalising writes the seal with the year; the stored year is intact', async () => {
    const db = fresh('final');
    const year = await finalised2023(db);
    expect(await readSeal(db.meta, C, 2023)).toMatchObject({ clusterId: C, year: 2023, checksum: year.finalised?.checksum, locked: true, entries: 2 });
    expect(await loadYearIntegrity(db, C, 2023)).toMatchObject({ intact: true, locked: true, log: { entries: 2 } });
  });

  test('a score changed in the stored row under the lock is named with its member, criterion and totals', async () => {
    const db = fresh('score');
    await finalised2023(db);
    await editRow(db, (body) => {
      body.scores = body.scores.map((s) => (s.unitId === 'u-bac-kan' && s.criterionId === 'c-I.1' ? { ...s, reviewed: 0 } : s));
    });
    const report = await loadYearIntegrity(db, C, 2023);
    expect(report?.findings.map((f) => f.code)).toEqual(['results-changed']);
    expect(report?.findings[0]?.details[0]).toMatch(/^Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn: tổng điểm [\d,]+ → [\d,]+; hạng 2 → \d; tiêu chí I\.1 /u);
  });

  test('a log cut short outside the app is never sealed over by a later save through the app', async () => {
    const db = fresh('cut');
    await finalised2023(db);
    await editRow(db, (body) => {
      body.audit = body.audit.slice(0, 1);
    });
    expect((await loadYearIntegrity(db, C, 2023))?.findings.map((f) => f.message)).toEqual([
      'Nhật ký bị xóa 1 mục cuối: mốc niêm phong ghi 2 mục, nay chỉ còn 1 (thiếu mục số 2).',
    ]);
    const record = await loadYearRecord(db, C, 2023);
    if (!record) throw new Error('no 2023');
    const unlocked = guardChange(record.doc, { ...record.doc, locked: false }, { ...who, reason: 'Sửa sai sót' });
    if (!unlocked.ok) throw new Error(unlocked.message);
    expect((await saveYear(db, C, unlocked.value, record.revision)).ok).toBe(true);
    expect(await readSeal(db.meta, C, 2023)).toMatchObject({ entries: 2, locked: true });
    const codes = (await loadYearIntegrity(db, C, 2023))?.findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['log-replaced', 'lock-changed']));
  });

  test('an unlock and an edit through the app advance the seal: still intact', async () => {
    const db = fresh('advance');
    const year = await finalised2023(db);
    const record = await loadYearRecord(db, C, 2023);
    if (!record) throw new Error('no 2023');
    const open = guardChange(year, { ...year, locked: false }, { ...who, reason: 'Sửa sai sót' });
    if (!open.ok) throw new Error(open.message);
    expect((await saveYear(db, C, open.value, record.revision)).ok).toBe(true);
    expect(await readSeal(db.meta, C, 2023)).toMatchObject({ entries: 3, locked: false });
    expect((await loadYearIntegrity(db, C, 2023))?.intact).toBe(true);
  });

  test('a backup holding a year changed outside the app is not restored: restoring would seal over the change', async () => {
    const db = fresh('backup');
    const name = `seal-store-${Date.now()}`;
    names.push(name);
    const store = createWebBackupStorage(name);
    await finalised2023(db);
    await editRow(db, (body) => {
      body.audit = [];
    });
    const taken = await takeBackup(db, 'manual', store);
    if (!taken.ok) throw new Error(taken.message);
    const restored = await restoreBackup(db, taken.value.id, store);
    expect(restored.ok).toBe(false);
    expect(restored.ok ? '' : restored.message).toMatch(/^Không khôi phục bản sao lưu này: năm 2023 [^\n]*\nNhật ký đã bị xóa hết: mốc niêm phong ghi 2 mục/u);
  });

  test('a member of a locked year cannot be removed or moved from the members screen: its results stay sealed', async () => {
    const db = fresh('members');
    await finalised2023(db);
    const removed = await removeUnit(db, 'u-yen-bai');
    expect(removed.ok ? '' : removed.message).toMatch(/^Năm 2023 đã chốt kết quả và khóa sổ: không đổi được thành viên/u);
    const moved = await updateUnit(db, 'u-yen-bai', { name: 'Ủy ban MTTQ Việt Nam tỉnh Yên Bái', years: [2024] });
    expect(moved.ok).toBe(false);
    expect(await db.units.get('u-yen-bai')).toBeDefined();
    expect((await loadYearIntegrity(db, C, 2023))?.intact).toBe(true);
  });

  test('an unsigned file keeps a locked year of this PC and its seal as they were, even with every record chosen from the file', async () => {
    const db = fresh('unsigned');
    await finalised2023(db);
    const sealBefore = await readSeal(db.meta, C, 2023);
    const file = receivedFile({ purpose: 'handover', createdAt: AT, content: { documents: [demo], attachments: [] } }, null);
    expect(file.sender).toEqual({ kind: 'unsigned' });
    const plans = await planReceive(db, file.pkg);
    expect(plans[0]?.keptLocked).toEqual([2023]);
    expect(plans[0]?.changes.some((c) => c.year === 2023)).toBe(false);
    // Even a choice naming the year (not offered by the plan) cannot take it from the file.
    const all = { '["y",2023]': 'file' as const, ...Object.fromEntries(plans.flatMap((p) => p.changes.map((c) => [c.choiceKey, 'file' as const]))) };
    const note = { command: 'Nhận tệp bàn giao', action: 'Thay bằng bản trong tệp bàn giao', who: 'Thư ký', at: AT };
    const imported = await receiveHandover(db, file, plans, all, { note, backupId: 'b', receiptId: 'r' });
    expect(imported.ok).toBe(true);
    const after = await exportClusterDocument(db, C);
    expect(after?.years.find((y) => y.year === 2023)?.locked).toBe(true);
    expect(await readSeal(db.meta, C, 2023)).toEqual(sealBefore);
    expect((await loadYearIntegrity(db, C, 2023))?.intact).toBe(true);
  });
});

// Builds, signs and receives whole hand-over files on fake-indexeddb: heavy I/O.
describe('receiving a signed hand-over file, field by field', { timeout: TIMEOUT.heavyIo }, () => {
  const note = { command: 'Nhận tệp bàn giao', action: 'Thay bằng bản trong tệp bàn giao', who: 'Thư ký', at: AT };

  /** The other office: 2023 finalised there, a 2024 score changed, the file signed with that office's key. */
  async function otherOfficeFile() {
    const office = fresh('office');
    await finalised2023(office);
    const pkg = await buildPackage(office, 'handover', [C], AT);
    const [doc] = pkg.content.documents;
    if (!doc) throw new Error('no cluster');
    const years = doc.years.map((y) => (y.year === 2024 ? { ...y, scores: y.scores.map((s, i) => (i === 0 ? { ...s, reviewed: 0 } : s)) } : y));
    const key = await ensureSigningKey(office);
    return { file: receivedFile({ ...pkg, content: { ...pkg.content, documents: [{ ...doc, years }] } }, key), key };
  }

  test('a finalised year taken from the file is sealed here and intact; the signer is remembered; undo puts the year back, logged', async () => {
    const db = fresh('take');
    await importClusterDocument(db, demo);
    const { file, key } = await otherOfficeFile();
    expect(file.sender).toMatchObject({ kind: 'signed', standing: 'first' });
    const before = await buildPackage(db, 'backup', undefined, AT);
    const plans = await planReceive(db, file.pkg);
    expect(plans[0]?.wholeYears.map((w) => w.year)).toEqual([2023]);
    const all = Object.fromEntries(plans.flatMap((p) => [...p.changes.map((c) => [c.choiceKey, 'file' as const]), ...p.wholeYears.map((w) => [w.key, 'file' as const])]));
    const received = await receiveHandover(db, file, plans, all, { note, backupId: 'b', receiptId: 'r' });
    if (!received.ok) throw new Error(received.message);
    expect((await exportClusterDocument(db, C))?.years.find((y) => y.year === 2023)?.locked).toBe(true);
    expect(await readSeal(db.meta, C, 2023)).toMatchObject({ year: 2023, locked: true });
    expect((await loadYearIntegrity(db, C, 2023))?.intact).toBe(true);
    expect((await readKnownSenders(db)).map((k) => [k.clusterId, k.publicKey])).toEqual([[C, key.publicKey]]);

    const undoNote = { ...note, command: 'Hoàn tác lần nhận tệp bàn giao', action: 'Trả lại bản trước khi nhận tệp bàn giao' };
    expect(await undoReceive(db, received.value, before, undoNote)).toEqual({ ok: true, value: [C] });
    const undone = (await exportClusterDocument(db, C))?.years.find((y) => y.year === 2023);
    expect(undone?.finalised).toBeUndefined();
    // The log says the year was put back (docs/format.md, "Chữ ký và mốc niêm phong": a logged year is sealed).
    expect(undone?.audit.map((e) => e.action)).toEqual(['Trả lại bản trước khi nhận tệp bàn giao']);
    expect(await readSeal(db.meta, C, 2023)).toMatchObject({ locked: false, entries: 1 });
    expect((await loadYearIntegrity(db, C, 2023))?.intact).toBe(true);
  });

  test('a finalised year the receive leaves as it was here keeps its own seal, not a fresh one', async () => {
    const db = fresh('keep');
    await finalised2023(db);
    const sealBefore = await readSeal(db.meta, C, 2023);
    const { file } = await otherOfficeFile();
    const plans = await planReceive(db, file.pkg);
    // Both offices finalised the same 2023: nothing to choose there; the changed 2024 score comes in when chosen.
    expect(plans[0]?.changes.map((c) => c.year)).toEqual([2024]);
    const all = Object.fromEntries(plans.flatMap((p) => p.changes.map((c) => [c.choiceKey, 'file' as const])));
    const received = await receiveHandover(db, file, plans, all, { note, backupId: 'b', receiptId: 'r' });
    expect(received.ok).toBe(true);
    expect((await exportClusterDocument(db, C))?.years.find((y) => y.year === 2024)?.scores[0]?.reviewed).toBe(0);
    expect(await readSeal(db.meta, C, 2023)).toEqual(sealBefore);
    expect((await loadYearIntegrity(db, C, 2023))?.intact).toBe(true);
  });
});

describe('schema version 5', { timeout: TIMEOUT.heavyIo }, () => {
  test('seals the years finalised before seals existed, once, at the upgrade', async () => {
    // A finalised 2023 as an app of schema 4 stored it.
    const source = fresh('v4source');
    const year = await finalised2023(source);
    const name = `seal-v4-${Date.now()}`;
    names.push(name);
    const old = new Dexie(name);
    for (const step of SCHEMA_VERSIONS.filter((s) => s.version <= 4)) old.version(step.version).stores(step.stores);
    await old.open();
    for (const table of ['clusters', 'units', 'memberships', 'clusterYears', 'mergers']) {
      await old.table(table).bulkAdd(await source.table(table).toArray());
    }
    await old.table('meta').put({ key: 'schemaVersion', value: 4 });
    old.close();

    const db = createDatabase(name);
    opened.push(db);
    await db.open();
    expect(await readSeal(db.meta, C, 2023)).toMatchObject({ checksum: year.finalised?.checksum, entries: 2, locked: true });
    expect(await readSeal(db.meta, C, 2024)).toBeUndefined();
    expect((await loadYearIntegrity(db, C, 2023))?.intact).toBe(true);
  });
});
