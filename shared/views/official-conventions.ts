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
 * "Phú Thọ, ngày 01 tháng 12 năm 2023". Nghị định 30/2020, Phụ lục I: days below 10 and the months January and
 * February are written with a leading zero ("ngày 05 tháng 02"); the other months are not ("tháng 3").
 */
export function placeDateLine(place: string, isoDate: string): string {
  const [yyyy = '', mm = '', dd = ''] = isoDate.split('-');
  const day = Number(dd);
  const month = Number(mm);
  const dayText = day < 10 ? `0${day}` : `${day}`;
  const monthText = month < 3 ? `0${month}` : `${month}`;
  const where = place.trim();
  return `${where ? `${where}, ` : ''}ngày ${dayText} tháng ${monthText} năm ${yyyy}`;
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
