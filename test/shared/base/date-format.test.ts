import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../shared/base/date-format';

describe('formatDateTime', () => {
  it('writes day/month/year on two, two and four digits, then the 24-hour time (the PC’s time zone)', () => {
    const d = new Date(2024, 0, 5, 9, 3, 7);
    expect(formatDateTime(d.toISOString())).toBe('05/01/2024 09:03');
    expect(formatDateTime(d.toISOString(), { seconds: true })).toBe('05/01/2024 09:03:07');
  });

  it('gives back what is not a date as it is', () => {
    expect(formatDateTime('không rõ')).toBe('không rõ');
  });
});
