/**
 * References that must exist (docs/domain.md, "References that must exist", "Members and mergers"): what a year's
 * rules and records name must be there — a band a tier requires, the tier a tie order or a manual change names,
 * the members and tiers a ballot is about, the ballots an election cites, the units of a fixed rotation order — and
 * no merged-away unit is a member, leader, deputy or candidate. One list of errors with JSON paths inside the year,
 * used by evaluateYear (the engine never ignores them silently) and by the file check
 * (shared/interchange/document-references.ts), with the same messages.
 */
import type { UnitNames } from '../model/labels';
import { unitLabel } from '../model/labels';
import type { Year } from '../model/year';
import type { ClusterContext } from './cluster-context';
import { checkElectionCandidate } from './election';
import { checkUnitRole, membershipDateOf } from './membership';
import type { ValidationIssue } from './validation-issues';

type Path = (string | number)[];

/** Every problem with what the year refers to; empty when all references hold. */
export function referenceIssues(year: Year, cluster: ClusterContext, names: UnitNames): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const who = (id: string) => unitLabel(names, id);
  const error = (code: ValidationIssue['code'], message: string, path: Path, unitId?: string) =>
    issues.push({ severity: 'error', code, message, path, ...(unitId === undefined ? {} : { unitId }) });
  const inYear = `năm ${year.year}`;
  const members = new Set(year.memberIds);
  const tiers = new Map(year.ruleSet.awardTiers.map((t) => [t.id, t]));
  const bands = new Set(year.ruleSet.bands.map((b) => b.id));
  const known = new Set(cluster.units.map((u) => u.id));

  // A merged-away unit is never a member, leader or deputy of a year its merger has taken effect in.
  const role = (unitId: string, kind: 'member' | 'leader' | 'deputy', path: Path) => {
    const check = checkUnitRole(unitId, kind, { onDate: membershipDateOf(year.year), mergers: cluster.mergers, units: cluster.units, year: year.year });
    if (!check.ok) error('mergedAway', check.reason, path, unitId);
  };
  role(year.leaderId, 'leader', ['leaderId']);
  if (year.deputyId !== undefined) role(year.deputyId, 'deputy', ['deputyId']);
  year.memberIds.forEach((id, k) => role(id, 'member', ['memberIds', k]));
  if (!members.has(year.leaderId)) error('unknownReference', `Cụm trưởng ${who(year.leaderId)} không phải thành viên cụm ${inYear}.`, ['leaderId'], year.leaderId);
  if (year.deputyId !== undefined && !members.has(year.deputyId)) error('unknownReference', `Cụm phó ${who(year.deputyId)} không phải thành viên cụm ${inYear}.`, ['deputyId'], year.deputyId);

  year.ruleSet.awardTiers.forEach((tier, i) => {
    if (tier.requiredBandId !== undefined && !bands.has(tier.requiredBandId)) {
      error('unknownReference', `Hình thức «${tier.name}» yêu cầu mức xếp loại «${tier.requiredBandId}», nhưng bộ quy tắc ${inYear} không có mức này: không đơn vị nào được đề nghị hình thức này cho đến khi sửa.`, ['ruleSet', 'awardTiers', i, 'requiredBandId']);
    }
  });
  year.tieResolutions.forEach((r, i) => {
    if (r.scope !== 'ranking' && !tiers.has(r.scope)) {
      error('unknownReference', `Thứ tự giải quyết đồng hạng ghi cho hình thức «${r.scope}», không có trong bộ quy tắc ${inYear}.`, ['tieResolutions', i, 'scope']);
    }
  });
  (year.awardOverrides ?? []).forEach((o, i) => {
    if (!members.has(o.unitId)) error('unknownReference', `Thay đổi đề nghị khen thưởng cho ${who(o.unitId)}, không phải thành viên cụm ${inYear}.`, ['awardOverrides', i, 'unitId'], o.unitId);
    if (o.tierId !== null && !tiers.has(o.tierId)) {
      error('unknownReference', `Thay đổi đề nghị khen thưởng của ${who(o.unitId)}: hình thức «${o.tierId}» không có trong bộ quy tắc ${inYear}.`, ['awardOverrides', i, 'tierId'], o.unitId);
    }
  });

  year.ballots.forEach((ballot, i) => {
    const s = ballot.subject;
    if (s.kind === 'award') {
      if (!tiers.has(s.tierId)) error('unknownReference', `Phiếu biểu quyết «${ballot.id}» về hình thức «${s.tierId}», không có trong bộ quy tắc ${inYear}.`, ['ballots', i, 'subject', 'tierId']);
      s.unitIds.forEach((id, k) => {
        if (!members.has(id)) error('unknownReference', `Phiếu biểu quyết «${ballot.id}» đề nghị khen thưởng ${who(id)}, không phải thành viên cụm ${inYear}.`, ['ballots', i, 'subject', 'unitIds', k], id);
      });
    } else if (s.kind === 'leader' || s.kind === 'deputy') {
      const check = checkElectionCandidate(s.kind, s.unitId, year, cluster);
      const seat = s.kind === 'leader' ? 'Cụm trưởng' : 'Cụm phó';
      if (!check.ok) error('roleNotAllowed', `Phiếu bầu ${seat} năm ${year.year + 1}: ${check.reason}`, ['ballots', i, 'subject', 'unitId'], s.unitId);
      if (s.kind === 'deputy' && year.ballots.some((b) => b.subject.kind === 'leader' && b.subject.unitId === s.unitId)) {
        error('roleNotAllowed', `Cụm phó năm ${year.year + 1} phải là đơn vị khác cụm trưởng: ${who(s.unitId)} có phiếu bầu cho cả hai.`, ['ballots', i, 'subject', 'unitId'], s.unitId);
      }
    }
  });

  const election = year.election;
  if (election) {
    (election.ballotIds ?? []).forEach((id, k) => {
      if (!year.ballots.some((b) => b.id === id)) error('unknownReference', `Kết quả bầu năm ${year.year + 1} dẫn phiếu biểu quyết «${id}», không có trong ${inYear}.`, ['election', 'ballotIds', k]);
    });
    const leader = checkElectionCandidate('leader', election.leaderId, year, cluster);
    if (!leader.ok) error('roleNotAllowed', `Kết quả bầu Cụm trưởng năm ${year.year + 1}: ${leader.reason}`, ['election', 'leaderId'], election.leaderId);
    if (election.deputyId !== undefined) {
      const deputy = election.deputyId === election.leaderId ? { ok: false as const, reason: 'cụm phó phải là đơn vị khác cụm trưởng.' } : checkElectionCandidate('deputy', election.deputyId, year, cluster);
      if (!deputy.ok) error('roleNotAllowed', `Kết quả bầu Cụm phó năm ${year.year + 1}: ${deputy.reason}`, ['election', 'deputyId'], election.deputyId);
    }
  }

  const policy = year.ruleSet.leaderPolicy;
  if (policy.kind === 'fixedOrder') {
    policy.order.forEach((id, k) => {
      if (!known.has(id)) error('unknownReference', `Thứ tự luân phiên cụm trưởng có đơn vị «${id}», không thuộc cụm.`, ['ruleSet', 'leaderPolicy', 'order', k], id);
      else if (policy.order.indexOf(id) !== k) error('unknownReference', `Thứ tự luân phiên cụm trưởng ghi ${who(id)} hai lần.`, ['ruleSet', 'leaderPolicy', 'order', k], id);
    });
  }
  return issues;
}
