/**
 * Who sent a hand-over file, and whether to believe it (docs/format.md, "Chữ ký và mốc niêm phong"). parsePackage
 * has already checked the checksum of the whole file and its Ed25519 signature; here the file's finalised years are
 * checked against their seals (locked-year-check.ts), and the signer's key is compared with the keys this PC has
 * seen for the same clusters: the fingerprint is shown to compare by phone or against the hand-over record, a known
 * cluster signed by a new key is a warning, an unsigned file of version 1 is read with a clear warning and never
 * replaces a locked year of this PC.
 */
import { fail, ok, type Result } from '../base/result';
import { keyFingerprint } from '../engine/signing';
import { checkPackageYears, documentsOf, type PackageYears, type SealedYear } from './locked-year-check';

/** A key this PC received a cluster from, remembered when the file was received. */
export interface KnownSenderKey {
  readonly clusterId: string;
  readonly publicKey: string;
  /** ISO date-times. */
  readonly firstSeenAt: string;
  readonly lastSeenAt: string;
}

/** The keys a file is compared with: this installation's own, and those clusters were received from before. */
export interface SenderKeys {
  readonly own?: string;
  readonly seen: readonly KnownSenderKey[];
}

export type SenderStanding =
  /** Signed with this PC's own key (a file this PC exported). */
  | 'own'
  /** Every cluster of the file was received from this key before. */
  | 'known'
  /** None of the file's clusters was received before: compare the fingerprint before receiving. */
  | 'first'
  /** A cluster of the file was received before from another key. */
  | 'changed';

export type SenderCheck =
  | { readonly kind: 'unsigned' }
  | {
      readonly kind: 'signed';
      readonly publicKey: string;
      readonly fingerprint: string;
      readonly standing: SenderStanding;
      /** Fingerprints of the other keys the file's clusters came from before (standing 'changed'). */
      readonly previous: readonly string[];
      /** When this key first sent one of the file's clusters (standing 'known'). */
      readonly firstSeenAt?: string;
    };

/**
 * A file whose signature and seals were checked. `P` is what was read: a received hand-over file
 * (shared/interchange/handover-file.ts ReceivedPackage) or a package read by parsePackage.
 */
export interface VerifiedPackage<P extends PackageYears = PackageYears> {
  readonly pkg: P;
  readonly sender: SenderCheck;
  /** The finalised years of the file, each matching its seal and checksum. */
  readonly years: readonly SealedYear[];
  /** What the user must read before receiving, in Vietnamese. */
  readonly warnings: readonly string[];
}

/**
 * The one check the receive flow calls on a parsed file: refused when a finalised year does not match its own seal
 * and checksum (the message names the year and what does not match); otherwise the sender's standing and the
 * warnings to show.
 */
export function verifyHandoverFile<P extends PackageYears>(pkg: P, keys: SenderKeys): Result<VerifiedPackage<P>> {
  const years = checkPackageYears(pkg);
  if (!years.ok) return fail(`Không nhận tệp: ${years.message}`);
  if (!pkg.signer) {
    return ok({
      pkg,
      sender: { kind: 'unsigned' },
      years: years.value,
      warnings: [
        `Tệp không có chữ ký (định dạng cũ, gói phiên bản ${pkg.packageVersion}): không xác minh được ai đã gửi và tệp có bị sửa hay không. ` +
          'Các năm đã chốt kết quả trên máy này sẽ được giữ nguyên, không bị thay bằng bản trong tệp. Hãy đề nghị nơi gửi xuất lại bằng phiên bản mới.',
      ],
    });
  }
  const sender = standingOf(pkg, pkg.signer.publicKey, keys);
  return ok({ pkg, sender, years: years.value, warnings: warningsOf(pkg, sender) });
}

function standingOf(pkg: PackageYears, publicKey: string, keys: SenderKeys): SenderCheck {
  const fingerprint = keyFingerprint(publicKey);
  const base = { kind: 'signed' as const, publicKey, fingerprint, previous: [] as string[] };
  if (keys.own === publicKey) return { ...base, standing: 'own' };
  const clusters = new Set(documentsOf(pkg).map((d) => d.cluster.id));
  const seen = keys.seen.filter((k) => clusters.has(k.clusterId));
  const others = [...new Set(seen.filter((k) => k.publicKey !== publicKey).map((k) => keyFingerprint(k.publicKey)))];
  if (others.length > 0) return { ...base, standing: 'changed', previous: others };
  const same = seen.filter((k) => k.publicKey === publicKey);
  if (same.length === 0 || same.length < clusters.size) return { ...base, standing: 'first' };
  const firstSeenAt = same.map((k) => k.firstSeenAt).sort()[0];
  return { ...base, standing: 'known', ...(firstSeenAt ? { firstSeenAt } : {}) };
}

function warningsOf(pkg: PackageYears, sender: SenderCheck): string[] {
  if (sender.kind !== 'signed') return [];
  const names = documentsOf(pkg).map((d) => `«${d.cluster.name}»`).join(', ');
  switch (sender.standing) {
    case 'first':
      return [
        `Lần đầu nhận cụm ${names} từ khóa có dấu vân tay ${sender.fingerprint}. Trước khi nhận, hãy gọi điện cho nơi gửi để đọc đối chiếu ` +
          'dấu vân tay, hoặc so với dấu vân tay in trên biên bản bàn giao.',
      ];
    case 'changed':
      return [
        `Cụm ${names} trước đây được gửi từ khóa có dấu vân tay ${sender.previous.join(', ')}; tệp này được ký bằng khóa khác ` +
          `(${sender.fingerprint}). Có thể do đơn vị cụm trưởng mới hoặc máy mới, nhưng cũng có thể là tệp giả: hãy gọi điện xác nhận ` +
          'dấu vân tay với nơi gửi trước khi nhận.',
      ];
    default:
      return [];
  }
}

/** The remembered keys after receiving `verified` at `at`: its key noted for each of its clusters. */
export function rememberSender(seen: readonly KnownSenderKey[], verified: Pick<VerifiedPackage, 'pkg' | 'sender'>, at: string): KnownSenderKey[] {
  if (verified.sender.kind !== 'signed' || verified.sender.standing === 'own') return [...seen];
  const publicKey = verified.sender.publicKey;
  const next = [...seen];
  for (const doc of documentsOf(verified.pkg)) {
    const i = next.findIndex((k) => k.clusterId === doc.cluster.id && k.publicKey === publicKey);
    const known = next[i];
    if (known) next[i] = { ...known, lastSeenAt: at };
    else next.push({ clusterId: doc.cluster.id, publicKey, firstSeenAt: at, lastSeenAt: at });
  }
  return next;
}
