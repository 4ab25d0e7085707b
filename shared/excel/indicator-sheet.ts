/**
 * "Chỉ tiêu" sheet: each indicator's values per member and period against the target the member
 * pledged for the year (giao ước thi đua), with the progress computed by shared/engine/pledges.ts. Counts and money are
 * whole numbers (money in đồng), percentages are numbers 0–100; never formatted text.
 */
import type { IndicatorDef } from '../model/criteria';
import type { Period } from '../model/scores';
import type { Year } from '../model/year';
import type { CellModel, RowModel, SheetModel } from './sheet-model';
import { cell, range, spanRow } from './sheet-model';
import type { ExcelStyleName } from './styles';
import { pledgeProgress } from '../engine/pledges';

export const INDICATORS_SHEET_NAME = 'Chỉ tiêu';
const PERIODS: readonly Period[] = ['Q1', 'Q2', 'Q3', 'Q4', 'year'];
const HEADERS = ['STT', 'Đơn vị', 'Chỉ tiêu đăng ký', 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Cả năm', 'Đã đạt', 'Tỷ lệ đạt'];

const valueStyle = (def: IndicatorDef): ExcelStyleName => (def.unit === 'percent' ? 'decimal' : def.unit === 'vnd' ? 'money' : 'count');

const unitText = (def: IndicatorDef): string => (def.unit === 'vnd' ? 'đồng' : def.unit === 'percent' ? '%' : def.unitLabel);

export function indicatorsSheet(year: Year, unitNames: ReadonlyMap<string, string>, clusterName: string): SheetModel {
  const width = HEADERS.length;
  const pledge = year.pledges.find((p) => p.kind === 'pledge' && p.forYear === year.year);
  const targets = pledge?.targets ?? [];
  const progress = pledgeProgress({ targets, values: year.indicatorValues, upTo: 'year', indicators: year.indicators });
  const progressOf = new Map(progress.rows.map((r) => [`${r.unitId}\u0000${r.indicatorId}`, r]));
  const values = new Map(year.indicatorValues.map((v) => [`${v.unitId}\u0000${v.indicatorId}\u0000${v.period}`, v.value]));
  const rows: RowModel[] = [
    spanRow(cell(`KẾT QUẢ THỰC HIỆN CHỈ TIÊU THI ĐUA NĂM ${year.year}`, 'title'), width),
    spanRow(cell(pledge ? `${clusterName} — theo ${pledge.title}` : `${clusterName} — chưa có giao ước thi đua của năm`, 'subtitle'), width),
    [],
  ];
  const merges = [range(1, 1, width, 1), range(1, 2, width, 2)];
  year.indicators.forEach((def, k) => {
    rows.push(spanRow(cell(`${k + 1}. ${def.name} (đơn vị tính: ${unitText(def)})`, 'plainBold'), width));
    merges.push(range(1, rows.length, width, rows.length));
    rows.push(HEADERS.map((h) => cell(h, 'tableHeader')));
    const style = valueStyle(def);
    year.memberIds.forEach((unitId, i) => {
      const p = progressOf.get(`${unitId}\u0000${def.id}`);
      const periodCells: CellModel[] = PERIODS.map((period) => cell(values.get(`${unitId}\u0000${def.id}\u0000${period}`) ?? null, style));
      rows.push([
        cell(i + 1, 'integer'),
        cell(unitNames.get(unitId) ?? unitId, 'text'),
        cell(p?.target ?? null, style),
        ...periodCells,
        cell(p?.achieved ?? null, style),
        cell(p && p.ratioBp !== null ? p.ratioBp / 10_000 : null, 'percent'),
      ]);
    });
    rows.push([]);
  });
  if (year.indicators.length === 0) rows.push(spanRow(cell('Năm này chưa có chỉ tiêu nào.', 'plain'), width));
  return { name: INDICATORS_SHEET_NAME, widths: [6, 36, 16, 14, 14, 14, 14, 16, 16, 11], rows, merges, landscape: true };
}
