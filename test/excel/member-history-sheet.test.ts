import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateYear } from '../../shared/engine/evaluate-year';
import { memberHistorySheet, memberHistoryWorkbook } from '../../shared/excel/member-history-sheet';
import { parseClusterDocument } from '../../shared/interchange/cluster-document';
import { memberHistory } from '../../shared/views/member-history';

const parsed = parseClusterDocument(readFileSync(new URL('../../shared/demo/trung-du-mien-nui-phia-bac.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error(parsed.error.message);
const demo = parsed.doc;
const history = memberHistory({
  unitId: 'u-phu-tho-2025',
  units: demo.units,
  mergers: demo.mergers,
  memberOrder: demo.cluster.memberOrder,
  years: demo.years.map((year) => ({ year, evaluation: evaluateYear(year, demo) })),
});
const context = { clusterName: demo.cluster.name, madeOn: '2026-12-07' };
const texts = (rows: readonly (readonly ({ v: unknown } | null)[])[]) => rows.map((r) => r.map((c) => c?.v ?? null));

describe('the member history sheet (print and .xlsx)', () => {
  const sheet = memberHistorySheet(history, context);
  const rows = texts(sheet.rows);
  const at = (year: number, unit: string) => rows.find((r) => r[0] === String(year) && String(r[1]).startsWith(unit));

  it('names the member, the cluster, the predecessors with the merger date, and the day it was made', () => {
    expect(rows[0]?.[0]).toBe('LỊCH SỬ THI ĐUA CỦA ỦY BAN MTTQ VIỆT NAM TỈNH PHÚ THỌ (TỪ 01/7/2025)');
    expect(rows[1]?.[0]).toBe(demo.cluster.name);
    expect(rows[2]?.[0]).toBe('Ủy ban MTTQ Việt Nam tỉnh Phú Thọ sáp nhập vào Ủy ban MTTQ Việt Nam tỉnh Phú Thọ (từ 01/7/2025) từ ngày 01/07/2025 (đơn vị tiền thân).');
    expect(rows.some((r) => r[0] === 'Lập ngày 07/12/2026')).toBe(true);
  });

  it('has no band column while no year classifies, and one when a year does', () => {
    const header = rows.find((r) => r[0] === 'Năm' && r[2] === 'Tổng điểm');
    expect(header).toEqual(['Năm', 'Đơn vị', 'Tổng điểm', 'Xếp hạng', 'Khen thưởng', 'Lãnh đạo cụm', 'Giao ước', 'Tình trạng kết quả']);
    const banded = { ...history, years: history.years.map((y) => ({ ...y, rows: y.rows.map((r) => ({ ...r, bandName: 'Hoàn thành xuất sắc nhiệm vụ' })) })) };
    const withBands = texts(memberHistorySheet(banded, context).rows);
    expect(withBands.find((r) => r[0] === 'Năm' && r[2] === 'Tổng điểm')?.[4]).toBe('Xếp loại');
    expect(withBands.find((r) => r[0] === '2025')?.[4]).toBe('Hoàn thành xuất sắc nhiệm vụ');
  });

  it('prints the predecessors’ rows marked, with points as numbers, rank of the year, award and status', () => {
    expect(at(2023, 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ (đơn vị tiền thân)')).toEqual([
      '2023', 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ (đơn vị tiền thân)', 88.5, '1/7', 'Cờ thi đua xuất sắc toàn diện', 'Cụm trưởng', null, 'Chưa chốt: kết quả tạm tính',
    ]);
    expect(at(2024, 'Ủy ban MTTQ Việt Nam tỉnh Hòa Bình')?.slice(1, 4)).toEqual(['Ủy ban MTTQ Việt Nam tỉnh Hòa Bình (đơn vị tiền thân)', 82.46, '7/7']);
    expect(at(2024, 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ (đơn')?.[6]).toBe('2/5 chỉ tiêu đạt');
    expect(at(2025, 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ (từ')?.slice(0, 4)).toEqual(['2025', 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ (từ 01/7/2025)', 78.35, '5/5']);
  });

  it('lists the pledged targets with target, achieved, ratio and result under their own heading', () => {
    const heading = rows.findIndex((r) => r[0] === 'CHỈ TIÊU GIAO ƯỚC THI ĐUA VÀ MỨC THỰC HIỆN');
    expect(heading).toBeGreaterThan(0);
    const houses = rows.slice(heading).find((r) => r[2] === 'Nhà Đại đoàn kết làm mới, sửa chữa' && String(r[1]).includes('Phú Thọ'));
    expect(houses).toEqual(['2024', 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ (đơn vị tiền thân)', 'Nhà Đại đoàn kết làm mới, sửa chữa', null, '1.260 căn', '1.272 căn', 1.0095, 'Đạt']);
  });

  it('a year the member was not in the cluster says so', () => {
    const hoaBinh = memberHistory({ ...history, unitId: 'u-hoa-binh', units: demo.units, mergers: demo.mergers, years: demo.years.map((year) => ({ year, evaluation: evaluateYear(year, demo) })) });
    const printed = texts(memberHistorySheet(hoaBinh, context).rows);
    expect(printed.find((r) => r[0] === '2025')?.slice(0, 2)).toEqual(['2025', 'Không là thành viên cụm năm này']);
    expect(printed.some((r) => r[0] === 'Đã sáp nhập vào Ủy ban MTTQ Việt Nam tỉnh Phú Thọ (từ 01/7/2025) từ ngày 01/07/2025.')).toBe(true);
  });

  it('is saved under the member’s name', () => {
    expect(memberHistoryWorkbook(history, context).fileName).toBe('Lich-su-thi-dua-Phu-Tho.xlsx');
  });
});
