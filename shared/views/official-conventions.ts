/**
 * Conventions every official document of the cluster follows, whether written as a sheet (shared/excel-*.ts) or as a
 * letter, minutes or pledge (shared/official-documents-*.ts): Nghị định 30/2020/NĐ-CP's national title, motto and
 * place-and-date line, the cluster's signing authority (docs/domain.md, "Documents sent up") and who is
 * suggested as signer. One place, so the .xlsx list and the documents never disagree.
 */
import type { Year } from '../model/year';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/**
 * A visible blank to fill in by hand, printed wherever a fact is not recorded (docs/domain.md, "What makes a document
 * safe to send up": "a missing name, place, vote or number is a visible blank to fill in"): dotted, never a made-up
 * or placeholder text. BLANK for a word or a number (about 1 cm at 14 pt), BLANK_LINE for a name or a place (about 5 cm).
 */
export const BLANK = '……';
export const BLANK_LINE = '…………………';

const isIsoDate = (date: string | null | undefined): date is string => typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(date);

/** Day and month as Nghị định 30/2020, Phụ lục I writes them: days below 10 and months 1–2 with a leading zero. */
function dayMonth(isoDate: string): [string, string, string] {
  const [yyyy = '', mm = '', dd = ''] = isoDate.split('-');
  const day = Number(dd);
  const month = Number(mm);
  return [day < 10 ? `0${day}` : `${day}`, month < 3 ? `0${month}` : `${month}`, yyyy];
}

/**
 * "ngày 01 tháng 12 năm 2023"; without a recorded date "ngày ……… tháng ……… năm ………", to fill in by hand.
 */
export function dateWords(isoDate: string | null | undefined): string {
  if (!isIsoDate(isoDate)) return `ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`;
  const [day, month, year] = dayMonth(isoDate);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** "15/6/2022", "05/3/2020", "31/12/2023": a date inside a citation, with the date line's rule for leading zeros. */
export function numericDate(isoDate: string): string {
  const [day, month, year] = dayMonth(isoDate);
  return `${day}/${month.replace(/^0(?=[3-9])/u, '')}/${year}`;
}

/**
 * "Phú Thọ, ngày 01 tháng 12 năm 2023". Nghị định 30/2020, Phụ lục I: days below 10 and the months January and
 * February are written with a leading zero ("ngày 05 tháng 02"); the other months are not ("tháng 3"). A place or
 * a date that is not recorded is left as a dotted blank.
 */
export function placeDateLine(place: string | null | undefined, isoDate: string | null | undefined): string {
  const where = (place ?? '').trim() || BLANK_LINE;
  return `${where}, ${dateWords(isoDate)}`;
}

/** The part of the review place used in the date line: "tỉnh Phú Thọ" → "Phú Thọ" (the line names the place only). */
export function placeForDateLine(reviewPlace: string | undefined): string {
  return (reviewPlace ?? '').trim().replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, '');
}

/** Signature authority of the cluster (docs/domain.md, "Documents sent up"). */
export const CLUSTER_AUTHORITY = 'TM. CỤM THI ĐUA';
export const CLUSTER_LEADER_POSITION = 'CỤM TRƯỞNG';

/**
 * The signer suggested for the cluster's documents: the person who signed the year's pledge for the leader unit, else
 * empty for the user to type.
 */
export function suggestedSigner(year: Year): string {
  for (const pledge of year.pledges) {
    const s = pledge.signatories.find((x) => x.unitId === year.leaderId);
    if (s) return s.person;
  }
  return '';
}

/** The facts every official output of a year carries (issuing body, place and date line, signer). */
export interface DocumentOptions {
  readonly clusterName: string;
  /** Name of the unit leading the cluster this year (first line of the issuing body). */
  readonly leaderName: string;
  /** Place in the date line ("Phú Thọ"). */
  readonly place: string;
  /** ISO date of the document. */
  readonly date: string;
  /** Name of the cluster leader who signs. */
  readonly signerName: string;
}
