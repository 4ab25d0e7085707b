/**
 * The facts an official output of a year states — date and place line, number and symbol, signer, recipients,
 * enclosures — taken from the one meeting record of the year (docs/domain.md, "What makes a document safe to send
 * up": "its facts come from one place per year ... the date defaults to the meeting date, never to today"). What is
 * not recorded stays null, prints as a dotted blank (official-conventions.ts BLANK) and is listed in `missing`, so
 * the screen can say what to fill in before export. Used by the Word/PDF documents and by the Excel sheets.
 */
import type { Cluster } from '../model/units';
import type { DocumentKey, Enclosure, Meeting, MeetingKey } from '../model/meeting';
import type { Year } from '../model/year';
import { BLANK, CLUSTER_AUTHORITY, placeDateLine, placeForDateLine, type DocumentOptions } from './official-conventions';

/** The name a secretariat looks for: where each kind of fact is entered. */
export const MEETING_SCREEN = 'mục Thông tin hội nghị';

/** Document type abbreviations of Nghị định 30/2020, Phụ lục III (tờ trình TTr, biên bản BB, báo cáo BC). */
export const DOCUMENT_TYPE_SYMBOL: Record<DocumentKey, string> = {
  proposalLetter: 'TTr',
  minutes: 'BB',
  proposalList: 'DS',
  report: 'BC',
};

export const DOCUMENT_TYPE_NAME: Record<DocumentKey, string> = {
  proposalLetter: 'tờ trình',
  minutes: 'biên bản',
  proposalList: 'danh sách',
  report: 'báo cáo',
};

/** The issuer's abbreviation in a symbol: CTĐ for a cluster (cụm thi đua), KTĐ for a block (khối thi đua). */
export const issuerSymbol = (sector: Cluster['sector']): string => (sector === 'khối' ? 'KTĐ' : 'CTĐ');

export interface OfficialContext {
  readonly clusterName: string;
  /** The unit leading the cluster this year: the first line of the issuing body. */
  readonly leaderName: string;
  readonly sector?: Cluster['sector'];
}

export interface SignerFacts {
  /** Null when not recorded: a dotted blank is printed. */
  readonly name: string | null;
  /** Post in the signature block ("Cụm trưởng"): recorded, else the cluster leader's. */
  readonly position: string;
  /** "TM. CỤM THI ĐUA": recorded, else the cluster's. */
  readonly authority: string;
}

export interface OfficialFacts {
  readonly clusterName: string;
  readonly leaderName: string;
  readonly meeting: Meeting | undefined;
  readonly document: DocumentKey;
  /** ISO date of the document: its own recorded date, else the meeting's; null when neither is recorded. */
  readonly date: string | null;
  /** Place in the date line ("Phú Thọ"); null when not recorded. */
  readonly placeName: string | null;
  /** "15" when recorded; null leaves the number blank for the clerk who registers the document. */
  readonly number: string | null;
  /** "TTr-CTĐ": recorded, else the type and the issuer's abbreviations. */
  readonly symbol: string;
  readonly signer: SignerFacts;
  /** "Nơi nhận" as recorded for this document; null = the document's usual list. */
  readonly recipients: readonly string[] | null;
  readonly enclosures: readonly Enclosure[];
  /** What is not recorded and prints as a blank, one Vietnamese line each. */
  readonly missing: readonly string[];
}

/** The year-end review or one quarter's review of the year. */
export function meetingOf(year: Year, key: MeetingKey): Meeting | undefined {
  return key === 'yearEnd' ? year.yearEndReview : year.quarterlyReviews?.find((m) => m.quarter === key);
}

/**
 * The place in the date line: the recorded one, else the province or city of the meeting place ("Hội trường …,
 * tỉnh Phú Thọ" → "Phú Thọ"; Nghị định 30/2020 names the place, not the venue).
 */
export function placeNameOf(meeting: Meeting | undefined): string | null {
  if (meeting?.placeName) return meeting.placeName;
  const last = meeting?.place?.split(',').at(-1)?.trim();
  return last ? placeForDateLine(last) || null : null;
}

const clean = (text: string | undefined): string | null => (text && text.trim() ? text.trim() : null);

/** The facts of one document of one meeting, with what is missing. */
export function officialFacts(year: Year, document: DocumentKey, context: OfficialContext, meetingKey: MeetingKey = 'yearEnd'): OfficialFacts {
  const meeting = meetingOf(year, meetingKey);
  const ref = meeting?.documents?.[document];
  const date = ref?.date ?? meeting?.date ?? null;
  const placeName = placeNameOf(meeting);
  const signer: SignerFacts = {
    name: clean(meeting?.signer?.name),
    position: clean(meeting?.signer?.position) ?? CLUSTER_LEADER_POSITION_NAME[context.sector === 'khối' ? 'khối' : 'cụm'],
    authority: clean(meeting?.signer?.authority) ?? (context.sector === 'khối' ? 'TM. KHỐI THI ĐUA' : CLUSTER_AUTHORITY),
  };
  const typeName = DOCUMENT_TYPE_NAME[document];
  const missing: string[] = [];
  if (!date) missing.push(`Ngày của ${typeName} (ghi ngày hội nghị, ${MEETING_SCREEN}).`);
  if (!placeName) missing.push(`Địa danh ở dòng ngày tháng (ghi địa điểm hội nghị, ${MEETING_SCREEN}).`);
  const number = clean(ref?.number);
  if (!number) missing.push(`Số của ${typeName}: để trống cho văn thư ghi khi đăng ký văn bản, hoặc ghi ở ${MEETING_SCREEN}.`);
  return {
    clusterName: context.clusterName,
    leaderName: context.leaderName,
    meeting,
    document,
    date,
    placeName,
    number,
    symbol: clean(ref?.symbol) ?? `${DOCUMENT_TYPE_SYMBOL[document]}-${issuerSymbol(context.sector)}`,
    signer,
    recipients: ref?.recipients && ref.recipients.length > 0 ? ref.recipients : null,
    enclosures: ref?.enclosures ?? [],
    missing,
  };
}

/** The post of the leader who signs for the cluster when none is recorded. */
const CLUSTER_LEADER_POSITION_NAME = { cụm: 'Cụm trưởng', khối: 'Khối trưởng' } as const;

/** The signer's name missing, as a line of the missing list. */
export const signerMissing = (signer: SignerFacts): string =>
  `Họ tên người ký (${signer.position}), ${MEETING_SCREEN}.`;

/** "Số: 15/TTr-CTĐ", or "Số:        /TTr-CTĐ" left for the clerk (Nghị định 30/2020, Phụ lục I, ô 3). */
export function numberLine(facts: Pick<OfficialFacts, 'number' | 'symbol'>): string {
  return `Số: ${facts.number ?? '       '}/${facts.symbol}`;
}

/** "15/TTr-CTĐ" or "……/TTr-CTĐ", inside a sentence ("Kèm theo Tờ trình số …"). */
export function numberText(facts: Pick<OfficialFacts, 'number' | 'symbol'>): string {
  return `${facts.number ?? BLANK}/${facts.symbol}`;
}

/** "Phú Thọ, ngày 01 tháng 12 năm 2023", with blanks for what is missing. */
export const dateLineOf = (facts: Pick<OfficialFacts, 'placeName' | 'date'>): string => placeDateLine(facts.placeName, facts.date);

/** The same facts in the shape the Excel sheets take (empty text where a fact is missing: printed as a blank). */
export function documentOptionsOf(facts: OfficialFacts): DocumentOptions {
  return {
    clusterName: facts.clusterName,
    leaderName: facts.leaderName,
    place: facts.placeName ?? '',
    date: facts.date ?? '',
    signerName: facts.signer.name ?? '',
  };
}
