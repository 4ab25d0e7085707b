/**
 * A plain table of indicator values pasted from Excel or read from a CSV file:
 * first row = header (member column, then one column per indicator by name), each further row = one member by name.
 * Values are read the Vietnamese way ("6.485", "8,05 tỷ", "97,5"); every problem is named by line and column and
 * nothing is applied unless the whole table is clean.
 */
import type { Period } from '../model/scores';
import type { Unit } from '../model/units';
import type { Year } from '../model/year';
import { PERIOD_NAMES, formatIndicatorValue, parseIndicatorInput, setIndicatorValue } from '../edits/indicators';
import { isSameName } from '../base/names';
import { ok, type Result } from '../base/result';
import { withoutTrailingEmptyColumns } from '../base/pasted-block';

export interface PastedValue {
  readonly unitId: string;
  readonly indicatorId: string;
  readonly value: number;
}

export interface PastedTable {
  readonly values: readonly PastedValue[];
  readonly errors: readonly string[];
}

const MAX_LINES = 1_000;

/** Splits a line on tabs (a paste from Excel) or on the CSV delimiter, honouring "quoted, fields". */
function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line.charAt(i);
    if (quoted) {
      if (ch === '"' && line.charAt(i + 1) === '"') {
        current += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"' && current === '') quoted = true;
    else if (ch === delimiter) {
      cells.push(current);
      current = '';
    } else current += ch;
  }
  cells.push(current);
  return cells.map((c) => c.trim());
}

export function parseIndicatorTable(text: string, year: Year, units: readonly Unit[]): PastedTable {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r\n|\n|\r/u).filter((l) => l.trim() !== '');
  if (lines.length < 2) return { values: [], errors: ['Bảng cần ít nhất hai dòng: dòng tiêu đề và một dòng đơn vị.'] };
  if (lines.length > MAX_LINES) return { values: [], errors: [`Bảng có ${lines.length} dòng, vượt giới hạn ${MAX_LINES} dòng.`] };
  const first = lines[0] ?? '';
  const delimiter = first.includes('\t') ? '\t' : first.includes(';') ? ';' : ',';
  const errors: string[] = [];
  // A trailing empty column (each line ending in a tab, as Calc copies) is ignored, never read as an indicator.
  const rows = withoutTrailingEmptyColumns(lines.map((l) => splitLine(l, delimiter)));
  const header = rows[0] ?? [];
  const columns = header.slice(1).map((name, i) => {
    const def = year.indicators.find((d) => isSameName(d.name, name));
    if (!def) errors.push(`Dòng 1, cột ${i + 2}: «${name.slice(0, 60)}» không phải chỉ tiêu của năm ${year.year}.`);
    return def;
  });
  if (new Set(columns.filter(Boolean)).size !== columns.filter(Boolean).length) errors.push('Dòng 1: một chỉ tiêu có hai cột.');
  const members = year.memberIds.flatMap((id) => units.filter((u) => u.id === id));
  const values: PastedValue[] = [];
  const seen = new Set<string>();
  rows.slice(1).forEach((cells, k) => {
    const n = k + 2;
    const name = cells[0] ?? '';
    const unit = members.find((u) => isSameName(u.name, name) || (u.shortName !== undefined && isSameName(u.shortName, name)));
    if (!unit) {
      errors.push(`Dòng ${n}: «${name.slice(0, 60)}» không phải đơn vị thành viên cụm năm ${year.year}.`);
      return;
    }
    if (seen.has(unit.id)) errors.push(`Dòng ${n}: ${unit.name} đã có ở một dòng trước.`);
    seen.add(unit.id);
    columns.forEach((def, i) => {
      const raw = cells[i + 1] ?? '';
      if (!def || raw === '') return;
      const parsed = parseIndicatorInput(def, raw);
      if (!parsed.ok) errors.push(`Dòng ${n}, cột ${i + 2} (${unit.name}): ${parsed.message}`);
      else if (parsed.value !== null) values.push({ unitId: unit.id, indicatorId: def.id, value: parsed.value });
    });
  });
  return { values, errors };
}

export interface ValueChange {
  readonly unitName: string;
  readonly indicator: string;
  readonly old: string | null;
  readonly next: string;
}

/** What the table would change for `period`; unchanged values are left out. */
export function pastePreview(year: Year, values: readonly PastedValue[], period: Period, names: ReadonlyMap<string, string>): ValueChange[] {
  return values.flatMap((v) => {
    const def = year.indicators.find((d) => d.id === v.indicatorId);
    const old = year.indicatorValues.find((x) => x.unitId === v.unitId && x.indicatorId === v.indicatorId && x.period === period)?.value;
    if (!def || old === v.value) return [];
    return [{ unitName: names.get(v.unitId) ?? v.unitId, indicator: `${def.name} (${PERIOD_NAMES[period]})`, old: old === undefined ? null : formatIndicatorValue(def, old), next: formatIndicatorValue(def, v.value) }];
  });
}

/** Every value of the table for `period` as one change (one undo step); the first refusal refuses all. */
export function applyPastedValues(values: readonly PastedValue[], period: Period, names: ReadonlyMap<string, string>): (year: Year) => Result<Year> {
  return (year) => {
    let current: Result<Year> = ok(year);
    for (const v of values) {
      if (!current.ok) return current;
      current = setIndicatorValue(v.unitId, v.indicatorId, period, v.value, names)(current.value);
    }
    return current;
  };
}
