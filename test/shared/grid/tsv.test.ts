import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { parseTsv, serialiseTsv, toRectangle } from '../../../shared/grid/tsv';

describe('parseTsv', () => {
  it('reads an Excel block: tabs, CRLF and the final line break', () => {
    expect(parseTsv('7,5\t8\r\n6,25\t\r\n')).toEqual([['7,5', '8'], ['6,25', '']]);
  });
  it('reads a LibreOffice block with LF line breaks', () => {
    expect(parseTsv('1\t2\n3\t4\n')).toEqual([['1', '2'], ['3', '4']]);
  });
  it('reads a quoted cell holding a line break, a tab and doubled quotes', () => {
    expect(parseTsv('"dòng 1\r\ndòng 2"\t"a\tb"\t"nói ""tốt"""\r\n')).toEqual([['dòng 1\r\ndòng 2', 'a\tb', 'nói "tốt"']]);
  });
  it('keeps a quote inside an unquoted cell as typed', () => {
    expect(parseTsv('5" x\t1')).toEqual([['5" x', '1']]);
  });
  it('one copied cell, with or without the final line break; empty text is no rows', () => {
    expect(parseTsv('9,5\r\n')).toEqual([['9,5']]);
    expect(parseTsv('9,5')).toEqual([['9,5']]);
    expect(parseTsv('')).toEqual([]);
    expect(parseTsv('\r\n')).toEqual([['']]);
  });
  it('pads ragged rows into a rectangle', () => {
    expect(toRectangle(parseTsv('1\t2\t3\n4\n'))).toEqual([['1', '2', '3'], ['4', '', '']]);
  });
});

describe('serialiseTsv', () => {
  it('writes CRLF rows with a final line break, quoting only where Excel does', () => {
    expect(serialiseTsv([['7,50', ''], ['a\tb', '"x']])).toBe('7,50\t\r\n"a\tb"\t"""x"\r\n');
    expect(serialiseTsv([])).toBe('');
  });

  const cell = fc.string({ unit: fc.constantFrom('a', 'ễ', '1', ',', '"', '\t', '\r', '\n', ' ') , maxLength: 6 });
  // Property: whatever the cells hold, what we copy pastes back as the same block.
  test.prop([fc.integer({ min: 1, max: 5 }).chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 5 }))])(
    'serialise → parse is the identity on rectangular blocks',
    (rows) => {
      expect(parseTsv(serialiseTsv(rows))).toEqual(rows);
    },
  );
});
