/**
 * A command that replaces a stored year wholesale (receiving a hand-over file, restoring a backup) is a change of that
 * year like any other: when the year is finalised, on either side, the replacement is appended to the year's log so the
 * log says who replaced it, when, by which command, and which results it carried before and after
 * (docs/domain.md, "Finalising, locking and the audit log").
 */
import { appendAuditEntry, canonicalJson } from '../engine/audit-chain';
import { UNKNOWN_OPERATOR } from '../edits/audited';
import type { Year } from '../model/year';
import type { ClusterDocument } from './cluster-document';

export interface ReplacementNote {
  /** The command, as the log reads it: "Nhận tệp bàn giao". */
  command: string;
  /** What happened to the year: "Thay bằng bản trong tệp bàn giao". */
  action: string;
  who: string;
  /** ISO date-time with offset. */
  at: string;
}

/** What of a finalised year the log shows before and after: its results checksum and whether it is locked. */
const summary = (year: Year | undefined) =>
  year ? { checksum: year.finalised?.checksum ?? null, locked: year.locked, auditEntries: year.audit.length } : null;

const withoutLog = (year: Year) => canonicalJson({ ...year, audit: [], memberIds: [...year.memberIds].sort() });

/** `after` with an entry appended to each finalised year whose content differs from `before`'s. */
export function noteReplacedYears(before: ClusterDocument | undefined, after: ClusterDocument, note: ReplacementNote): ClusterDocument {
  const old = new Map((before?.years ?? []).map((y) => [y.year, y]));
  const years = after.years.map((year) => {
    const previous = old.get(year.year);
    const finalised = year.finalised !== undefined || previous?.finalised !== undefined;
    if (!finalised || (previous && withoutLog(previous) === withoutLog(year))) return year;
    const audit = appendAuditEntry(year.audit, {
      at: note.at,
      who: note.who.trim() || UNKNOWN_OPERATOR,
      action: note.action,
      target: `Năm ${year.year}`,
      oldValue: summary(previous),
      newValue: summary(year),
      command: note.command,
    });
    return { ...year, audit };
  });
  return { ...after, years };
}
