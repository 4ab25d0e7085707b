/**
 * "Chỉ tiêu" sheet: each indicator's values per member and period against the target the member pledged for the year
 * (giao ước thi đua), with the progress computed by shared/engine/pledges.ts, and the cluster's total where a total
 * means something (counts and money add up, percentages do not: docs/domain.md, "Indicators"). One table with one
 * header repeated on every page; each indicator is a heading row kept with its first members. Counts and money are
 * whole numbers (money in đồng), percentages numbers 0–100; never formatted text.
 */
import type { IndicatorDef } from '../model/criteria';
import type { Period } from '../model/scores';
import type { Year } from '../model/year';
import type { CellModel, SheetModel } from './sheet-model';
import { cell, formattedCell } from './sheet-model';
import type { ExcelStyleName } from './styles';
import { addSignatureBlock, startOfficialSheet } from './official-header';
import type { SheetFacts } from './sheet-facts';
import { countFormat, moneyTotalFormat } from './number-formats';
import { pledgeProgress } from '../engine/pledges';

export const INDICATORS_SHEET_NAME = 'Chỉ tiêu';
const PERIODS: readonly Period[] = ['Q1', 'Q2', 'Q3', 'Q4', 'year'];
const HEADERS = ['STT', 'Đơn vị', 'Chỉ tiêu đăng ký', 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Cả năm', 'Đã đạt', 'Tỷ lệ đạt'];
const WIDTHS = [5, 42, 14, 12, 12, 12, 12, 14, 14, 9];
/** Member rows printed with their indicator's heading at least. */
const KEPT_WITH_HEADING = 2;

const valueStyle = (def: IndicatorDef): ExcelStyleName => (def.unit === 'percent' ? 'decimal' : def.unit === 'vnd' ? 'money' : 'count');

const unitText = (def: IndicatorDef): string => (def.unit === 'vnd' ? 'đồng' : def.unit === 'percent' ? '%' : def.unitLabel);

/** A cluster total in the letter's words: "6.485 căn", "8,05 tỷ đồng". */
function totalCell(def: IndicatorDef, value: number | null): CellModel {
  if (value === null) return cell(null, 'pointsBold');
  return formattedCell(value, 'pointsBold', def.unit === 'vnd' ? moneyTotalFormat(value) : countFormat(def.unitLabel));
}

export function indicatorsSheet(year: Year, unitNames: ReadonlyMap<string, string>, facts: SheetFacts, clusterName: string): SheetModel {
  const pledge = year.pledges.find((p) => p.kind === 'pledge' && p.forYear === year.year);
  const targets = pledge?.targets ?? [];
  const progress = pledgeProgress({ targets, values: year.indicatorValues, upTo: 'year', indicators: year.indicators });
  const progressOf = new Map(progress.rows.map((r) => [`${r.unitId}\u0000${r.indicatorId}`, r]));
  const totalOf = new Map(progress.totals.map((t) => [t.indicatorId, t]));
  const values = new Map(year.indicatorValues.map((v) => [`${v.unitId}\u0000${v.indicatorId}\u0000${v.period}`, v.value]));
  const { sheet, leftColumns } = startOfficialSheet(WIDTHS, facts.header, [
    cell(`KẾT QUẢ THỰC HIỆN CHỈ TIÊU THI ĐUA NĂM ${year.year}`, 'title'),
    cell(pledge ? `${clusterName} — theo ${pledge.title}` : `${clusterName} — chưa có giao ước thi đua của năm`, 'subject'),
    cell(facts.attachedTo, 'attachedTo'),
  ]);
  const headerRow = sheet.add(HEADERS.map((h) => cell(h, 'tableHeader')), { keepWithNext: true });
  sheet.printTitles(headerRow, headerRow);
  const width = HEADERS.length;
  year.indicators.forEach((def, k) => {
    const heading = sheet.add([cell(`${k + 1}. ${def.name} (đơn vị tính: ${unitText(def)})`, 'section'), ...Array.from({ length: width - 1 }, () => cell(null, 'section'))], {
      keepWithNext: year.memberIds.length > 0,
    });
    sheet.merge({ fromColumn: 1, fromRow: heading, toColumn: width, toRow: heading });
    const style = valueStyle(def);
    const summable = def.unit !== 'percent';
    const sums = PERIODS.map(() => 0);
    year.memberIds.forEach((unitId, i) => {
      const p = progressOf.get(`${unitId}\u0000${def.id}`);
      const periodCells: CellModel[] = PERIODS.map((period, j) => {
        const value = values.get(`${unitId}\u0000${def.id}\u0000${period}`) ?? null;
        if (value !== null) sums[j] = (sums[j] ?? 0) + value;
        return cell(value, style);
      });
      const last = i === year.memberIds.length - 1;
      sheet.add(
        [
          cell(i + 1, 'integer'),
          cell(unitNames.get(unitId) ?? unitId, 'text'),
          cell(p?.target ?? null, style),
          ...periodCells,
          cell(p?.achieved ?? null, style),
          cell(p && p.ratioBp !== null ? p.ratioBp / 10_000 : null, 'percent'),
        ],
        // The total row stays with the last member; the heading with the first ones.
        { keepWithNext: i < KEPT_WITH_HEADING - 1 || (last && summable) },
      );
    });
    if (!summable || year.memberIds.length === 0) return;
    const total = totalOf.get(def.id);
    sheet.add([
      cell(null, 'textBold'),
      cell('Cộng toàn cụm', 'textBold'),
      totalCell(def, total?.target ?? null),
      ...PERIODS.map((period, j) => totalCell(def, year.indicatorValues.some((v) => v.indicatorId === def.id && v.period === period) ? (sums[j] ?? 0) : null)),
      totalCell(def, total?.achieved ?? null),
      cell(total && total.ratioBp !== null ? total.ratioBp / 10_000 : null, 'percent'),
    ]);
  });
  if (year.indicators.length === 0) sheet.addSpan(cell('Năm này chưa có chỉ tiêu nào.', 'plain'));
  addSignatureBlock(sheet, facts.signature, leftColumns);
  return sheet.finish({ name: INDICATORS_SHEET_NAME, landscape: true, freezeRows: headerRow });
}
