import { describe, expect, it } from 'vitest';
import { withoutTrailingEmptyColumns } from '../../../shared/base/pasted-block';
import { parseTsv, toRectangle } from '../../../shared/grid/tsv';

describe('a pasted block whose rows end in a tab (Calc, some Excel copies)', () => {
  it('ignores the trailing empty column instead of clearing the cells beside the block', () => {
    const block = toRectangle(withoutTrailingEmptyColumns(parseTsv('7,5\t8\t\n6\t5\t\n')));
    expect(block).toEqual([['7,5', '8'], ['6', '5']]);
  });
  it('keeps an empty column inside the block, and one column of a single empty cell', () => {
    expect(withoutTrailingEmptyColumns(parseTsv('7,5\t\t8\r\n'))).toEqual([['7,5', '', '8']]);
    expect(withoutTrailingEmptyColumns(parseTsv('\r\n'))).toEqual([['']]);
  });
  it('drops a column only when it is empty in every row', () => {
    expect(withoutTrailingEmptyColumns(parseTsv('1\t\n2\t3\n'))).toEqual([['1', ''], ['2', '3']]);
  });
});
