import { describe, expect, test } from 'vitest';
import {
  normaliseTime,
  setAchievementSummary,
  setAttendance,
  setDocumentRef,
  setGuests,
  setMeetingFacts,
} from '../../../shared/edits/meeting';
import { YearSchema } from '../../../shared/model/year';
import { makeYear } from '../year-builder';
import { expectOk, expectRefused } from './helpers';

const names = new Map([
  ['a', 'Ủy ban MTTQ Việt Nam tỉnh Phú Thọ'],
  ['b', 'Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn'],
  ['x', 'Ủy ban MTTQ Việt Nam tỉnh Lào Cai'],
]);

describe('meeting record: date, times, place, chair, secretary, signer', () => {
  test('facts are stored trimmed, and an emptied field disappears', () => {
    const year = makeYear({ year: 2023 });
    const set = expectOk(
      setMeetingFacts('yearEnd', {
        date: '2023-12-01',
        startTime: '8h',
        endTime: '11:30',
        place: '  tỉnh   Phú Thọ ',
        chairName: 'Nguyễn Hải',
        chairPosition: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phú Thọ, Cụm trưởng',
        signerName: 'Nguyễn Hải',
        signerAuthority: 'tm. cụm thi đua',
      })(year),
    );
    expect(set.yearEndReview).toEqual({
      date: '2023-12-01',
      startTime: '08:00',
      endTime: '11:30',
      place: 'tỉnh Phú Thọ',
      chair: { name: 'Nguyễn Hải', position: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phú Thọ, Cụm trưởng' },
      signer: { name: 'Nguyễn Hải', authority: 'TM. CỤM THI ĐUA' },
    });
    expect(YearSchema.safeParse(set).success).toBe(true);
    // Only the keys given change; an empty text removes the fact, and an empty record removes the meeting.
    const cleared = expectOk(setMeetingFacts('yearEnd', { chairName: '', chairPosition: ' ', startTime: '', endTime: '' })(set));
    expect(cleared.yearEndReview?.chair).toBeUndefined();
    expect(cleared.yearEndReview?.startTime).toBeUndefined();
    expect(cleared.yearEndReview?.signer?.name).toBe('Nguyễn Hải');
    const gone = expectOk(setMeetingFacts('yearEnd', { date: '', place: '', signerName: '', signerAuthority: '' })(cleared));
    expect(gone.yearEndReview).toBeUndefined();
    expect(setMeetingFacts('yearEnd', { place: 'tỉnh Phú Thọ' })(set)).toEqual({ ok: true, value: set });
  });

  test('times are hh:mm, the end comes after the start, the date falls in the year or early the next', () => {
    const year = makeYear({ year: 2023 });
    expectRefused(setMeetingFacts('yearEnd', { startTime: '25:00' }), year, 'Giờ bắt đầu phải có dạng giờ:phút, ví dụ 08:00 hoặc 14:30; đang có «25:00».');
    expectRefused(setMeetingFacts('yearEnd', { endTime: 'chiều' }), year, 'Giờ kết thúc phải có dạng giờ:phút');
    expectRefused(setMeetingFacts('yearEnd', { startTime: '14:00', endTime: '11:30' }), year, 'Giờ kết thúc (11:30) phải sau giờ bắt đầu (14:00).');
    const started = expectOk(setMeetingFacts('yearEnd', { startTime: '14:00' })(year));
    expectRefused(setMeetingFacts('yearEnd', { endTime: '14:00' }), started, 'Giờ kết thúc (14:00) phải sau giờ bắt đầu (14:00).');
    expectRefused(setMeetingFacts('yearEnd', { date: '2023-02-30' }), year, 'Ngày hội nghị phải là một ngày hợp lệ (ngày/tháng/năm).');
    expectRefused(setMeetingFacts('yearEnd', { date: '2022-12-01' }), year, 'Hội nghị tổng kết năm 2023 phải diễn ra trong năm 2023 hoặc năm 2024; ngày 01/12/2022 không hợp lệ.');
    expect(expectOk(setMeetingFacts('yearEnd', { date: '2024-01-10' })(year)).yearEndReview?.date).toBe('2024-01-10');
    expectRefused(setMeetingFacts('Q2', { date: '2024-07-05' }), year, 'Hội nghị giao ban quý II năm 2023 phải diễn ra trong năm 2023');
  });

  test('people type times in many ways', () => {
    expect(['8:00', '8h', '08h30', '8 giờ 30', '14.30', '7'].map(normaliseTime)).toEqual(['08:00', '08:00', '08:30', '08:30', '14:30', '07:00']);
    expect(normaliseTime('sáng')).toBe('sáng');
  });

  test('a quarterly review is the same record, one per quarter, kept in quarter order', () => {
    const year = makeYear({ year: 2024 });
    const q3 = expectOk(setMeetingFacts('Q3', { date: '2024-09-27', place: 'tỉnh Lào Cai' })(year));
    const both = expectOk(setMeetingFacts('Q1', { date: '2024-03-24', chairName: 'Ma Từ Đông Điền' })(q3));
    expect(both.quarterlyReviews?.map((m) => m.quarter)).toEqual(['Q1', 'Q3']);
    expect(both.yearEndReview).toBeUndefined();
    expect(YearSchema.safeParse(both).success).toBe(true);
    const removed = expectOk(setMeetingFacts('Q1', { date: '', chairName: '' })(both));
    expect(removed.quarterlyReviews?.map((m) => m.quarter)).toEqual(['Q3']);
    expect(YearSchema.safeParse({ ...both, quarterlyReviews: [...(both.quarterlyReviews ?? []), { quarter: 'Q3' }] }).success).toBe(false);
  });

  test('a locked year refuses every change of the record', () => {
    const year = makeYear({ locked: true });
    expectRefused(setMeetingFacts('yearEnd', { place: 'tỉnh Phú Thọ' }), year, 'Năm 2023 đã khóa sau khi chốt kết quả.');
  });
});

describe('attendance and guests', () => {
  test('only members attend, each person once, listed in the order of the year’s members', () => {
    const year = makeYear({ memberIds: ['a', 'b', 'c'] });
    const set = expectOk(setAttendance('yearEnd', [{ unitId: 'b' }, { unitId: 'a', name: ' Nguyễn Hải ', position: 'Chủ tịch' }], names)(year));
    expect(set.yearEndReview?.attendees).toEqual([{ unitId: 'a', name: 'Nguyễn Hải', position: 'Chủ tịch' }, { unitId: 'b' }]);
    expectRefused(
      setAttendance('yearEnd', [{ unitId: 'x' }], names),
      year,
      'Ủy ban MTTQ Việt Nam tỉnh Lào Cai không phải thành viên năm 2023: chỉ ghi thành viên vào danh sách dự họp; đại biểu khác ghi ở mục khách mời.',
    );
    expectRefused(setAttendance('yearEnd', [{ unitId: 'b' }, { unitId: 'b' }], names), year, 'Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn được ghi hai lần trong danh sách dự họp.');
    expect(expectOk(setAttendance('yearEnd', [])(set)).yearEndReview).toBeUndefined();
  });

  test('a guest is named; a post without a name is refused, blank rows are skipped', () => {
    const year = makeYear();
    const set = expectOk(
      setGuests('yearEnd', [{ name: 'Trương Thị Ngọc Ánh', position: 'Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam' }, { name: ' ', position: '' }])(year),
    );
    expect(set.yearEndReview?.guests).toEqual([{ name: 'Trương Thị Ngọc Ánh', position: 'Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam' }]);
    expectRefused(
      setGuests('yearEnd', [{ name: '', position: 'Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh' }]),
      year,
      'Khách mời thứ 1: ghi họ tên (chức vụ «Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh» chưa có người).',
    );
  });
});

describe('document numbers, dates, recipients and enclosures', () => {
  test('number and symbol are checked; the date is not before the meeting', () => {
    const year = expectOk(setMeetingFacts('yearEnd', { date: '2023-12-01' })(makeYear()));
    const set = expectOk(setDocumentRef('yearEnd', 'proposalLetter', { number: '15', symbol: 'TTr-CTĐ', date: '2023-12-05', enclosures: ['minutes', 'achievementReports', 'minutes'] })(year));
    expect(set.yearEndReview?.documents?.proposalLetter).toEqual({ number: '15', symbol: 'TTr-CTĐ', date: '2023-12-05', enclosures: ['minutes', 'achievementReports'] });
    expectRefused(setDocumentRef('yearEnd', 'proposalLetter', { number: '15/TTr' }), year, 'Số của tờ trình là số thứ tự đăng ký (chỉ gồm chữ số), ví dụ 15; đang có «15/TTr».');
    expectRefused(setDocumentRef('yearEnd', 'minutes', { symbol: 'BB CTĐ' }), year, 'Ký hiệu của biên bản gồm chữ viết tắt nối bằng dấu gạch ngang, không có dấu cách, ví dụ TTr-CTĐ; đang có «BB CTĐ».');
    expectRefused(setDocumentRef('yearEnd', 'proposalLetter', { date: '2023-11-30' }), year, 'Tờ trình không thể ghi ngày 30/11/2023, trước ngày hội nghị (01/12/2023) mà nó báo cáo kết quả.');
    const recipients = expectOk(setDocumentRef('yearEnd', 'minutes', { recipients: ['- Ủy ban Trung ương MTTQ Việt Nam (để báo cáo);', '', 'Lưu: VT.'] })(set));
    expect(recipients.yearEndReview?.documents?.minutes?.recipients).toEqual(['Ủy ban Trung ương MTTQ Việt Nam (để báo cáo);', 'Lưu: VT.']);
    const cleared = expectOk(setDocumentRef('yearEnd', 'proposalLetter', { number: '', symbol: '', date: '', enclosures: [] })(recipients));
    expect(cleared.yearEndReview?.documents).toEqual({ minutes: { recipients: ['Ủy ban Trung ương MTTQ Việt Nam (để báo cáo);', 'Lưu: VT.'] } });
  });
});

describe('achievement summaries for the annex', () => {
  test('one per member, in member order; emptied = removed; non-members refused', () => {
    const year = makeYear({ memberIds: ['a', 'b'] });
    const one = expectOk(setAchievementSummary('yearEnd', 'b', 'Xây dựng 1.050 nhà Đại đoàn kết.')(year));
    const two = expectOk(setAchievementSummary('yearEnd', 'a', 'Dẫn đầu phong trào.')(one));
    expect(two.yearEndReview?.achievements?.map((a) => a.unitId)).toEqual(['a', 'b']);
    expect(expectOk(setAchievementSummary('yearEnd', 'a', '  ')(two)).yearEndReview?.achievements).toEqual([{ unitId: 'b', text: 'Xây dựng 1.050 nhà Đại đoàn kết.' }]);
    expectRefused(setAchievementSummary('yearEnd', 'x', 'Thành tích', 'Ủy ban MTTQ Việt Nam tỉnh Lào Cai'), year, 'Ủy ban MTTQ Việt Nam tỉnh Lào Cai không phải thành viên năm 2023.');
  });
});
