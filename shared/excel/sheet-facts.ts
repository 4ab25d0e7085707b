/**
 * The facts an official sheet prints besides its table — the issuing body, the number line, the place and date, the
 * letter it is attached to, the signer — from the year's one meeting record (shared/views/official-facts.ts;
 * docs/domain.md, "What makes a document safe to send up"). A fact not recorded prints as a visible blank and is
 * named in `missing`, never made up.
 *
 * The proposal list is a document of its own ("Số: …/DS-CTĐ", its recipients) and the annex of the proposal letter.
 * The summary, detail and indicator sheets are annexes only: they carry the header without a number of their own and
 * say which letter they go with ("Kèm theo Tờ trình số …"), as Nghị định 30/2020 lays out an appendix.
 */
import type { Year } from '../model/year';
import type { HeaderFacts, SignatureFacts } from './official-header';
import { BLANK_LINE, dateWords } from '../views/official-conventions';
import { MEETING_SCREEN, dateLineOf, numberLine, numberText, officialFacts, signerMissing, type OfficialContext } from '../views/official-facts';

export interface SheetContext extends OfficialContext {
  /** The body the cluster reports to ("Ủy ban Trung ương MTTQ Việt Nam"), first of the usual recipients. */
  readonly organisingBody: string;
}

export interface SheetFacts {
  readonly header: HeaderFacts;
  /** "(Kèm theo Tờ trình số 15/TTr-CTĐ ngày 01 tháng 12 năm 2023 của Cụm thi đua …)". */
  readonly attachedTo: string;
  readonly signature: SignatureFacts;
}

export interface YearSheetFacts {
  /** Facts of the proposal list, a document with its own number and recipients. */
  readonly proposalList: SheetFacts;
  /** Facts of the annex sheets (summary, details, indicators). */
  readonly annex: SheetFacts;
  /** What the annex sheets print as blanks, one Vietnamese line each (the list's own check: shared/views/official-check.ts). */
  readonly annexMissing: readonly string[];
}

/** The facts of every sheet of the year's exports, and what is missing from them. */
export function yearSheetFacts(year: Year, context: SheetContext): YearSheetFacts {
  const list = officialFacts(year, 'proposalList', context);
  const letter = officialFacts(year, 'proposalLetter', context);
  const attachedTo = `(Kèm theo Tờ trình số ${numberText(letter)} ${dateWords(letter.date)} của ${context.clusterName})`;
  const signature = (recipients: readonly string[]): SignatureFacts => ({
    authority: list.signer.authority.toLocaleUpperCase('vi'),
    position: list.signer.position.toLocaleUpperCase('vi'),
    signerName: list.signer.name ?? BLANK_LINE,
    recipients,
  });
  const header = (withNumber: boolean): HeaderFacts => ({
    issuerParent: context.leaderName,
    issuer: context.clusterName,
    numberLine: withNumber ? numberLine(list) : null,
    placeDate: dateLineOf(list),
  });
  const usualRecipients = [`${context.organisingBody};`, 'Các đơn vị thành viên;', 'Lưu: VT.'];
  // An annex has no number of its own: it lacks the list's date and place, the signer, the letter's number.
  const annexMissing = [
    ...(list.date ? [] : [`Ngày của bảng (ghi ngày hội nghị, ${MEETING_SCREEN}).`]),
    ...(list.placeName ? [] : [`Địa danh ở dòng ngày tháng (ghi địa điểm hội nghị, ${MEETING_SCREEN}).`]),
    ...(list.signer.name ? [] : [signerMissing(list.signer)]),
    ...(letter.number ? [] : [`Số của tờ trình mà bảng kèm theo («Kèm theo Tờ trình số …»), ${MEETING_SCREEN}.`]),
  ];
  return {
    proposalList: { header: header(true), attachedTo, signature: signature(list.recipients ?? usualRecipients) },
    annex: { header: header(false), attachedTo, signature: signature([]) },
    annexMissing,
  };
}
