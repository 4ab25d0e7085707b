/**
 * A long list of small flat records (a year's scores, its peer scores) as IndexedDB stores it: one column of numbers
 * per field in a single Float64Array, text fields as indexes into one list of the distinct strings.
 *
 * Why: every save hands the whole year to IndexedDB, which serialises it on the main thread. 5.000 score objects of
 * four fields each cost that serialiser about five times what one typed array of the same numbers does (the array is
 * copied as bytes), and a peer-scored year holds tens of thousands of entries. Reading back is cheaper too. The list
 * comes back equal, entry for entry and in the same order; only the form on disk changes (docs/architecture.md,
 * "Data: record events, derive results").
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
  /** count × fields.length cells, record after record; NaN marks a field the record does not have. */
  readonly cells: Float64Array;
}

/** What a stored list may be: packed, or a plain array (rows written before packing existed, or unpackable lists). */
export type StoredList<T> = PackedList | readonly T[];

export function isPackedList(value: unknown): value is PackedList {
  return typeof value === 'object' && value !== null && (value as { packed?: unknown }).packed === 'columns-1';
}

/**
 * Packs `list` by `fields` (name → kind, in the order the records list them). Returns the list itself when a record
 * has a field outside `fields`, or a value of another kind, so nothing is ever lost to packing.
 */
export function packList<T extends object>(list: readonly T[], fields: Readonly<Record<string, FieldKind>>, known?: KnownShape<T>): StoredList<T> {
  const fast = known && sameNames(fields, known.fields) ? packKnown(list, known) : undefined;
  if (fast) return fast;
  const names = Object.keys(fields);
  const kinds = names.map((n) => fields[n] as FieldKind);
  const width = names.length;
  const cells = new Float64Array(list.length * width);
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  // Neighbouring records mostly repeat a text field (one member's scores follow each other): the last string and its
  // index per field spare most lookups.
  const lastText: unknown[] = names.map(() => undefined);
  const lastIndex: number[] = names.map(() => -1);
  for (let i = 0; i < list.length; i += 1) {
    const record = list[i] as Record<string, unknown>;
    let present = 0;
    for (let f = 0; f < width; f += 1) {
      const value = record[names[f] as string];
      let cell = Number.NaN;
      if (value !== undefined) {
        present += 1;
        if (kinds[f] === 'number') {
          if (typeof value !== 'number' || !Number.isFinite(value)) return list;
          cell = value;
        } else if (value === lastText[f]) {
          cell = lastIndex[f] as number;
        } else {
          if (typeof value !== 'string') return list;
          let at = indexOf.get(value);
          if (at === undefined) {
            at = strings.push(value) - 1;
            indexOf.set(value, at);
          }
          lastText[f] = value;
          lastIndex[f] = at;
          cell = at;
        }
      }
      cells[i * width + f] = cell;
    }
    // A field the packing does not know would be lost: keep the list as is. (A field holding undefined is absent.)
    let keys = 0;
    for (const _key in record) keys += 1;
    if (keys !== present && definedFields(record) !== present) return list;
  }
  return { packed: 'columns-1', count: list.length, fields: names, kinds, strings, cells };
}

/** Packs through `known.write`; undefined when a record does not fit it, and the field-by-field packing decides. */
function packKnown<T extends object>(list: readonly T[], known: KnownShape<T>): PackedList | undefined {
  const names = Object.keys(known.fields);
  const kinds = names.map((n) => known.fields[n] as FieldKind);
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
    const written = known.write(record, cells, i * width, index);
    if (written === undefined) return undefined;
    // As in packList: a field `write` does not know would be lost.
    let keys = 0;
    for (const _key in record) keys += 1;
    if (keys !== written && definedFields(record as Record<string, unknown>) !== written) return undefined;
  }
  return { packed: 'columns-1', count: list.length, fields: names, kinds, strings, cells };
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

function sameNames(a: Readonly<Record<string, FieldKind>>, b: Readonly<Record<string, FieldKind>>): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((name, f) => Object.keys(b)[f] === name && a[name] === b[name]);
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
  readonly make: (cells: Float64Array, at: number, text: (cell: number) => string) => T | undefined;
  /**
   * Packing's counterpart: writes `record`'s cells from `at` with putNumber and putText, and returns how many fields
   * it wrote, or undefined when a value is not of its field's kind (the list is then packed field by field).
   */
  readonly write: (record: T, cells: Float64Array, at: number, index: (text: string) => number) => number | undefined;
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
  if (known && sameFields(stored, known.fields)) {
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

function sameFields(stored: PackedList, fields: Readonly<Record<string, FieldKind>>): boolean {
  const names = Object.keys(fields);
  return names.length === stored.fields.length && names.every((name, f) => stored.fields[f] === name && stored.kinds[f] === fields[name]);
}
