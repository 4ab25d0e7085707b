/**
 * The facts a quarterly report prints, from the record of that quarter's review (hội nghị giao ban quý) and nowhere
 * else (docs/domain.md, "What makes a document safe to send up"; shared/views/official-facts.ts). A quarter without
 * a record prints its date, place and signer as blanks, and the check before export says the record is missing and
 * where to fill it in — the report never borrows the year-end review's facts or today's date.
 */
import type { Quarter } from '../../model/meeting';
import type { Cluster, Unit } from '../../model/units';
import type { Year } from '../../model/year';
import { MEETING_SCREEN, officialFacts, signerMissing, type OfficialContext, type OfficialFacts } from '../official-facts';
import { quarterlyMeetingName } from './quarter-values';

export interface QuarterlyReportFacts {
  readonly facts: OfficialFacts;
  /** True when the quarter has a meeting record at all. */
  readonly recorded: boolean;
  /** What prints as a blank, one Vietnamese line each, the missing record first. */
  readonly missing: readonly string[];
}

export function quarterlyContext(year: Pick<Year, 'leaderId'>, units: readonly Unit[], cluster: Pick<Cluster, 'name' | 'sector'>): OfficialContext {
  return {
    clusterName: cluster.name,
    leaderName: units.find((u) => u.id === year.leaderId)?.name ?? year.leaderId,
    ...(cluster.sector ? { sector: cluster.sector } : {}),
  };
}

export function quarterlyReportFacts(year: Year, quarter: Quarter, context: OfficialContext): QuarterlyReportFacts {
  const facts = officialFacts(year, 'report', context, quarter);
  const recorded = facts.meeting !== undefined;
  const meetingName = `Hội nghị ${quarterlyMeetingName(quarter)} năm ${year.year}`;
  const missing = [
    ...(recorded ? [] : [`Chưa có thông tin ${meetingName}: ngày, địa điểm và người ký in thành chỗ trống (${MEETING_SCREEN}, chọn «G${quarterlyMeetingName(quarter).slice(1)} ${year.year}»).`]),
    ...facts.missing,
    ...(facts.signer.name ? [] : [signerMissing(facts.signer)]),
  ];
  return { facts, recorded, missing };
}
