import { describe, expect, it } from 'vitest';
import { clearElection, clearHandOver, recordElection, recordHandOver } from '../../../shared/edits/leadership';
import type { MergerEvent } from '../../../shared/model/units';
import { makeYear, unitsOf } from '../year-builder';
import { expectOk, expectRefused } from './helpers';

const mergers: MergerEvent[] = [{ id: 'm', date: '2024-01-01', predecessorIds: ['c'], successorId: 'b' }];
const ctx = { mergers, units: unitsOf(['a', 'b', 'c']) };
const year = makeYear({ memberIds: ['a', 'b', 'c'], leaderId: 'a', deputyId: 'b' });
const handOver = { date: '2023-12-01', place: 'tỉnh Phú Thọ', fromUnitId: 'a', toUnitId: 'b', rotatingFlag: true };

describe('election', () => {
  it('records the leader (acclaimed) and deputy of next year', () => {
    const next = expectOk(recordElection({ leaderId: 'b', deputyId: 'a', acclaimed: true }, ctx)(year));
    expect(next.election).toEqual({ leaderId: 'b', deputyId: 'a', acclaimed: true });
    expect(expectOk(clearElection(next)).election).toBeUndefined();
  });

  it('refuses a merged-away unit, a non-member, the same unit twice and an unknown ballot', () => {
    expectRefused(recordElection({ leaderId: 'c' }, ctx), year, 'đã sáp nhập vào Đơn vị b từ ngày 01/01/2024');
    expectRefused(recordElection({ leaderId: 'zz' }, ctx), year, 'không phải thành viên cụm');
    expectRefused(recordElection({ leaderId: 'b', deputyId: 'b' }, ctx), year, 'Cụm phó phải là đơn vị khác cụm trưởng.');
    expectRefused(recordElection({ leaderId: 'b', ballotIds: ['x'] }, ctx), year, 'Phiếu biểu quyết «x» không có');
    expectRefused(clearElection, year, 'Chưa ghi kết quả bầu.');
  });
});

describe('hand-over', () => {
  it('records date, place, from, to and the rotating flag', () => {
    const next = expectOk(recordHandOver({ ...handOver, place: '  tỉnh Phú Thọ ', note: ' ' }, ctx)(year));
    expect(next.handOver).toEqual(handOver);
    expect(expectOk(clearHandOver(next)).handOver).toBeUndefined();
  });

  it('refuses a bad date, an empty place, the same unit, a stranger and a merged-away receiver', () => {
    expectRefused(recordHandOver({ ...handOver, date: '01/12/2023' }, ctx), year, 'Ngày phải có dạng YYYY-MM-DD.');
    expectRefused(recordHandOver({ ...handOver, place: ' ' }, ctx), year, 'Địa điểm bàn giao không được để trống.');
    expectRefused(recordHandOver({ ...handOver, toUnitId: 'a' }, ctx), year, 'phải khác nhau');
    expectRefused(recordHandOver({ ...handOver, fromUnitId: 'zz' }, ctx), year, 'Đơn vị giao «zz» không phải thành viên');
    expectRefused(recordHandOver({ ...handOver, toUnitId: 'c', date: '2024-02-01' }, ctx), year, 'đã sáp nhập');
    expectRefused(clearHandOver, year, 'Chưa ghi bàn giao.');
  });
});
