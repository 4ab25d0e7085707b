import type { Result } from '../base/result';

/**
 * The operator's name (người thao tác) typed on the settings screen: the "who" of the year's audit log
 * (docs/domain.md, "Finalising, locking and the audit log").
 */

/** Longest name kept: a full name with a position fits easily; a pasted paragraph does not. */
export const OPERATOR_NAME_MAX = 100;

/** NFC (so "Nguyễn" typed on any keyboard compares equal), trimmed, inner runs of spaces made single. */
export function normaliseOperatorName(raw: string): Result<string> {
  const name = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (name.length > OPERATOR_NAME_MAX) return { ok: false, message: `Tên người thao tác dài ${name.length} ký tự, quá ${OPERATOR_NAME_MAX} ký tự cho phép.` };
  return { ok: true, value: name };
}
