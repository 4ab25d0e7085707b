// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { templateExpectation } from '../../../shared/excel/self-assessment/apply';
import { FILE_TIME_LIMIT_MS, MAX_READERS, PROGRESS_EVERY_MS, readerCount, useTemplateImport } from '../../../renderer/features/excel/use-template-import';
import type { ImportRequest, ImportResponse } from '../../../renderer/features/excel/import-protocol';
import { makeYear } from '../../shared/year-builder';

/**
 * Reading the chosen templates with a pool of workers (renderer/features/excel/use-template-import.ts). The worker is
 * replaced by a fake whose answers the test gives, file by file, so the order in which the workers finish, a file
 * that never answers and a stop in the middle are chosen here, not left to the machine's speed.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A worker that answers only when the test says so. */
class FakeWorker {
  static all: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: string[] = [];
  terminated = false;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(request: ImportRequest): void {
    this.received.push(request.name);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the file this worker holds: refused with a message naming it, so the outcome shows who answered. */
  answer(): void {
    const name = this.received.at(-1) ?? '';
    const data: ImportResponse = { name, result: { ok: false, errors: [{ message: `đã đọc ${name}` }] } };
    this.onmessage?.(new MessageEvent('message', { data }));
  }
}

/** The live worker holding `name` now. */
const holding = (name: string) => FakeWorker.all.find((w) => !w.terminated && w.received.at(-1) === name);

const expected = templateExpectation(makeYear(), 'cum', 'Cụm thử', new Map());
const files = (...names: string[]) => names.map((name) => new File([new Uint8Array([0x50, 0x4b, 3, 4])], name));

let api: ReturnType<typeof useTemplateImport>;
function Host() {
  api = useTemplateImport();
  return null;
}

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  FakeWorker.all = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.spyOn(navigator, 'hardwareConcurrency', 'get').mockReturnValue(2);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root.render(<Host />));
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Lets the hook take its next steps (the next file sent, the progress shown: at most every PROGRESS_EVERY_MS). */
const settle = () => act(async () => {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, PROGRESS_EVERY_MS + 10));
});

const shown = () => api.state.outcomes.map((o) => `${o.name}: ${o.result.ok ? 'nhận' : o.result.errors.map((e) => e.message).join(' ')}`);

describe('reading templates with a pool of workers', () => {
  test('one worker per core, at most four, never more than the files', () => {
    expect(readerCount(34, 2)).toBe(2);
    expect(readerCount(34, 16)).toBe(MAX_READERS);
    expect(readerCount(3, 16)).toBe(3);
    expect(readerCount(5, 0)).toBe(1);
    expect(readerCount(5, Number.NaN)).toBe(1);
  });

  test('the outcomes keep the chosen order whatever order the workers finish in; the progress names the files in the workers', async () => {
    let reading!: Promise<void>;
    act(() => {
      reading = api.read(files('a.xlsx', 'b.xlsx', 'c.xlsx'), expected);
    });
    await settle();
    expect(FakeWorker.all).toHaveLength(2);
    expect(api.state.reading).toEqual({ done: 0, total: 3, current: ['a.xlsx', 'b.xlsx'] });
    // The second worker finishes first and takes the third file; «a.xlsx» is still being read.
    holding('b.xlsx')?.answer();
    await settle();
    expect(api.state.reading).toEqual({ done: 1, total: 3, current: ['a.xlsx', 'c.xlsx'] });
    holding('c.xlsx')?.answer();
    await settle();
    expect(shown()).toEqual(['b.xlsx: đã đọc b.xlsx', 'c.xlsx: đã đọc c.xlsx']);
    holding('a.xlsx')?.answer();
    await act(() => reading);
    expect(api.state.reading).toBeUndefined();
    expect(shown()).toEqual(['a.xlsx: đã đọc a.xlsx', 'b.xlsx: đã đọc b.xlsx', 'c.xlsx: đã đọc c.xlsx']);
    expect(api.state.outcomes.map((o) => o.index)).toEqual([0, 1, 2]);
    // Reading over: no worker is left running.
    expect(FakeWorker.all.every((w) => w.terminated)).toBe(true);
  });

  test('a file that never answers is refused after the time limit and its worker ended, while the other worker reads on', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let reading!: Promise<void>;
    act(() => {
      reading = api.read(files('treo.xlsx', 'b.xlsx', 'c.xlsx', 'd.xlsx'), expected);
    });
    const step = () => act(async () => {
      for (let i = 0; i < 10; i += 1) await Promise.resolve();
      await vi.advanceTimersByTimeAsync(PROGRESS_EVERY_MS);
    });
    await step();
    const stuck = holding('treo.xlsx');
    holding('b.xlsx')?.answer();
    await step();
    holding('c.xlsx')?.answer();
    await step();
    holding('d.xlsx')?.answer();
    await step();
    expect(shown()).toEqual(['b.xlsx: đã đọc b.xlsx', 'c.xlsx: đã đọc c.xlsx', 'd.xlsx: đã đọc d.xlsx']);
    expect(api.state.reading?.current).toEqual(['treo.xlsx']);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(FILE_TIME_LIMIT_MS);
    });
    await act(() => reading);
    expect(stuck?.terminated).toBe(true);
    expect(api.state.reading).toBeUndefined();
    expect(shown()[0]).toContain('Đọc tệp «treo.xlsx» quá 20 giây nên đã dừng.');
    expect(shown().slice(1)).toEqual(['b.xlsx: đã đọc b.xlsx', 'c.xlsx: đã đọc c.xlsx', 'd.xlsx: đã đọc d.xlsx']);
  });

  test('a worker that fails is replaced for its next file', async () => {
    let reading!: Promise<void>;
    vi.spyOn(navigator, 'hardwareConcurrency', 'get').mockReturnValue(1);
    act(() => {
      reading = api.read(files('hong.xlsx', 'b.xlsx'), expected);
    });
    await settle();
    const first = holding('hong.xlsx');
    act(() => first?.onerror?.(new ErrorEvent('error', { message: 'hết bộ nhớ', cancelable: true })));
    await settle();
    expect(first?.terminated).toBe(true);
    const second = holding('b.xlsx');
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    second?.answer();
    await act(() => reading);
    expect(shown()).toEqual(['hong.xlsx: Không đọc được tệp «hong.xlsx»: hết bộ nhớ. Không có gì được ghi.', 'b.xlsx: đã đọc b.xlsx']);
  });

  test('stopping in the middle keeps the files read, refuses those in a worker and those not started, and ends every worker', async () => {
    let reading!: Promise<void>;
    act(() => {
      reading = api.read(files('a.xlsx', 'b.xlsx', 'c.xlsx', 'd.xlsx', 'e.xlsx'), expected);
    });
    await settle();
    holding('a.xlsx')?.answer();
    await settle();
    expect(api.state.reading?.current).toEqual(['b.xlsx', 'c.xlsx']);
    act(() => api.stop());
    await act(() => reading);
    expect(api.state.reading).toBeUndefined();
    const stopped = (name: string) => `${name}: Đã dừng đọc tệp «${name}» theo yêu cầu; tệp chưa được kiểm tra, không có gì được ghi.`;
    expect(shown()).toEqual(['a.xlsx: đã đọc a.xlsx', stopped('b.xlsx'), stopped('c.xlsx'), stopped('d.xlsx'), stopped('e.xlsx')]);
    expect(FakeWorker.all.every((w) => w.terminated)).toBe(true);
    // Nothing was sent after the stop.
    expect(FakeWorker.all.flatMap((w) => w.received).sort()).toEqual(['a.xlsx', 'b.xlsx', 'c.xlsx']);
  });

  test('a file above the size limit is refused without being sent to a worker', async () => {
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'lon.xlsx');
    let reading!: Promise<void>;
    act(() => {
      reading = api.read([big, ...files('b.xlsx')], expected);
    });
    await settle();
    holding('b.xlsx')?.answer();
    await act(() => reading);
    expect(shown()[0]).toMatch(/^lon\.xlsx: .*10 MB/u);
    expect(FakeWorker.all.flatMap((w) => w.received)).toEqual(['b.xlsx']);
  });

  test('workers started ahead (the user reaching for the chooser) read the files; those not needed are ended after', async () => {
    vi.spyOn(navigator, 'hardwareConcurrency', 'get').mockReturnValue(8);
    act(() => api.warm());
    expect(FakeWorker.all).toHaveLength(MAX_READERS);
    // Reaching again starts nothing more.
    act(() => api.warm());
    expect(FakeWorker.all).toHaveLength(MAX_READERS);
    let reading!: Promise<void>;
    act(() => {
      reading = api.read(files('a.xlsx', 'b.xlsx'), expected);
    });
    await settle();
    // The two files went to two of the waiting workers: none was started for them.
    expect(FakeWorker.all).toHaveLength(MAX_READERS);
    holding('a.xlsx')?.answer();
    holding('b.xlsx')?.answer();
    await act(() => reading);
    expect(shown()).toEqual(['a.xlsx: đã đọc a.xlsx', 'b.xlsx: đã đọc b.xlsx']);
    expect(FakeWorker.all.every((w) => w.terminated)).toBe(true);
  });

  test('a worker that fails while waiting is dropped: the files go to a working one', async () => {
    vi.spyOn(navigator, 'hardwareConcurrency', 'get').mockReturnValue(1);
    act(() => api.warm());
    const broken = FakeWorker.all[0];
    act(() => broken?.onerror?.(new ErrorEvent('error', { message: 'không tải được', cancelable: true })));
    expect(broken?.terminated).toBe(true);
    let reading!: Promise<void>;
    act(() => {
      reading = api.read(files('a.xlsx'), expected);
    });
    await settle();
    expect(broken?.received).toEqual([]);
    holding('a.xlsx')?.answer();
    await act(() => reading);
    expect(shown()).toEqual(['a.xlsx: đã đọc a.xlsx']);
  });

  test('leaving the screen ends the workers waiting for files', () => {
    act(() => api.warm());
    expect(FakeWorker.all).toHaveLength(2);
    act(() => root.render(<></>));
    expect(FakeWorker.all.every((w) => w.terminated)).toBe(true);
  });
});
