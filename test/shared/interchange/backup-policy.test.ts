import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { backupsToDelete, KEEP_NEWEST } from '../../../shared/interchange/backup-policy';

const NOW = new Date('2026-11-25T12:00:00Z');
const at = (iso: string, id = iso) => ({ id, createdAt: iso });

describe('which backups to keep', () => {
  test('keeps the newest 10 of today and deletes the older ones of the same day', () => {
    const today = Array.from({ length: 14 }, (_, i) => at(`2026-11-25T${String(i).padStart(2, '0')}:00:00.000Z`));
    const deleted = backupsToDelete(today, NOW);
    expect(deleted).toEqual(['2026-11-25T00:00:00.000Z', '2026-11-25T01:00:00.000Z', '2026-11-25T02:00:00.000Z', '2026-11-25T03:00:00.000Z']);
  });

  test('keeps one per day for 30 days — the newest of each day — and nothing older', () => {
    const backups = [
      at('2026-11-20T08:00:00.000Z'),
      at('2026-11-20T17:00:00.000Z'),
      at('2026-10-30T09:00:00.000Z'),
      at('2026-10-20T09:00:00.000Z'),
      ...Array.from({ length: 10 }, (_, i) => at(`2026-11-25T1${i}:00:00.000Z`)),
    ];
    expect(backupsToDelete(backups, NOW).sort()).toEqual(['2026-10-20T09:00:00.000Z', '2026-11-20T08:00:00.000Z']);
  });

  prop.prop([fc.uniqueArray(fc.date({ min: new Date('2026-08-01'), max: NOW, noInvalidDate: true }), { maxLength: 80, selector: (d) => d.getTime() })])(
    'never deletes one of the 10 newest, and keeps at least min(10, n)',
    (dates) => {
      const backups = dates.map((d, i) => at(d.toISOString(), `b${i}`));
      const deleted = new Set(backupsToDelete(backups, NOW));
      const newest = [...backups].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1)).slice(0, KEEP_NEWEST);
      for (const b of newest) expect(deleted.has(b.id)).toBe(false);
      expect(backups.length - deleted.size).toBeGreaterThanOrEqual(Math.min(KEEP_NEWEST, backups.length));
    },
  );
});
