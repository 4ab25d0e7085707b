/**
 * The finalised years a hand-over file or a backup carries, checked against their own seals and checksums before
 * anything is written (docs/format.md, "Chữ ký và mốc niêm phong"): the results are recomputed from the file's
 * scores, the snapshot checked against its checksum and the seal, the log against its chain and the seal's anchor.
 * A file whose locked year does not match is refused, naming the year and what does not match.
 */
import { fail, ok, type Result } from '../base/result';
import { canonicalJson } from '../engine/audit-chain';
import { checkYearIntegrity, describeFindings, type IntegrityReport } from '../engine/year-integrity';
import { needsSeal } from '../engine/year-seal';
import type { ClusterDocument } from './cluster-document';
import type { SignedYearSeal } from '../model/seal';

/** A finalised year of the file that passed: what the receiving office can compare with the sender's documents. */
export interface SealedYear {
  readonly clusterId: string;
  readonly year: number;
  readonly locked: boolean;
  readonly checksum: string | undefined;
  readonly logEntries: number;
  readonly logHead: string;
  /** False for files of version 1, which carry no seals. */
  readonly sealed: boolean;
}

/**
 * What the years of a file are checked with: who signed it, the seals it carries, and its documents — as parsePackage
 * gives them (`content.documents`, a backup) or as the hand-over reader does (`documents`, shared/interchange/handover-file.ts).
 */
export type PackageYears = {
  readonly packageVersion: number;
  readonly signer?: { readonly publicKey: string };
  readonly seals?: readonly SignedYearSeal[];
} & ({ readonly documents: readonly ClusterDocument[] } | { readonly content: { readonly documents: readonly ClusterDocument[] } });

export const documentsOf = (pkg: PackageYears): readonly ClusterDocument[] => ('documents' in pkg ? pkg.documents : pkg.content.documents);

/**
 * Every finalised year of the package, each checked against its seal (version 2) or against itself (version 1). The
 * refusal starts in lower case, for the caller to put after what it refuses ("Không nhận tệp: …").
 */
export function checkPackageYears(pkg: PackageYears): Result<SealedYear[]> {
  const signed = pkg.signer !== undefined;
  const seals = new Map((pkg.seals ?? []).map((s) => [`${s.clusterId}|${s.year}`, s]));
  const checked: SealedYear[] = [];
  for (const doc of documentsOf(pkg)) {
    for (const year of doc.years) {
      const key = `${doc.cluster.id}|${year.year}`;
      const seal = seals.get(key);
      seals.delete(key);
      if (!needsSeal(year) && !seal) continue;
      const report = checkYearIntegrity({
        year,
        context: doc,
        ...(seal ? { seal } : {}),
        ...(pkg.signer ? { sealKey: pkg.signer.publicKey } : {}),
        expectSeal: signed,
      });
      if (!report.intact) return fail(refusal(doc, year.year, signed, report));
      checked.push({
        clusterId: doc.cluster.id,
        year: year.year,
        locked: report.locked,
        checksum: report.checksum,
        logEntries: report.log.entries,
        logHead: report.log.lastHash,
        sealed: seal !== undefined,
      });
    }
  }
  const stray = [...seals.values()][0];
  if (stray) return fail(`tệp có mốc niêm phong cho năm ${stray.year} của cụm «${stray.clusterId}» nhưng không có năm đó: tệp đã bị sửa.`);
  return ok(checked);
}

function refusal(doc: ClusterDocument, year: number, signed: boolean, report: IntegrityReport): string {
  const against = signed ? 'mốc niêm phong và mã kiểm tra của chính nó' : 'mã kiểm tra và nhật ký của chính nó';
  return `năm ${year} của cụm «${doc.cluster.name}» không khớp ${against}.\n${describeFindings(report)}`;
}

/**
 * For a file that is not signed: the incoming document with each locked year of this PC kept as it is here, and the
 * years so kept. An unsigned file never replaces a locked local year (docs/format.md, "Tệp cũ không có chữ ký").
 */
export function keepLockedLocalYears(local: ClusterDocument | undefined, incoming: ClusterDocument): { doc: ClusterDocument; kept: number[] } {
  const locked = new Map((local?.years ?? []).filter((y) => y.locked || y.finalised !== undefined).map((y) => [y.year, y]));
  const kept: number[] = [];
  const years = incoming.years.map((y) => {
    const mine = locked.get(y.year);
    if (!mine) return y;
    if (canonicalJson(mine) !== canonicalJson(y)) kept.push(y.year);
    return mine;
  });
  return { doc: { ...incoming, years }, kept };
}
