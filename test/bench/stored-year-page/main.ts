/**
 * In the page: how long IndexedDB holds the main thread to store a year's body and to read it back, with the long lists
 * as plain arrays of objects (schema 8 and before) and packed into columns (schema 9, renderer/db/year-body.ts). put() serialises
 * the value before it returns, so the time of the put() call is the main thread's share of a save; a get() is timed
 * to its success event, with the unpacking after it.
 */
import type { PeerScore } from '../../../shared/model/scores';
import { packBody, unpackBody } from '../../../renderer/db/year-body';
import type { StoredYearBody, YearBody } from '../../../renderer/db/rows';
import { syntheticYear } from '../../shared/year-builder';

interface Figures {
  /** Milliseconds per round for each step. */
  [step: string]: number[];
}

function bodyOf(members: number, criteria: number, peer: boolean): YearBody {
  const { year, unitIds } = syntheticYear(members, criteria, 7, 2030);
  const { year: _y, memberIds: _m, leaderId: _l, deputyId: _d, ...body } = year;
  if (!peer) return body;
  // Peer mode: every member scores every other on every graded criterion (docs/domain.md, "Peer scoring"), 0 to 10
  // points in hundredths as typed (so packed in 2 bytes a cell, not 1).
  const criterionIds = year.sections.flatMap((s) => s.criteria.filter((c) => c.kind === 'graded').map((c) => c.id));
  const peerScores: PeerScore[] = [];
  unitIds.forEach((scorerId, i) =>
    unitIds.forEach((unitId, j) => {
      if (i !== j) for (const [k, criterionId] of criterionIds.entries()) peerScores.push({ scorerId, unitId, criterionId, points: ((i * 7 + j * 3 + k) % 11) * 100 });
    }),
  );
  return { ...body, scores: [], peerScores };
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(`stored-year-${Date.now()}`, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('years', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

const done = (tx: IDBTransaction) => new Promise<void>((resolve, reject) => { tx.oncomplete = () => resolve(); tx.onerror = () => reject(tx.error); });

async function measure(db: IDBDatabase, label: string, body: YearBody, rounds: number, out: Figures): Promise<void> {
  for (let i = 0; i < rounds; i += 1) {
    const t0 = performance.now();
    const packed = label === 'packed' ? packBody(body) : body;
    const t1 = performance.now();
    const tx = db.transaction('years', 'readwrite');
    tx.objectStore('years').put({ id: label, body: packed });
    const t2 = performance.now();
    await done(tx);
    const read = db.transaction('years', 'readonly').objectStore('years').get(label);
    const t3 = performance.now();
    const row = await new Promise<{ body: StoredYearBody }>((resolve, reject) => { read.onsuccess = () => resolve(read.result as { body: StoredYearBody }); read.onerror = () => reject(read.error); });
    const t4 = performance.now();
    const back = label === 'packed' ? unpackBody(row.body) : (row.body as YearBody);
    const t5 = performance.now();
    if (back.scores.length !== body.scores.length || back.peerScores.length !== body.peerScores.length) throw new Error('Đọc lại sai.');
    (out[`${label}: lưu (đóng gói + put)`] ??= []).push(t2 - t0);
    if (label === 'packed') (out[`${label}:   trong đó đóng gói`] ??= []).push(t1 - t0);
    (out[`${label}: đọc (get + mở gói)`] ??= []).push(t5 - t3);
    if (label === 'packed') (out[`${label}:   trong đó mở gói`] ??= []).push(t5 - t4);
  }
}

async function run(members: number, criteria: number, peer: boolean, rounds: number): Promise<Figures> {
  const body = bodyOf(members, criteria, peer);
  const db = await openDb();
  const out: Figures = {};
  // Alternating, so neither form always runs on a warmer engine.
  for (let i = 0; i < rounds; i += 1) {
    await measure(db, i % 2 === 0 ? 'plain' : 'packed', body, 1, out);
    await measure(db, i % 2 === 0 ? 'packed' : 'plain', body, 1, out);
  }
  db.close();
  return out;
}

(window as unknown as { __measure: typeof run }).__measure = run;
document.querySelector('main')?.setAttribute('data-ready', '');
