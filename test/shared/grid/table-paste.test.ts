import { describe, expect, it } from 'vitest';
import { blockOf, fillDownBlock, planTablePaste, type CellReader } from '../../../shared/grid/table-paste';
import { parsePoints } from '../../../shared/base/number-parse';
import { fail, ok } from '../../../shared/base/result';
import { parseTsv, toRectangle } from '../../../shared/grid/tsv';

const shape = { rows: ['Phú Thọ', 'Bắc Kạn', 'Bắc Giang'], columns: ['Quý I', 'Quý II', 'Cả năm'] };
const points: CellReader<number | null> = (raw) => {
  if (raw.trim() === '') return ok(null);
  const parsed = parsePoints(raw);
  return parsed.ok ? ok(parsed.value) : parsed;
};
const at = (top: number, left: number) => ({ top, left, bottom: top, right: left });

describe('planTablePaste', () => {
  it('lands a 2×2 block of Vietnamese numbers from the focused cell', () => {
    const plan = planTablePaste(shape, at(1, 1), toRectangle(parseTsv('1.260\t7,5\r\n2\t\r\n')), points);
    expect(plan).toEqual({
      ok: true,
      cells: [
        { row: 1, col: 1, raw: '1.260', value: 126000 },
        { row: 1, col: 2, raw: '7,5', value: 750 },
        { row: 2, col: 1, raw: '2', value: 200 },
        { row: 2, col: 2, raw: '', value: null },
      ],
    });
  });

  it('one copied value fills the whole selection', () => {
    const plan = planTablePaste(shape, { top: 0, left: 2, bottom: 2, right: 2 }, [['5']], points);
    expect(plan.ok && plan.cells.map((c) => [c.row, c.col, c.value])).toEqual([[0, 2, 500], [1, 2, 500], [2, 2, 500]]);
  });

  it('refuses a block running past the table, saying how much room is left', () => {
    const plan = planTablePaste(shape, at(1, 0), [['1'], ['2'], ['3']], points);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.message).toBe('Khối dán có 3 dòng × 1 cột nhưng từ ô đang chọn (Dòng 2 (Bắc Kạn), cột «Quý I») bảng chỉ còn 2 dòng × 3 cột; không dán gì.');
  });

  it('refuses the whole block when one value is bad, naming its row and column', () => {
    const plan = planTablePaste(shape, at(0, 0), [['1', 'abc'], ['2', '3']], points);
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.message).toBe('Không dán gì: 1 ô không hợp lệ. Dòng 1 (Phú Thọ), cột «Quý II»: "abc" không phải là số điểm.');
    expect(plan.problems).toEqual(['Dòng 1 (Phú Thọ), cột «Quý II»: "abc" không phải là số điểm.']);
  });

  it('passes the cell to the reader, so a column can have its own rule', () => {
    const onlyLast: CellReader<string> = (raw, cell) => (cell.col === 2 ? ok(raw) : fail('cột chỉ đọc'));
    const plan = planTablePaste(shape, at(0, 1), [['x', 'y']], onlyLast);
    expect(!plan.ok && plan.problems).toEqual(['Dòng 1 (Phú Thọ), cột «Quý II»: cột chỉ đọc']);
  });

  it('an empty clipboard pastes nothing', () => {
    expect(planTablePaste(shape, at(0, 0), [], points)).toMatchObject({ ok: false, message: 'Bộ nhớ tạm không có ô nào để dán.' });
  });
});

describe('fillDownBlock and blockOf', () => {
  const texts = [
    ['1', '2', '3'],
    ['4', '', '6'],
    ['7', '8', ''],
  ];
  it('fills a selected column range from its top row', () => {
    expect(fillDownBlock(texts, { top: 0, left: 1, bottom: 2, right: 2 })).toEqual({
      from: { top: 1, left: 1, bottom: 2, right: 2 },
      block: [['2', '3'], ['2', '3']],
    });
  });
  it('a single cell takes the value above it; the first row has nothing above', () => {
    expect(fillDownBlock(texts, at(2, 0))).toEqual({ from: at(2, 0), block: [['4']] });
    expect(fillDownBlock(texts, at(0, 0))).toBeUndefined();
  });
  it('copies the selected rectangle', () => {
    expect(blockOf(texts, { top: 1, left: 0, bottom: 2, right: 1 })).toEqual([['4', ''], ['7', '8']]);
  });
});
