import { describe, expect, it } from 'vitest';
import {
  attachScan,
  blankPledge,
  checkScanFile,
  copyPledge,
  detachScan,
  MAX_SCAN_BYTES,
  removePledge,
  savePledge,
} from '../../../shared/edits/pledges';
import type { IndicatorDef } from '../../../shared/model/criteria';
import type { Pledge } from '../../../shared/model/pledges';
import { makeYear } from '../year-builder';
import { expectOk, expectRefused } from './helpers';

const indicators: IndicatorDef[] = [{ id: 'nha', name: 'Nhà Đại đoàn kết', unit: 'count', unitLabel: 'căn' }];
const year = makeYear({ year: 2024, memberIds: ['a', 'b'], indicators });
const SHA = 'a'.repeat(64);

function pledge(): Pledge {
  return {
    ...blankPledge(year, 'pledge'),
    place: 'tỉnh Phú Thọ',
    contents: ['Đẩy mạnh tuyên truyền', '  ', 'Vận động Quỹ "Vì người nghèo"'],
    targets: [{ unitId: 'a', indicatorId: 'nha', target: 1260 }],
    signatories: [{ unitId: 'a', person: ' Nguyễn Hải ', position: 'Chủ tịch' }],
  };
}

describe('pledges', () => {
  it('saves a pledge: blank commitments dropped, names trimmed; saving again replaces it', () => {
    const saved = expectOk(savePledge(pledge())(year));
    expect(saved.pledges[0]).toMatchObject({
      id: 'pledge-2024',
      title: 'Giao ước thi đua năm 2024',
      contents: ['Đẩy mạnh tuyên truyền', 'Vận động Quỹ "Vì người nghèo"'],
      signatories: [{ unitId: 'a', person: 'Nguyễn Hải', position: 'Chủ tịch' }],
    });
    const again = expectOk(savePledge({ ...pledge(), place: 'Bắc Kạn' })(saved));
    expect(again.pledges).toHaveLength(1);
    expect(again.pledges[0]?.place).toBe('Bắc Kạn');
    expect(expectOk(removePledge('pledge-2024')(again)).pledges).toEqual([]);
  });

  it('refuses a target of a non-member, an unknown indicator, a negative target, a signatory without name, another year', () => {
    expectRefused(savePledge({ ...pledge(), targets: [{ unitId: 'z', indicatorId: 'nha', target: 1 }] }), year, 'z không phải thành viên cụm năm 2024');
    expectRefused(savePledge({ ...pledge(), targets: [{ unitId: 'a', indicatorId: 'x', target: 1 }] }), year, 'không có trong danh mục chỉ tiêu năm 2024');
    expectRefused(savePledge({ ...pledge(), targets: [{ unitId: 'a', indicatorId: 'nha', target: -5 }] }), year, 'mức đăng ký phải là số từ 0 trở lên (đang nhập: -5)');
    expectRefused(savePledge({ ...pledge(), signatories: [{ unitId: 'a', person: ' ', position: 'Chủ tịch' }] }), year, 'Tên người ký không được để trống.');
    expectRefused(savePledge({ ...pledge(), forYear: 2025 }), year, 'cho năm 2025, không phải năm 2024');
    expectRefused(removePledge('nope'), year, 'Không có giao ước này.');
  });

  it('copies last year\'s pledge as a start, dropping what no longer fits', () => {
    const old: Pledge = {
      ...pledge(),
      id: 'pledge-2023',
      forYear: 2023,
      title: 'Giao ước thi đua năm 2023',
      date: '2022-12-01',
      targets: [
        { unitId: 'a', indicatorId: 'nha', target: 100 },
        { unitId: 'gone', indicatorId: 'nha', target: 5 },
      ],
      signatories: [{ unitId: 'gone', person: 'Ông B', position: 'Chủ tịch' }],
      attachment: { fileName: 'scan.pdf', mimeType: 'application/pdf', size: 10, sha256: SHA },
    };
    const { pledge: copy, dropped } = copyPledge(old, year);
    expect(copy).toMatchObject({ id: 'pledge-2024', forYear: 2024, title: 'Giao ước thi đua năm 2024', date: '2023-12-01' });
    expect(copy.targets).toEqual([{ unitId: 'a', indicatorId: 'nha', target: 100 }]);
    expect(copy.attachment).toBeUndefined();
    expect(dropped).toEqual(['Chỉ tiêu nha của gone', 'Người ký Ông B (gone)']);
  });
});

describe('signed scan', () => {
  it('accepts a PDF or an image up to 20 MB, refuses other files, larger ones and empty ones', () => {
    expect(checkScanFile({ name: 'bien-ban.pdf', type: 'application/pdf', size: MAX_SCAN_BYTES }).ok).toBe(true);
    expect(checkScanFile({ name: 'anh.jpg', type: 'image/jpeg', size: 1000 }).ok).toBe(true);
    expect(checkScanFile({ name: 'a.docx', type: 'application/vnd.openxmlformats', size: 10 })).toEqual({
      ok: false,
      message: 'Tệp «a.docx» không phải PDF hay ảnh: chỉ nhận bản quét dạng PDF hoặc ảnh.',
    });
    expect(checkScanFile({ name: 'lon.pdf', type: 'application/pdf', size: MAX_SCAN_BYTES + 1 })).toEqual({
      ok: false,
      message: 'Tệp «lon.pdf» nặng 20,0 MB, vượt giới hạn 20 MB.',
    });
    expect(checkScanFile({ name: 'r.pdf', type: 'application/pdf', size: 0 }).ok).toBe(false);
  });

  it('attaches and detaches the metadata', () => {
    const saved = expectOk(savePledge(pledge())(year));
    const meta = { fileName: 'scan.pdf', mimeType: 'application/pdf', size: 1234, sha256: SHA };
    const attached = expectOk(attachScan('pledge-2024', meta)(saved));
    expect(attached.pledges[0]?.attachment).toEqual(meta);
    expect(expectOk(detachScan('pledge-2024')(attached)).pledges[0]?.attachment).toBeUndefined();
    expectRefused(attachScan('pledge-2024', { ...meta, sha256: 'xyz' }), saved, 'SHA-256');
    expectRefused(attachScan('pledge-2024', { ...meta, size: MAX_SCAN_BYTES + 1 }), saved, 'vượt giới hạn 20 MB');
    expectRefused(detachScan('pledge-2024'), saved, 'chưa có bản quét');
  });
});
