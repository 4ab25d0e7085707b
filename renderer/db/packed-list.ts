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
export function packList<T extends object>(list: readonly T[], fields: Readonly<Record<string, FieldKind>>): StoredList<T> {
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

function definedFields(record: Record<string, unknown>): number {
  let defined = 0;
  for (const key in record) if (record[key] !== undefined) defined += 1;
  return defined;
}

/** The records of a stored list, equal to those packed and in their order; a plain array is returned as it is. */
export function unpackList<T>(stored: StoredList<T>): T[] {
  if (!isPackedList(stored)) return stored as T[];
  const { count, fields, kinds, strings, cells } = stored;
  const width = fields.length;
  if (kinds.length !== width || cells.length !== count * width) throw new Error(`Bản ghi đã lưu bị hỏng: ${cells.length} ô cho ${count} × ${width}.`);
  const isText = kinds.map((k) => k === 'text');
  const out = new Array<T>(count);
  for (let i = 0, at = 0; i < count; i += 1) {
    const record: Record<string, unknown> = {};
    for (let f = 0; f < width; f += 1, at += 1) {
      const cell = cells[at] as number;
      if (cell !== cell) continue; // NaN: the record has no such field
      if (!isText[f]) record[fields[f] as string] = cell;
      else {
        const text = strings[cell];
        if (text === undefined) throw new Error(`Bản ghi đã lưu bị hỏng: không có chuỗi số ${cell}.`);
        record[fields[f] as string] = text;
      }
    }
    out[i] = record as T;
  }
  return out;
}
