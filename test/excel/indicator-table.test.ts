import { describe, expect, it } from 'vitest';
import { applyPastedValues, parseIndicatorTable, pastePreview } from '../../shared/excel/pasted-indicator-table';
import { loadDemo } from './demo-data';

const demo = loadDemo();
const year = demo.year(2023);
const names = new Map(demo.units.map((u) => [u.id, u.name]));

describe('pasted table of indicator values', () => {
  it('reads a paste from Excel (tabs) with Vietnamese numbers and short names, and applies it as one change', () => {
    const text = [
      'Đơn vị\tXã đạt chuẩn nông thôn mới\tNhà Đại đoàn kết làm mới, sửa chữa',
      'Phú Thọ\t120\t1.250',
      'Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn\t45\t',
    ].join('\n');
    const table = parseIndicatorTable(text, year, demo.units);
    expect(table.errors).toEqual([]);
    expect(table.values).toEqual([
      { unitId: 'u-phu-tho', indicatorId: 'ind-ntm-xa', value: 120 },
      { unitId: 'u-phu-tho', indicatorId: 'ind-nha-ddk', value: 1250 },
      { unitId: 'u-bac-kan', indicatorId: 'ind-ntm-xa', value: 45 },
    ]);
    const preview = pastePreview(year, table.values, 'Q1', names);
    expect(preview[1]).toEqual({ unitName: 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ', indicator: 'Nhà Đại đoàn kết làm mới, sửa chữa (Quý I)', old: null, next: '1.250 căn' });
    const applied = applyPastedValues(table.values, 'Q1', names)(year);
    expect(applied.ok && applied.value.indicatorValues.filter((v) => v.period === 'Q1')).toHaveLength(3);
    expect(pastePreview(applied.ok ? applied.value : year, table.values, 'Q1', names)).toEqual([]);
  });

  it('reads CSV with quotes and money words', () => {
    const csv = '\uFEFFĐơn vị;Ủng hộ chương trình "Triệu tấm lòng yêu thương – Nghìn mái nhà hạnh phúc"\n"Yên Bái";"1,2 tỷ"\n';
    const table = parseIndicatorTable(csv, year, demo.units);
    expect(table).toEqual({ values: [{ unitId: 'u-yen-bai', indicatorId: 'ind-trieu-tam-long', value: 1_200_000_000 }], errors: [] });
  });

  it('names every problem by line and column and returns no value to apply', () => {
    const text = ['Đơn vị,Xã đạt chuẩn nông thôn mới,Số cây trồng', 'Lào Cai,5,1', 'Phú Thọ,năm mươi,', 'Phú Thọ,-3,'].join('\n');
    const table = parseIndicatorTable(text, year, demo.units);
    expect(table.errors).toEqual([
      'Dòng 1, cột 3: «Số cây trồng» không phải chỉ tiêu của năm 2023.',
      'Dòng 2: «Lào Cai» không phải đơn vị thành viên cụm năm 2023.',
      expect.stringMatching(/^Dòng 3, cột 2 \(Ủy ban MTTQ Việt Nam tỉnh Phú Thọ\): "năm mươi" không phải là số/u),
      'Dòng 4: Ủy ban MTTQ Việt Nam tỉnh Phú Thọ đã có ở một dòng trước.',
      expect.stringMatching(/^Dòng 4, cột 2 .*số lượng phải là số nguyên từ 0 trở lên/u),
    ]);
    expect(parseIndicatorTable('Đơn vị', year, demo.units).errors[0]).toContain('ít nhất hai dòng');
  });
});

describe('the same numbers as everywhere else', () => {
  it('reads a Calc paste whose lines end in a tab, and grouped đồng and money words', () => {
    const text = 'Đơn vị\tỦng hộ chương trình "Triệu tấm lòng yêu thương – Nghìn mái nhà hạnh phúc"\t\nPhú Thọ\t1.350.000.000\t\nYên Bái\t8,05 tỷ\t\n';
    const table = parseIndicatorTable(text, year, demo.units);
    expect(table).toEqual({
      values: [
        { unitId: 'u-phu-tho', indicatorId: 'ind-trieu-tam-long', value: 1_350_000_000 },
        { unitId: 'u-yen-bai', indicatorId: 'ind-trieu-tam-long', value: 8_050_000_000 },
      ],
      errors: [],
    });
  });
});
