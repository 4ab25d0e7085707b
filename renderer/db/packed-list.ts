/**
 * A long list of small flat records (a year's scores, its peer scores) as IndexedDB stores it: one column of numbers
 * per field in a single typed array, text fields as indexes into one list of the distinct strings.
 *
 * Why: every save hands the whole year to IndexedDB, which serialises it on the main thread. 5.000 score objects of
 * four fields each cost that serialiser about five times what one typed array of the same numbers does (the array is
 * copied as bytes), and a peer-scored year holds tens of thousands of entries. Reading back is cheaper too. The list
 * comes back equal, entry for entry and in the same order; only the form on disk changes (docs/architecture.md,
 * "Data: record events, derive results").
 *
 * The array holds 8 bytes a cell (Float64Array), or 2 or 1 when every cell is a whole number from 0 to 65.535 or to
 * 255 (Uint16Array, Uint8Array): a peer-scored year's cells (indexes of its strings, points in hundredths) all are.
 * IndexedDB's copy of the array, on the main thread at every save, takes time by the byte: for 160.000 peer scores,
 * 5,2 MB as Float64 against 1,3 MB as Uint16. Reading needs nothing more: a cell is read as a number whatever the
 * array, so an app older than the narrow arrays reads them as well.
 *
 * The packed form describes itself (field names and kinds), so reading needs no outside schema. A list this cannot
 * pack exactly (a field that is neither a string nor a finite number, or fields other than those named) is stored as
 * it is: packing is a saving, never a reason to drop or change a value. A field holding undefined counts as absent.
 */

export type FieldKind = 'text' | 'number';

export interface PackedList {
  readonly packed: 'columns-1';
  readonly count: number;
  readonly fields: readonly string[];
  readonly kinds: readonly FieldKind[];
  /** The distinct strings of the text fields; a text cell holds its index here. */
  readonly strings: readonly string[];
  /** count × fields.length cells, record after record; NaN marks a field the record does not have (in Float64 only). */
  readonly cells: Cells;
}

/** The numbers of a packed list: 8 bytes a cell, or 2 or 1 when every cell is a whole number small enough. */
export type Cells = Float64Array | Uint16Array | Uint8Array;

/** What a stored list may be: packed, or a plain array (rows written before packing existed, or unpackable lists). */
export type StoredList<T> = PackedList | readonly T[];

export function isPackedList(value: unknown): value is PackedList {
  return typeof value === 'object' && value !== null && (value as { packed?: unknown }).packed === 'columns-1';
}

/** Writes one record's cells from `at` and returns how many fields it wrote, or undefined when it cannot. */
type Writer<T> = (record: T, cells: Float64Array, at: number, index: (text: string) => number) => number | undefined;

/**
 * Packs `list` by `fields` (name → kind, in the order the records list them); with `known`, records of that shape are
 * written through its `write`. Returns the list itself when a record has a field outside `fields`, or a value of
 * another kind, so nothing is ever lost to packing.
 */
export function packList<T extends object>(list: readonly T[], fields: Readonly<Record<string, FieldKind>>, known?: KnownShape<T>): StoredList<T> {
  const fast = known && sameShape(Object.keys(fields), Object.values(fields), known.fields) ? packWith(list, fields, known.write) : undefined;
  return fast ?? packWith(list, fields, writerOf(fields)) ?? list;
}

/** Writes any record field by field, by name. */
function writerOf(fields: Readonly<Record<string, FieldKind>>): Writer<object> {
  const names = Object.keys(fields);
  const numeric = names.map((n) => fields[n] === 'number');
  return (record, cells, at, index) => {
    let written = 0;
    for (let f = 0; f < names.length; f += 1) {
      const value = (record as Record<string, unknown>)[names[f] as string];
      const put = numeric[f] ? putNumber(value, cells, at + f) : putText(value, cells, at + f, index);
      if (put === undefined) return undefined;
      written += put;
    }
    return written;
  };
}

/** Packs through `write`; undefined when a record does not fit it. */
function packWith<T extends object>(list: readonly T[], fields: Readonly<Record<string, FieldKind>>, write: Writer<T>): PackedList | undefined {
  const names = Object.keys(fields);
  const width = names.length;
  const cells = new Float64Array(list.length * width);
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const index = (text: string): number => {
    let at = indexOf.get(text);
    if (at === undefined) {
      at = strings.push(text) - 1;
      indexOf.set(text, at);
    }
    return at;
  };
  for (let i = 0; i < list.length; i += 1) {
    const record = list[i] as T;
    const written = write(record, cells, i * width, index);
    if (written === undefined) return undefined;
    // A field the packing does not know would be lost (a field holding undefined is absent): the keys are counted
    // first, and their values read only when the counts differ.
    let keys = 0;
    for (const _key in record) keys += 1;
    if (keys !== written && definedFields(record as Record<string, unknown>) !== written) return undefined;
  }
  return { packed: 'columns-1', count: list.length, fields: names, kinds: names.map((n) => fields[n] as FieldKind), strings, cells: narrowest(cells) };
}

/**
 * The narrowest array that holds every cell exactly: Uint8Array or Uint16Array when all are whole numbers from 0 to
 * 255 or 65.535, else the cells as they are. NaN (an absent field), a fraction, a negative number and -0 keep 8 bytes.
 */
export function narrowest(cells: Float64Array): Cells {
  let max = 0;
  for (let i = 0; i < cells.length; i += 1) {
    const v = cells[i] as number;
    if (!(v >= 0 && v <= 0xffff && Math.floor(v) === v) || (v === 0 && 1 / v < 0)) return cells;
    if (v > max) max = v;
  }
  return max <= 0xff ? new Uint8Array(cells) : new Uint16Array(cells);
}

/** Writes a number field's cell (NaN when absent); 1 when written, 0 when absent, undefined when not a finite number. */
export function putNumber(value: unknown, cells: Float64Array, at: number): 0 | 1 | undefined {
  if (value === undefined) {
    cells[at] = Number.NaN;
    return 0;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  cells[at] = value;
  return 1;
}

/** Writes a text field's cell, the index of its string (NaN when absent); as putNumber, undefined when not a string. */
export function putText(value: unknown, cells: Float64Array, at: number, index: (text: string) => number): 0 | 1 | undefined {
  if (value === undefined) {
    cells[at] = Number.NaN;
    return 0;
  }
  if (typeof value !== 'string') return undefined;
  cells[at] = index(value);
  return 1;
}

function definedFields(record: Record<string, unknown>): number {
  let defined = 0;
  for (const key in record) if (record[key] !== undefined) defined += 1;
  return defined;
}

/**
 * A faster way to read and write one shape of record the caller knows: `make` builds the record whose cells start at `at`,
 * reading a text cell through `text`, or returns undefined when that record does not fit the shape (a required field
 * missing). Named property writes are several times cheaper than building each record field by field by name, which
 * counts for a peer-scored year's 170.000 entries.
 */
export interface KnownShape<T> {
  /** The fields, in order, a stored list must have exactly for `make` to read it. */
  readonly fields: Readonly<Record<string, FieldKind>>;
  readonly make: (cells: Cells, at: number, text: (cell: number) => string) => T | undefined;
  /**
   * Packing's counterpart: writes `record`'s cells from `at` with putNumber and putText, and returns how many fields
   * it wrote, or undefined when a value is not of its field's kind (the list is then packed field by field).
   */
  readonly write: Writer<T>;
}

function damaged(detail: string): Error {
  return new Error(`Bản ghi đã lưu bị hỏng: ${detail}.`);
}

/**
 * The records of a stored list, equal to those packed and in their order; a plain array is returned as it is. With
 * `known`, a list stored in exactly that shape is read through its `make`; any other, or a record `make` declines, is
 * read field by field.
 */
export function unpackList<T>(stored: StoredList<T>, known?: KnownShape<T>): T[] {
  if (!isPackedList(stored)) return stored as T[];
  const { count, fields, kinds, strings, cells } = stored;
  const width = fields.length;
  if (kinds.length !== width || cells.length !== count * width) throw damaged(`${cells.length} ô cho ${count} × ${width}`);
  const text = (cell: number): string => {
    const found = strings[cell];
    if (found === undefined) throw damaged(`không có chuỗi số ${cell}`);
    return found;
  };
  if (known && sameShape(fields, kinds, known.fields)) {
    const out = new Array<T>(count);
    let i = 0;
    for (; i < count; i += 1) {
      const record = known.make(cells, i * width, text);
      if (record === undefined) break;
      out[i] = record;
    }
    if (i === count) return out;
  }
  const isText = kinds.map((k) => k === 'text');
  const out = new Array<T>(count);
  for (let i = 0, at = 0; i < count; i += 1) {
    const record: Record<string, unknown> = {};
    for (let f = 0; f < width; f += 1, at += 1) {
      const cell = cells[at] as number;
      if (cell !== cell) continue; // NaN: the record has no such field
      record[fields[f] as string] = isText[f] ? text(cell) : cell;
    }
    out[i] = record as T;
  }
  return out;
}

/** Whether `names` and `kinds` are exactly `fields`, in the same order. */
function sameShape(names: readonly string[], kinds: readonly FieldKind[], fields: Readonly<Record<string, FieldKind>>): boolean {
  const expected = Object.keys(fields);
  return expected.length === names.length && expected.every((name, f) => names[f] === name && kinds[f] === fields[name]);
}
