/**
 * The integrity check of a year ("Kiểm tra tính toàn vẹn"; docs/format.md, "Chữ ký và mốc niêm phong"): the results
 * are recomputed from the stored entries and compared with the finalised snapshot, the snapshot with its own
 * checksum and with the seal, and the audit log with its hash chain and with the seal's anchor. Every difference
 * is named in Vietnamese: which member, which criterion, old total and rank → new; how many log entries are
 * missing. A locked year always matches its snapshot (shared/edits/lock.ts), so any difference there was made
 * outside the app.
 */
import { formatPoints } from '../base/number-format';
import type { SignedYearSeal } from '../model/seal';
import type { Year } from '../model/year';
import { verifyAuditChain } from './audit-chain';
import type { ClusterContext } from './evaluate-year';
import { recomputeResults, resultsChecksum, type SnapshotResults } from './results-snapshot';
import { logAnchor, verifySeal } from './year-seal';

export type IntegrityCode =
  | 'results-changed'
  | 'snapshot-altered'
  | 'snapshot-replaced'
  | 'snapshot-removed'
  | 'lock-changed'
  | 'log-edited'
  | 'log-emptied'
  | 'log-truncated'
  | 'log-replaced'
  | 'log-extended'
  | 'log-missing-finalise'
  | 'seal-missing'
  | 'seal-forged'
  | 'seal-unverifiable';

export interface IntegrityFinding {
  readonly code: IntegrityCode;
  /** One sentence saying what does not match. */
  readonly message: string;
  /** What changed, one line each (members with old → new totals and ranks, criteria, award tiers). */
  readonly details: readonly string[];
}

export interface IntegrityReport {
  readonly year: number;
  readonly intact: boolean;
  readonly findings: readonly IntegrityFinding[];
  /** What is fine but worth saying (an unlocked year whose results moved on since finalising). */
  readonly notes: readonly string[];
  /** The year's log as stored. */
  readonly log: { readonly entries: number; readonly lastHash: string };
  /** The finalised checksum, when the year has one. */
  readonly checksum: string | undefined;
  /** True when the seal (or, without one, the stored flag) says the year is locked. */
  readonly locked: boolean;
}

export interface IntegrityInput {
  readonly year: Year;
  readonly context: ClusterContext;
  /** The seal kept beside the year; undefined when there is none. */
  readonly seal?: SignedYearSeal;
  /** Public key the seal must verify with; undefined when the installation has no key (any seal then fails). */
  readonly sealKey?: string;
  /** False for files of the old format, which carry no seals: the checks that need one are skipped. */
  readonly expectSeal?: boolean;
}

const short = (hex: string) => `${hex.slice(0, 12)}…`;
const finding = (code: IntegrityCode, message: string, details: readonly string[] = []): IntegrityFinding => ({ code, message, details });

export function checkYearIntegrity(input: IntegrityInput): IntegrityReport {
  const { year, seal } = input;
  const findings: IntegrityFinding[] = [...sealFindings(input), ...logFindings(input)];
  const notes: string[] = [];
  const f = year.finalised;
  if (seal && seal.checksum !== (f?.checksum ?? null)) {
    findings.push(
      f
        ? finding('snapshot-replaced', `Mã kiểm tra kết quả đã chốt (${short(f.checksum)}) khác mốc niêm phong (${seal.checksum ? short(seal.checksum) : 'chưa chốt'}): bản kết quả đã chốt bị thay ngoài ứng dụng.`)
        : finding('snapshot-removed', `Mốc niêm phong ghi năm ${year.year} đã chốt kết quả (mã ${short(seal.checksum ?? '')}) nhưng bản kết quả đã chốt không còn: đã bị xóa ngoài ứng dụng.`),
    );
  }
  if (seal && seal.locked !== year.locked) {
    findings.push(
      finding(
        'lock-changed',
        seal.locked
          ? `Năm ${year.year} bị mở khóa ngoài ứng dụng: mốc niêm phong ghi năm đang khóa sổ, nhật ký không có lần mở khóa nào.`
          : `Năm ${year.year} bị khóa ngoài ứng dụng: mốc niêm phong ghi năm đang mở khóa.`,
      ),
    );
  }
  const locked = seal?.locked ?? year.locked;
  if (f) {
    if (resultsChecksum(f.results) !== f.checksum) {
      findings.push(finding('snapshot-altered', `Bản kết quả đã chốt bị sửa: nội dung của nó không còn khớp mã kiểm tra ${short(f.checksum)}.`));
    }
    const now = recomputeResults(year, input.context);
    const changes = resultChanges(f.results, now, year, input.context);
    if (changes.length > 0 && locked) {
      findings.push(
        finding(
          'results-changed',
          `Kết quả tính lại từ điểm đang lưu khác kết quả đã chốt (mã kiểm tra ${short(f.checksum)} → ${short(resultsChecksum(now))}): điểm đã bị sửa ngoài ứng dụng trong khi năm khóa sổ.`,
          changes,
        ),
      );
    } else if (changes.length > 0) {
      notes.push(`Năm ${year.year} đang mở khóa: kết quả hiện tại khác kết quả đã chốt (${changes.length} thay đổi; mọi thay đổi sau khi mở khóa được ghi trong nhật ký). Hãy chốt lại kết quả trước khi gửi văn bản.`);
    }
  }
  return { year: year.year, intact: findings.length === 0, findings, notes, log: logAnchor(year.audit), checksum: f?.checksum, locked };
}

function sealFindings({ year, seal, sealKey, expectSeal = true }: IntegrityInput): IntegrityFinding[] {
  if (!seal) {
    return year.finalised && expectSeal
      ? [finding('seal-missing', `Năm ${year.year} đã chốt kết quả nhưng không có mốc niêm phong: mốc đã bị xóa ngoài ứng dụng.`)]
      : [];
  }
  if (sealKey === undefined) {
    return [finding('seal-unverifiable', `Không xác minh được mốc niêm phong năm ${year.year}: khóa ký của máy này không còn (đã bị xóa hoặc sửa).`)];
  }
  if (!verifySeal(seal, sealKey)) {
    return [finding('seal-forged', `Mốc niêm phong năm ${year.year} bị sửa: chữ ký của nó không khớp khóa đã ký.`)];
  }
  return [];
}

function logFindings({ year, seal }: IntegrityInput): IntegrityFinding[] {
  const log = year.audit;
  const out: IntegrityFinding[] = [];
  const chain = verifyAuditChain(log);
  if (!chain.intact) out.push(finding('log-edited', `Nhật ký bị sửa: ${chain.why}`));
  if (seal) {
    const missing = seal.entries - log.length;
    if (log.length === 0 && seal.entries > 0) {
      out.push(finding('log-emptied', `Nhật ký đã bị xóa hết: mốc niêm phong ghi ${seal.entries} mục, nay không còn mục nào (thiếu ${seal.entries} mục).`));
    } else if (missing > 0) {
      out.push(
        finding(
          'log-truncated',
          `Nhật ký bị xóa ${missing} mục cuối: mốc niêm phong ghi ${seal.entries} mục, nay chỉ còn ${log.length} (thiếu ${missing === 1 ? `mục số ${seal.entries}` : `các mục số ${log.length + 1}–${seal.entries}`}).`,
        ),
      );
    } else if (seal.entries > 0 && log[seal.entries - 1]?.hash !== seal.lastHash) {
      out.push(finding('log-replaced', `Mục số ${seal.entries} của nhật ký khác với mốc niêm phong: nhật ký đã bị thay ngoài ứng dụng.`));
    } else if (missing < 0) {
      out.push(
        finding('log-extended', `Nhật ký có ${-missing} mục không có trong mốc niêm phong (số ${seal.entries + 1}–${log.length}): được thêm ngoài ứng dụng.`),
      );
    }
  } else if (year.finalised && chain.intact) {
    // Without a seal (files of the old format) the log must at least record the finalising it claims.
    const last = [...log].reverse().find((e) => e.action === 'Chốt kết quả');
    if (last?.newValue !== year.finalised.checksum) {
      out.push(
        finding(
          'log-missing-finalise',
          log.length === 0
            ? `Năm ${year.year} đã chốt kết quả nhưng nhật ký trống: nhật ký đã bị xóa.`
            : `Nhật ký năm ${year.year} không ghi lần chốt kết quả có mã ${short(year.finalised.checksum)}: nhật ký đã bị cắt hoặc bản chốt đã bị thay.`,
        ),
      );
    }
  }
  return out;
}

/** The report's findings as lines: each finding, then what changed ("– …"), one line each. */
export function describeFindings(report: Pick<IntegrityReport, 'findings'>): string {
  return report.findings.flatMap((f) => [f.message, ...f.details.map((d) => `– ${d}`)]).join('\n');
}

/** Why an official document of a year that is not intact is not made: the year, then every finding on its own line. */
export function exportRefusal(report: IntegrityReport): string {
  return `Không xuất văn bản của năm ${report.year}: năm đã khóa sổ nhưng dữ liệu không còn khớp kết quả đã chốt và nhật ký.\n${describeFindings(report)}`;
}

/** Every difference between the frozen results and the recomputed ones, as lines a secretariat can read. */
export function resultChanges(before: SnapshotResults, now: SnapshotResults, year: Year, context: ClusterContext): string[] {
  const names = new Map(context.units.map((u) => [u.id, u.name]));
  const unit = (id: string) => names.get(id) ?? id;
  const criteria = new Map(year.sections.flatMap((s) => s.criteria).map((c) => [c.id, `${c.code} ${c.name}`]));
  const tiers = new Map(year.ruleSet.awardTiers.map((t) => [t.id, t.name]));
  const lines: string[] = [];
  if (before.maxPoints !== now.maxPoints) lines.push(`Điểm tối đa: ${formatPoints(before.maxPoints)} → ${formatPoints(now.maxPoints)}.`);
  const current = new Map(now.ranking.map((r) => [r.unitId, r]));
  for (const old of before.ranking) {
    const r = current.get(old.unitId);
    if (!r) {
      lines.push(`${unit(old.unitId)}: có trong kết quả đã chốt (hạng ${old.rank}, ${formatPoints(old.total)} điểm) nhưng không còn trong kết quả tính lại.`);
      continue;
    }
    const criterionChanges = Object.keys({ ...old.points, ...r.points })
      .filter((id) => old.points !== undefined && (old.points[id] ?? 0) !== (r.points?.[id] ?? 0))
      .map((id) => `tiêu chí ${criteria.get(id) ?? id}: ${formatPoints(old.points?.[id] ?? 0)} → ${formatPoints(r.points?.[id] ?? 0)}`);
    if (old.total === r.total && old.rank === r.rank && old.tied === r.tied && criterionChanges.length === 0) continue;
    const rank = (x: { rank: number; tied: boolean }) => `${x.rank}${x.tied ? ' (đồng hạng)' : ''}`;
    const parts = [`tổng điểm ${formatPoints(old.total)} → ${formatPoints(r.total)}`, `hạng ${rank(old)} → ${rank(r)}`, ...criterionChanges];
    lines.push(`${unit(old.unitId)}: ${parts.join('; ')}.`);
  }
  const frozen = new Set(before.ranking.map((r) => r.unitId));
  for (const r of now.ranking) {
    if (!frozen.has(r.unitId)) lines.push(`${unit(r.unitId)}: không có trong kết quả đã chốt nhưng nay được xếp hạng ${r.rank} (${formatPoints(r.total)} điểm).`);
  }
  const awarded = new Map(now.awards.map((a) => [a.tierId, a.unitIds]));
  for (const tier of before.awards) {
    const after = awarded.get(tier.tierId) ?? [];
    if (after.join('|') === tier.unitIds.join('|')) continue;
    const list = (ids: readonly string[]) => (ids.length === 0 ? 'không có đơn vị nào' : ids.map(unit).join(', '));
    lines.push(`Hình thức «${tiers.get(tier.tierId) ?? tier.tierId}»: ${list(tier.unitIds)} → ${list(after)}.`);
  }
  return lines;
}
