import { z } from 'zod';

const HashSchema = z.string().regex(/^[0-9a-f]{64}$/, { error: 'Mã băm phải gồm 64 ký tự hex thường.' });

/** Hash that the first entry of a log points back to. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * One entry of a year's append-only audit log (docs/domain.md, "Finalising, locking and the audit log"): who changed
 * what, when, old → new value, why. `hash` covers every other field including `prevHash`, so editing, deleting or
 * reordering an entry breaks the chain (shared/engine/audit-chain.ts).
 */
export const AuditEntrySchema = z.strictObject({
  seq: z.number().int().min(1),
  at: z.iso.datetime({ offset: true, error: 'Thời điểm phải là ngày giờ ISO 8601.' }),
  who: z.string().min(1, { error: 'Phải ghi người thực hiện.' }),
  action: z.string().min(1),
  target: z.string().min(1),
  oldValue: z.json(),
  newValue: z.json(),
  reason: z.string().optional(),
  /**
   * The command that made the change, as it reads in the log ("Dán khối điểm", "Nhận tệp bàn giao"). Entries written
   * before commands were named have none; the hash covers it when present.
   */
  command: z.string().min(1).optional(),
  prevHash: HashSchema,
  hash: HashSchema,
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type AuditEntryDraft = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;
