// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { setScoreText } from '../../../shared/edits/scores';
import type { ReceivedPackage } from '../../../shared/interchange/handover-file';
import { recordKey } from '../../../shared/interchange/handover-records';
import type { Choices } from '../../../shared/interchange/handover-merge';
import { perform, send } from '../../../renderer/commands';
import { flushSave } from '../../../renderer/commands/year-save-queue';
import { listBackups } from '../../../renderer/db/backups';
import { appDatabase, setOtherWindowWriting } from '../../../renderer/db/database';
import { planReceive } from '../../../renderer/db/handover-receive-repo';
import { loadReceipt } from '../../../renderer/db/handover-meta-repo';
import { buildPackage } from '../../../renderer/db/package-repo';
import { loadYearRecord } from '../../../renderer/db/year-repo';
import { platform } from '../../../renderer/platform';
import { useAppStore } from '../../../renderer/store';
import { receivedFile, signedAgain } from '../received-file';
import { TIMEOUT } from '../../timeouts';

/**
 * Receiving a hand-over file through the command layer: the plan's defaults never revert a newer local score, the
 * user's per-record choice takes the file's, the backup is taken before the write, one step undoes the receive, and a
 * window that is not the writer changes nothing.
 */

const initialState = useAppStore.getState();
const PHU_THO = 'u-phu-tho';
const YEN_BAI = 'u-yen-bai';
const C = 'c-I.1';
const target = (unitId: string) => ({ kind: 'reviewed' as const, unitId, criterionId: C });
const ctx = () => ({ names: new Map((useAppStore.getState().clusterContext?.units ?? []).map((u) => [u.id, u.name])) });
const clusterId = () => useAppStore.getState().activeClusterId ?? '';
const stored = async (unitId = PHU_THO) =>
  (await loadYearRecord(appDatabase(), clusterId(), 2023))?.doc.scores.find((s) => s.unitId === unitId && s.criterionId === C)?.reviewed;
const onScreen = (unitId = PHU_THO) => useAppStore.getState().yearDoc?.scores.find((s) => s.unitId === unitId && s.criterionId === C)?.reviewed;

async function clearEverything() {
  useAppStore.setState(initialState, true);
  await flushSave();
  const db = appDatabase();
  setOtherWindowWriting(db, false);
  await db.open();
  await Promise.all(db.tables.map((t) => t.clear()));
  const backups = await platform.listBackups();
  if (backups.length > 0) await platform.deleteBackups({ names: backups.map((b) => b.name) });
  useAppStore.setState(initialState, true);
}

beforeEach(async () => {
  await clearEverything();
  expect((await send('demo-load')).ok).toBe(true);
  expect((await send('year-open', 2023)).ok).toBe(true);
});
afterEach(clearEverything);

async function enter(unitId: string, text: string) {
  expect(perform('score-enter', (y) => setScoreText(y, target(unitId), text, ctx())).ok).toBe(true);
  expect((await flushSave()).ok).toBe(true);
}

/** Exports the cluster as the hand-over command does (the export is the base of the next merge). */
async function exportFile(): Promise<ReceivedPackage> {
  const saved = await send('handover-export');
  expect(saved).toMatchObject({ ok: true, value: { saved: true } });
  return receivedFile(await buildPackage(appDatabase(), 'handover', [clusterId()])).pkg;
}

/** Receives a file as the screen does: signed by the other office, read, verified, planned. */
async function receive(file: ReceivedPackage, choices: Choices = {}) {
  const verified = signedAgain(file);
  const plans = await planReceive(appDatabase(), verified.pkg);
  return { plans, result: await send('handover-receive', verified, plans, choices) };
}

// Sends whole hand-over files through the commands on fake-indexeddb: heavy I/O.
describe('handover-receive', { timeout: TIMEOUT.heavyIo }, () => {
  test('an earlier file does not revert a newer local score; choosing "lấy bản trong tệp" for it does; undo puts it back', async () => {
    const original = await stored();
    const file = await exportFile();
    await enter(PHU_THO, '1,25');

    const { plans, result: kept } = await receive(file);
    const change = plans[0]?.changes.find((c) => c.key === recordKey('y', 2023, 'score', PHU_THO, C));
    expect(change).toMatchObject({ evidence: { newer: 'local', by: 'base' }, defaultChoice: 'local' });
    expect(change?.fields).toEqual([{ name: 'Điểm thẩm định', local: '1,25', file: expect.any(String) }]);
    expect(kept).toMatchObject({ ok: true, value: { added: 0, taken: 0, kept: 1 } });
    expect(await stored()).toBe(125);
    expect(onScreen()).toBe(125);

    const { result: taken } = await receive(file, { [change?.choiceKey ?? '']: 'file' });
    if (!taken.ok) throw new Error(taken.message);
    expect(taken.value).toMatchObject({ taken: 1, kept: 0 });
    expect(await stored()).toBe(original);
    expect(onScreen()).toBe(original);
    // The backup before the write holds the local score.
    expect((await listBackups()).some((b) => b.id === taken.value.backupId && b.reason === 'import')).toBe(true);

    const undone = await send('handover-undo', taken.value.id);
    expect(undone).toEqual({ ok: true, value: [clusterId()] });
    expect(await stored()).toBe(125);
    expect(onScreen()).toBe(125);
    expect(await loadReceipt(appDatabase())).toBeUndefined();
    // Undone, the base is the exported file again: the same plan as before the receive.
    const again = await planReceive(appDatabase(), file);
    expect(again[0]?.changes.find((c) => c.key === change?.key)?.defaultChoice).toBe('local');
  });

  test('a newer file comes in by default, next to a local edit the file does not touch', async () => {
    const exported = await exportFile();
    // The other office changed Yên Bái; this PC changed Phú Thọ.
    const [doc] = exported.documents;
    if (!doc) throw new Error('no cluster');
    const theirs: ReceivedPackage = {
      ...exported,
      createdAt: new Date(Date.now() + 60_000).toISOString(),
      documents: [{ ...doc, years: doc.years.map((y) => (y.year === 2023 ? { ...y, scores: y.scores.map((s) => (s.unitId === YEN_BAI && s.criterionId === C ? { ...s, reviewed: 50 } : s)) } : y)) }],
    };
    await enter(PHU_THO, '1,25');
    const { result } = await receive(theirs);
    expect(result).toMatchObject({ ok: true, value: { taken: 1, kept: 1 } });
    expect(await stored(YEN_BAI)).toBe(50);
    expect(await stored(PHU_THO)).toBe(125);
  });

  test('undo is refused once something changed after the receive, and says how to go back anyway', async () => {
    const file = await exportFile();
    await enter(PHU_THO, '1,25');
    const verified = signedAgain(file);
    const plans = await planReceive(appDatabase(), verified.pkg);
    const all = Object.fromEntries(plans.flatMap((p) => p.changes.map((c) => [c.choiceKey, 'file' as const])));
    const received = await send('handover-receive', verified, plans, all);
    if (!received.ok) throw new Error(received.message);
    await enter(YEN_BAI, '0,5');
    const undone = await send('handover-undo', received.value.id);
    expect(undone).toMatchObject({ ok: false, message: expect.stringContaining('đã có thay đổi sau lần nhận tệp này') });
    expect(await stored(YEN_BAI)).toBe(50);
  });

  test('choices that would bring in invalid data are refused whole, naming what conflicts', async () => {
    const exported = await exportFile();
    const [doc] = exported.documents;
    if (!doc) throw new Error('no cluster');
    // The file's 2023 table lost criterion I.1 and its scores.
    const file: ReceivedPackage = {
      ...exported,
      documents: [{
        ...doc,
        years: doc.years.map((y) =>
          y.year === 2023 ? { ...y, sections: y.sections.map((s) => ({ ...s, criteria: s.criteria.filter((c) => c.id !== C) })), scores: y.scores.filter((s) => s.criterionId !== C) } : y,
        ),
      }],
    };
    const before = await stored();
    const { result } = await receive(file, { [recordKey('y', 2023, 'sections')]: 'file', [recordKey('y', 2023, 'score', PHU_THO, C)]: 'local' });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('tiêu chí «c-I.1» không có trong bảng tiêu chí năm 2023') });
    expect(await stored()).toBe(before);
    expect(await loadReceipt(appDatabase())).toBeUndefined();
  });
});

describe('a window that is not the writer', () => {
  test('refuses edits and commands with the same message, and writes nothing', async () => {
    const before = await stored();
    useAppStore.getState().setWriteAccess('otherWindow');
    setOtherWindowWriting(appDatabase(), true);
    const edit = perform('score-enter', (y) => setScoreText(y, target(PHU_THO), '1,25', ctx()));
    expect(edit).toMatchObject({ ok: false, message: expect.stringMatching(/^Ứng dụng đang mở ở một cửa sổ hoặc thẻ khác/u) });
    expect(onScreen()).toBe(before);
    expect(useAppStore.getState().saveStatus).toBe('saved');
    const command = await send('unit-add', { name: 'Ủy ban MTTQ Việt Nam tỉnh Cao Bằng', years: [2023] });
    expect(command).toMatchObject({ ok: false, message: expect.stringMatching(/^Ứng dụng đang mở ở một cửa sổ hoặc thẻ khác/u) });
    expect(await platform.listBackups()).toEqual([]);
    // Even a write that bypasses the commands is refused below Dexie.
    await expect(appDatabase().units.put({ id: 'x', clusterId: clusterId(), name: 'X' })).rejects.toThrow(/một cửa sổ khác đang ghi dữ liệu/u);
    expect(await stored()).toBe(before);
  });
});

describe('storage faults', () => {
  test('a save refused as stale is reported for the dialog, with the year', async () => {
    const record = await loadYearRecord(appDatabase(), clusterId(), 2023);
    if (!record) throw new Error('no year');
    await appDatabase().clusterYears.update([clusterId(), 2023], { revision: 'written-elsewhere' });
    expect(perform('score-enter', (y) => setScoreText(y, target(PHU_THO), '1,25', ctx())).ok).toBe(true);
    expect((await flushSave()).ok).toBe(false);
    expect(useAppStore.getState().storageFault).toMatchObject({ cause: 'stale', what: 'Thay đổi của năm 2023', year: 2023 });
    expect(useAppStore.getState().faultOpen).toBe(true);
  });
});
