/**
 * The seal of a finalised year (mốc niêm phong; docs/format.md, "Chữ ký và mốc niêm phong"): the results checksum,
 * the lock and the anchor of the audit log, kept beside the year and signed with the installation's key. Every
 * write of the year through the app renews it — but only when the new log continues the sealed one, so a log cut
 * short outside the app is never sealed over.
 */
import { GENESIS_HASH, type AuditEntry } from '../model/audit';
import type { LogAnchor, SignedYearSeal, YearSeal } from '../model/seal';
import type { Year } from '../model/year';
import { canonicalJson } from './audit-chain';
import { signText, verifyText } from './signing';

/** The label every seal signature is made under (see signText). */
export const SEAL_SIGNATURE_DOMAIN = 'cum-thi-dua/year-seal/1';

export function logAnchor(log: readonly AuditEntry[]): LogAnchor {
  return { entries: log.length, lastHash: log.at(-1)?.hash ?? GENESIS_HASH };
}

/** True when `log` still holds the sealed entries: the entry at the anchor's count carries the anchor's hash. */
export function continuesAnchor(log: readonly AuditEntry[], anchor: LogAnchor): boolean {
  if (anchor.entries === 0) return anchor.lastHash === GENESIS_HASH;
  return log[anchor.entries - 1]?.hash === anchor.lastHash;
}

/** A year worth sealing: finalised once (it has a snapshot or a log, which starts at finalising). */
export const needsSeal = (year: Pick<Year, 'finalised' | 'audit'>): boolean => year.finalised !== undefined || year.audit.length > 0;

/** The seal of the year as it is now. */
export function sealOf(clusterId: string, year: Pick<Year, 'year' | 'finalised' | 'locked' | 'audit'>, at: string): YearSeal {
  return {
    clusterId,
    year: year.year,
    checksum: year.finalised?.checksum ?? null,
    locked: year.locked,
    ...logAnchor(year.audit),
    sealedAt: at,
  };
}

const sealMessage = ({ clusterId, year, checksum, locked, entries, lastHash, sealedAt }: YearSeal): string =>
  canonicalJson({ clusterId, year, checksum, locked, entries, lastHash, sealedAt });

export function signSeal(seal: YearSeal, secretKey: string): SignedYearSeal {
  return { ...seal, signature: signText(SEAL_SIGNATURE_DOMAIN, sealMessage(seal), secretKey) };
}

export function verifySeal(seal: SignedYearSeal, publicKey: string): boolean {
  return verifyText(SEAL_SIGNATURE_DOMAIN, sealMessage(seal), seal.signature, publicKey);
}

export interface SealState {
  /** The stored seal, if any. */
  readonly seal: SignedYearSeal | undefined;
  /** True when the stored seal verifies with the installation's key. */
  readonly valid: boolean;
  /** True when the stored year, before this write, was already finalised or had a log. */
  readonly sealedBefore: boolean;
}

/**
 * The seal to write with a save of `year` through the app, or undefined to leave the stored seal as it is:
 * - a valid seal is renewed when the year's log continues it;
 * - a seal that does not verify, or a log that no longer continues it (entries removed or replaced outside the app),
 *   is kept, so the integrity check goes on naming the difference;
 * - a year finalised for the first time gets its first seal; a finalised year whose seal has gone gets none back.
 */
export function nextSeal(state: SealState, clusterId: string, year: Year, at: string): YearSeal | undefined {
  if (state.seal) {
    if (!state.valid || !continuesAnchor(year.audit, state.seal)) return undefined;
    return sealOf(clusterId, year, at);
  }
  if (state.sealedBefore || !needsSeal(year)) return undefined;
  return sealOf(clusterId, year, at);
}
