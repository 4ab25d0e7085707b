// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { setScoreText } from '../../../shared/edits/scores';
import type { Result } from '../../../shared/base/result';
import type { TemplateData } from '../../../shared/excel/self-assessment/read';
import type { Year } from '../../../shared/model/year';
import { finaliseYear } from '../../../shared/edits/lock';
import { snapshotResults } from '../../../shared/engine/results-snapshot';
import { evaluateYear } from '../../../shared/engine/evaluate-year';
import { parsePackage } from '../../../shared/interchange/handover-package';
import { perform, redo, send, undo, commandNames } from '../../../renderer/commands';
import { flushSave } from '../../../renderer/commands/year-save-queue';
import { listBackups } from '../../../renderer/db/backups';
import { appDatabase } from '../../../renderer/db/database';
import { buildPackage } from '../../../renderer/db/package-repo';
import { planReceive } from '../../../renderer/db/handover-receive-repo';
import { receivedFile } from '../received-file';
import { loadYearRecord, saveYear } from '../../../renderer/db/year-repo';
import { packBody, unpackBody } from '../../../renderer/db/year-body';
import { platform } from '../../../renderer/platform';
import { useAppStore } from '../../../renderer/store';
import { TIMEOUT } from '../../timeouts';

/**
 * The command layer and the store against a real (fake-indexeddb) database: every write goes flush → backup → one
 * transaction → refresh, a refused write leaves both the store and the database as they were, and the open year's
 * edits go through the lock, the audit log, undo/redo and the revision check.
 */

const initialState = useAppStore.getState();
const PHU_THO = 'u-phu-tho';
const CRITERION = 'c-I.1';
const reviewed = (unitId = PHU_THO) => ({ kind: 'reviewed' as const, unitId, criterionId: CRITERION });
const ctx = () => ({ names: new Map((useAppStore.getState().clusterContext?.units ?? []).map((u) => [u.id, u.name])) });
const storedScore = async (year = 2023) => {
  const clusterId = useAppStore.getState().activeClusterId ?? '';
  const record = await loadYearRecord(appDatabase(), clusterId, year);
  return record?.doc.scores.find((s) => s.unitId === PHU_THO && s.criterionId === CRITERION)?.reviewed;
};
const openScore = () => useAppStore.getState().yearDoc?.scores.find((s) => s.unitId === PHU_THO && s.criterionId === CRITERION)?.reviewed;

async function clearEverything() {
  useAppStore.setState(initialState, true);
  await flushSave();
  const db = appDatabase();
  await db.open();
  await Promise.all(db.tables.filter((t) => t.name !== 'meta').map((t) => t.clear()));
  const backups = await platform.listBackups();
  if (backups.length > 0) await platform.deleteBackups({ names: backups.map((b) => b.name) });
  useAppStore.setState(initialState, true);
}

async function demoOpenAt2023() {
  const loaded = await send('demo-load');
  if (!loaded.ok) throw new Error(loaded.message);
  const opened = await send('year-open', 2023);
  if (!opened.ok) throw new Error(opened.message);
}

beforeEach(clearEverything);
afterEach(clearEverything);

// Heavy I/O (the store and the Dexie database on fake-indexeddb, the demo cluster loaded per test): seconds on a busy machine.
describe('commands', { timeout: TIMEOUT.heavyIo }, () => {
  test('every command of the Handlers map is registered under its name', () => {
    expect(commandNames().sort()).toEqual(
      [
        'backup-export', 'backup-restore', 'backup-take', 'cluster-create', 'cluster-select', 'cluster-update', 'demo-load', 'file-save',
        'handover-export', 'handover-receive', 'handover-undo', 'indicator-table-apply', 'member-order-set', 'merger-record', 'merger-remove', 'peer-templates-apply', 'scan-store',
        'signing-key', 'templates-apply', 'unit-add', 'unit-remove', 'unit-update', 'year-create', 'year-open', 'year-save',
      ].sort(),
    );
  });

  test('a write refreshes the store from what the database holds', async () => {
    const created = await send('cluster-create', { name: 'Cụm thi đua số 1', level: 'tỉnh', organisingBody: 'Ủy ban MTTQ', sector: 'cụm' });
    expect(created.ok).toBe(true);
    expect(useAppStore.getState().clusters.map((c) => c.name)).toEqual(['Cụm thi đua số 1']);
    const added = await send('unit-add', { name: 'Ủy ban MTTQ tỉnh Phú Thọ', years: [2023] });
    expect(added).toEqual({ ok: true, value: expect.any(String) });
    expect(useAppStore.getState().active?.units.map((u) => u.name)).toEqual(['Ủy ban MTTQ tỉnh Phú Thọ']);
  });

  test('a refused write leaves the store and the database exactly as they were', async () => {
    await send('cluster-create', { name: 'Cụm A', level: 'tỉnh', organisingBody: 'MTTQ', sector: 'cụm' });
    await send('unit-add', { name: 'Tỉnh Phú Thọ', years: [2023] });
    const before = useAppStore.getState().active;
    const refused = await send('unit-add', { name: 'tỉnh phú thọ', years: [2024] });
    expect(refused).toMatchObject({ ok: false });
    expect(useAppStore.getState().active).toBe(before);
    expect(await appDatabase().units.count()).toBe(1);
    expect(await appDatabase().memberships.count()).toBe(1);
  });

  test('a hand-over that fails half-way writes nothing and changes nothing on screen', async () => {
    await demoOpenAt2023();
    const pkg = await buildPackage(appDatabase(), 'handover');
    // A second cluster in the file whose unit id is already used by the demo: the transaction aborts after the first.
    const [demo] = pkg.content.documents;
    if (!demo) throw new Error('no demo');
    const intruder = { ...demo, cluster: { ...demo.cluster, id: 'other', name: 'Cụm khác' }, years: [] };
    const file = receivedFile({ ...pkg, content: { ...pkg.content, documents: [demo, intruder] } });
    const clustersBefore = await appDatabase().clusters.count();
    const stateBefore = useAppStore.getState().yearDoc;
    const result = await send('handover-receive', file, await planReceive(appDatabase(), file.pkg), {});
    expect(result).toMatchObject({ ok: false });
    expect(await appDatabase().clusters.count()).toBe(clustersBefore);
    expect(useAppStore.getState().yearDoc).toBe(stateBefore);
  });

  test('order: the pending edit is flushed, then backed up, then the write runs — and a plan made before it is refused', async () => {
    await demoOpenAt2023();
    const exported = receivedFile(await buildPackage(appDatabase(), 'handover'));
    const plans = await planReceive(appDatabase(), exported.pkg);
    const everything = Object.fromEntries(plans.flatMap((p) => p.changes.map((c) => [c.choiceKey, 'file' as const])));
    // An edit typed after the plan was made, still inside the autosave delay.
    const edited = perform('score-enter', (y) => setScoreText(y, reviewed(), '1,25', ctx()));
    expect(edited.ok).toBe(true);
    expect(useAppStore.getState().saveStatus).toBe('pending');

    const received = await send('handover-receive', exported, plans, everything);
    // The edit was written first; the plan no longer matches what is stored, so nothing is received over it.
    expect(received).toMatchObject({ ok: false, message: expect.stringMatching(/^Dữ liệu trên máy đã thay đổi từ khi lập danh sách khác biệt/u) });
    expect(await storedScore()).toBe(125);

    // Flushed before the backup, and backed up before the write: the newest backup holds the edit.
    const newest = (await listBackups()).find((b) => b.reason === 'import');
    expect(newest).toBeDefined();
    const text = (await platform.readBackup({ name: newest?.id ?? '' })) ?? '';
    const backup = parsePackage(text);
    if (!backup.ok) throw new Error(backup.message);
    const year = backup.value.content.documents[0]?.years.find((y) => y.year === 2023);
    expect(year?.scores.find((s) => s.unitId === PHU_THO && s.criterionId === CRITERION)?.reviewed).toBe(125);
    expect(openScore()).toBe(125);
  });

  test('a restore backs up the current state first and logs the replacement of a finalised year', async () => {
    await demoOpenAt2023();
    const taken = await send('backup-take');
    if (!taken.ok) throw new Error(taken.message);
    const state = useAppStore.getState();
    if (!state.yearDoc || !state.clusterContext) throw new Error('no year');
    const evaluation = evaluateYear(state.yearDoc, state.clusterContext);
    const finalised = perform('year-finalise', finaliseYear({ results: snapshotResults(evaluation), blockers: [], at: '2023-12-01T10:00:00+07:00' }));
    expect(finalised.ok).toBe(true);

    const restored = await send('backup-restore', taken.value.id);
    expect(restored).toEqual({ ok: true, value: 1 });
    expect((await listBackups()).map((b) => b.reason)).toContain('beforeRestore');
    const year = useAppStore.getState().yearDoc;
    // The restored year is the one from before finalising, with the restore on its log.
    expect(year?.locked).toBe(false);
    expect(year?.audit.at(-1)).toMatchObject({ command: 'Khôi phục bản sao lưu', action: 'Thay bằng bản trong bản sao lưu', target: 'Năm 2023' });
  });
});

describe('exports of a locked year', { timeout: TIMEOUT.heavyIo }, () => {
  test('file-save of a locked year changed outside the app is refused with the report, before the file is built', async () => {
    await demoOpenAt2023();
    const state = useAppStore.getState();
    if (!state.yearDoc || !state.clusterContext) throw new Error('no year');
    const results = snapshotResults(evaluateYear(state.yearDoc, state.clusterContext));
    expect(perform('year-finalise', finaliseYear({ results, blockers: [], at: '2023-12-01T10:00:00+07:00' })).ok).toBe(true);
    expect((await flushSave()).ok).toBe(true);
    // An edit of the stored row that bypasses the app: Bắc Kạn loses every reviewed point.
    const row = await appDatabase().clusterYears.get([state.activeClusterId ?? '', 2023]);
    if (!row?.body) throw new Error('no row');
    const body = unpackBody(row.body);
    row.body = packBody({ ...body, scores: body.scores.map((s) => (s.unitId === 'u-bac-kan' && s.reviewed !== undefined ? { ...s, reviewed: 0 } : s)) });
    await appDatabase().clusterYears.put(row);

    let built = false;
    const request = async () => {
      built = true;
      return { suggestedName: 'x.xlsx', filters: [], encoding: 'utf8' as const, data: '' };
    };
    const saved = await send('file-save', request, { year: 2023 });
    expect(saved.ok).toBe(false);
    expect(saved.ok ? '' : saved.message).toMatch(/^Không xuất văn bản của năm 2023: năm đã khóa sổ nhưng dữ liệu không còn khớp/u);
    expect(saved.ok ? '' : saved.message).toMatch(/Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn: tổng điểm [\d,]+ → [\d,]+; hạng 2 → 7/u);
    expect(built).toBe(false);
    // The hand-over file is refused too: the receiving office would refuse it.
    const handover = await send('handover-export');
    expect(handover.ok ? '' : handover.message).toMatch(/^Không xuất tệp bàn giao: năm 2023 không còn nguyên vẹn\./u);
  });
});

describe('the open year: perform, undo/redo, lock, revision', () => {
  test('perform changes the year at once and saves it shortly after; undo and redo step through it', async () => {
    await demoOpenAt2023();
    const before = openScore();
    expect(perform('score-enter', (y) => setScoreText(y, reviewed(), '1,5', ctx())).ok).toBe(true);
    expect(openScore()).toBe(150);
    expect((await flushSave()).ok).toBe(true);
    expect(await storedScore()).toBe(150);
    expect(useAppStore.getState().saveStatus).toBe('saved');
    undo();
    expect(openScore()).toBe(before);
    redo();
    expect(openScore()).toBe(150);
    await flushSave();
    expect(await storedScore()).toBe(150);
  });

  test('a refused edit changes nothing and says why', async () => {
    await demoOpenAt2023();
    const before = useAppStore.getState().yearDoc;
    const result = perform('score-enter', (y) => setScoreText(y, reviewed(), '99', ctx()));
    expect(result.ok).toBe(false);
    expect(useAppStore.getState().yearDoc).toBe(before);
    expect(useAppStore.getState().undoStack).toHaveLength(0);
  });

  test('a locked year refuses edits until unlocked with a reason; every change after finalising is logged with its command', async () => {
    await demoOpenAt2023();
    const state = useAppStore.getState();
    if (!state.yearDoc || !state.clusterContext) throw new Error('no year');
    const results = snapshotResults(evaluateYear(state.yearDoc, state.clusterContext));
    expect(perform('year-finalise', finaliseYear({ results, blockers: [], at: '2023-12-01T10:00:00+07:00' })).ok).toBe(true);

    const refused = perform('score-enter', (y) => setScoreText(y, reviewed(), '0,5', ctx()));
    expect(refused.ok).toBe(false);
    expect(perform('year-unlock', (y) => ({ ok: true, value: { ...y, locked: false } })).ok).toBe(false);
    expect(perform('year-unlock', (y) => ({ ok: true, value: { ...y, locked: false } }), { reason: 'Sửa sai sót nhập liệu' }).ok).toBe(true);
    expect(perform('score-enter', (y) => setScoreText(y, reviewed(), '0,5', ctx())).ok).toBe(true);

    const log = useAppStore.getState().yearDoc?.audit ?? [];
    expect(log.map((e) => e.command)).toEqual(['Chốt kết quả năm', 'Chốt kết quả năm', 'Mở khóa năm', 'Nhập điểm']);
    expect(log.at(-1)).toMatchObject({ action: 'Sửa điểm', reason: 'Sửa sai sót nhập liệu' });
  });

  test('peer templates are imported under their own name: the audit log does not call them self-assessments', async () => {
    await demoOpenAt2023();
    const toPeer = (y: Year): Result<Year> => ({ ok: true, value: { ...y, ruleSet: { ...y.ruleSet, scoringMode: 'peer' } } });
    expect(perform('rules-edit', toPeer).ok).toBe(true);
    const state = useAppStore.getState();
    if (!state.yearDoc || !state.clusterContext) throw new Error('no year');
    const results = snapshotResults(evaluateYear(state.yearDoc, state.clusterContext));
    expect(perform('year-finalise', finaliseYear({ results, blockers: [], at: '2023-12-01T10:00:00+07:00' })).ok).toBe(true);
    expect(perform('year-unlock', (y) => ({ ok: true, value: { ...y, locked: false } }), { reason: 'Nhận thêm mẫu chấm chéo' }).ok).toBe(true);

    // Phú Thọ's returned peer template: 1,50 for Bắc Kạn on I.1.
    const file: TemplateData = {
      unitId: PHU_THO,
      peerScores: [{ unitId: 'u-bac-kan', criterionId: CRITERION, points: 150, cell: 'D6' }],
      scores: [],
      indicators: [],
      adjustments: [],
      warnings: [],
      period: 'year',
    };
    const imported = await send('peer-templates-apply', [file], ctx().names);
    expect(imported.ok).toBe(true);
    const year = useAppStore.getState().yearDoc;
    expect(year?.peerScores).toContainEqual({ scorerId: PHU_THO, unitId: 'u-bac-kan', criterionId: CRITERION, points: 150 });
    expect(year?.audit.at(-1)).toMatchObject({ command: 'Nhập mẫu chấm chéo đã điền', reason: 'Nhận thêm mẫu chấm chéo' });
    expect((year?.audit ?? []).some((e) => e.command === 'Nhập mẫu tự chấm đã điền')).toBe(false);
  });

  test('a save based on a stale copy is refused, never applied, and says what to do', async () => {
    await demoOpenAt2023();
    const clusterId = useAppStore.getState().activeClusterId ?? '';
    // Another window saves the year first.
    const other = await loadYearRecord(appDatabase(), clusterId, 2023);
    if (!other) throw new Error('no year');
    const theirs = setScoreText(other.doc, reviewed(), '0,75', ctx());
    if (!theirs.ok) throw new Error(theirs.message);
    expect((await saveYear(appDatabase(), clusterId, theirs.value, other.revision)).ok).toBe(true);

    expect(perform('score-enter', (y) => setScoreText(y, reviewed(), '1,75', ctx())).ok).toBe(true);
    const saved = await flushSave();
    expect(saved.ok).toBe(false);
    expect(useAppStore.getState().saveStatus).toBe('error');
    expect(useAppStore.getState().saveError).toMatch(/Năm 2023 vừa được ghi ở nơi khác/u);
    expect(await storedScore()).toBe(75);
    // A command after that refuses too, rather than work on a database the screen disagrees with.
    expect(await send('backup-take')).toMatchObject({ ok: false });
  });

  test('switching cluster or year writes the pending edit first; a command keeps the undo history when the year did not change', async () => {
    await demoOpenAt2023();
    perform('score-enter', (y) => setScoreText(y, reviewed(), '1,1', ctx()));
    expect((await send('year-open', 2024)).ok).toBe(true);
    expect(await storedScore(2023)).toBe(110);
    await send('year-open', 2023);
    perform('score-enter', (y) => setScoreText(y, reviewed(), '1,2', ctx()));
    expect((await send('cluster-update', { name: 'Cụm thi đua mới tên', level: 'tỉnh', organisingBody: 'MTTQ', sector: 'cụm' })).ok).toBe(true);
    expect(useAppStore.getState().undoStack).toHaveLength(1);
    expect(await storedScore(2023)).toBe(120);
  });

  test('a year opened again at the revision last saved is the year in memory; one written elsewhere meanwhile is read as stored', async () => {
    await demoOpenAt2023();
    const context = useAppStore.getState().clusterContext;
    perform('score-enter', (y) => setScoreText(y, reviewed(), '1,4', ctx()));
    const typed = useAppStore.getState().yearDoc;
    expect((await send('year-open', 2024)).ok).toBe(true);
    expect((await send('year-open', 2023)).ok).toBe(true);
    // The same objects: the evaluation and the grid's rows computed from them are reused, not computed again.
    expect(useAppStore.getState().yearDoc).toBe(typed);
    expect(useAppStore.getState().clusterContext).toBe(context);
    expect(openScore()).toBe(140);

    // Another window saves 2023 while this one shows 2024: opening 2023 again shows what that window saved.
    expect((await send('year-open', 2024)).ok).toBe(true);
    const clusterId = useAppStore.getState().activeClusterId ?? '';
    const other = await loadYearRecord(appDatabase(), clusterId, 2023);
    if (!other) throw new Error('no year');
    const theirs = setScoreText(other.doc, reviewed(), '0,5', ctx());
    if (!theirs.ok) throw new Error(theirs.message);
    expect((await saveYear(appDatabase(), clusterId, theirs.value, other.revision)).ok).toBe(true);
    expect((await send('year-open', 2023)).ok).toBe(true);
    expect(useAppStore.getState().yearDoc).not.toBe(typed);
    expect(openScore()).toBe(50);
    // And its leader, read from the index without the years' bodies, is still in the context.
    expect(useAppStore.getState().clusterContext?.years.find((y) => y.year === 2023)?.leaderId).toBe(theirs.value.leaderId);
  });

  test('a member edit that changes the open year’s members reloads it and clears its undo history', async () => {
    await demoOpenAt2023();
    perform('score-enter', (y) => setScoreText(y, reviewed(), '1,3', ctx()));
    const unit = useAppStore.getState().active?.units.find((u) => u.id === PHU_THO);
    if (!unit) throw new Error('no unit');
    const years = useAppStore.getState().active?.yearsByUnit.get(PHU_THO) ?? [];
    const result = await send('unit-update', PHU_THO, { name: unit.name, years: years.filter((y) => y !== 2023) });
    expect(result).toEqual({ ok: true, value: undefined });
    expect(result.ok).toBe(true);
    expect(useAppStore.getState().yearDoc?.memberIds).not.toContain(PHU_THO);
    expect(useAppStore.getState().undoStack).toHaveLength(0);
  });
});

test('the demo file read here is the one the app loads', () => {
  expect(readFileSync('shared/demo/trung-du-mien-nui-phia-bac.json', 'utf8')).toContain(PHU_THO);
});
