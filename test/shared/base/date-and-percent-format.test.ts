import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, localDateStamp, localDateTimeStamp } from '../../../shared/base/date-format';
import { formatPercent } from '../../../shared/base/number-format';
import { backupFileName, handoverFileName } from '../../../shared/interchange/file-names';

// The PC's time zone decides the local date: these tests run in Hà Nội's (UTC+7, no daylight saving).
process.env.TZ = 'Asia/Ho_Chi_Minh';

describe('percent: one form everywhere', () => {
  it('rounds to hundredths of a percent, drops trailing zeros, and puts a space before the sign', () => {
    expect(formatPercent(95.6)).toBe('95,6 %');
    expect(formatPercent(95.6049)).toBe('95,6 %');
    expect(formatPercent(98.3333)).toBe('98,33 %');
    expect(formatPercent(85.714)).toBe('85,71 %');
    expect(formatPercent(100)).toBe('100 %');
    expect(formatPercent(0)).toBe('0 %');
    expect(formatPercent(133.335)).toBe('133,34 %');
    expect(formatPercent(1234.5)).toBe('1.234,5 %');
  });
});

describe('dates: day/month/four-digit year, local', () => {
  // 23:30 UTC on 30 November 2026 is 06:30 on 1 December in Hà Nội.
  const lateUtc = '2026-11-30T23:30:05.000Z';

  it('writes a moment as the local day with a four-digit year (never "30/11/26")', () => {
    expect(formatDate(lateUtc)).toBe('01/12/2026');
    expect(formatDateTime(lateUtc, { seconds: true })).toBe('01/12/2026 06:30:05');
    expect(formatDate(new Date(2023, 0, 5))).toBe('05/01/2023');
  });

  it('writes a calendar date as it stands, whatever the time zone', () => {
    expect(formatDate('2023-12-01')).toBe('01/12/2023');
  });

  it('stamps file names with the local date and time', () => {
    expect(localDateStamp(lateUtc)).toBe('2026-12-01');
    expect(localDateTimeStamp(lateUtc)).toBe('2026-12-01-06-30-05');
  });
});

describe('file names of hand-over files and backups', () => {
  it('dates a hand-over file by the day the user saw, not by UTC', () => {
    expect(handoverFileName('Cụm thi đua số 1', '2026-11-30T23:30:05.000Z')).toBe('Ban-giao-Cum-thi-dua-so-1-2026-12-01.json');
    expect(handoverFileName('Cụm thi đua số 1', '2026-12-01T10:00:00.000Z')).toBe('Ban-giao-Cum-thi-dua-so-1-2026-12-01.json');
  });

  it('names a saved backup with the local date and time, four-digit year first so names sort by time', () => {
    expect(backupFileName('2026-11-30T23:30:05.123Z')).toBe('Sao-luu-Cum-Thi-Dua-2026-12-01-06-30-05.json');
  });
});
