import { describe, expect, test } from 'vitest';
import { answerRequest } from '../../../renderer/features/excel/answer-request';
import { parseTemplateFile } from '../../../renderer/features/excel/parse-template';
import { warmUpReader, warmUpSample } from '../../../renderer/features/excel/warm-up';
import { loadDemo } from '../../excel/demo-data';
import { expectationFor, templateBytes } from '../../excel/template-helpers';
import { TIMEOUT } from '../../timeouts';

/**
 * What an import worker does (renderer/features/excel/import.worker.ts), outside a worker: the sample it reads as
 * soon as it starts, and its answer for each file it is sent — the file itself, whose bytes it reads.
 */
describe('the import worker', { timeout: TIMEOUT.heavyIo }, () => {
  test('its warm-up sample is a real member template, filled in, that the reader accepts whole', () => {
    const read = warmUpReader();
    if (!read.ok) throw new Error(read.errors.map((e) => e.message).join('\n'));
    const graded = warmUpSample().expected.sections.flatMap((s) => s.criteria).filter((c) => c.kind === 'graded');
    // Every step of a returned template ran: identity, every criterion row and its self score read back.
    expect(read.data.unitId).toBe('khoi-dong');
    expect(read.data.scores.map((s) => s.criterionId)).toEqual(graded.map((c) => c.id));
    expect(read.data.scores.map((s) => s.self)).toEqual(graded.map((c) => (c.kind === 'graded' ? Math.floor(c.max / 4) : null)));
  });

  test('answers a chosen file with what the reader makes of its bytes', async () => {
    const demo = loadDemo();
    const year = demo.year(2023);
    const expected = expectationFor(demo, year);
    const bytes = await templateBytes(demo, year, 'u-bac-kan');
    const answer = await answerRequest({ name: 'bac-kan.xlsx', file: new Blob([bytes.slice()]), expected });
    expect(answer.name).toBe('bac-kan.xlsx');
    expect(answer.result).toEqual(parseTemplateFile('bac-kan.xlsx', bytes, expected));
    expect(answer.result.ok).toBe(true);
  });

  test('a file that can no longer be read (moved or deleted after it was chosen) is refused with a message', async () => {
    const gone = new Blob([new Uint8Array([0x50, 0x4b, 3, 4])]);
    gone.arrayBuffer = () => Promise.reject(new DOMException('A requested file or directory could not be found.', 'NotFoundError'));
    const answer = await answerRequest({ name: 'mat.xlsx', file: gone, expected: warmUpSample().expected });
    expect(answer.result).toEqual({ ok: false, errors: [{ message: expect.stringMatching(/^Không đọc được tệp «mat\.xlsx» từ ổ đĩa: .*Hãy chọn lại tệp\.$/u) }] });
  });
});
