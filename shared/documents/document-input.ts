/**
 * What every official document of a year is built from, and the small pieces the three documents share. The header
 * data (issuer, place and date line) and the award list come from the Excel export's modules (shared/excel/official-header.ts,
 * shared/excel/proposal-sheet.ts) so the .xlsx list and the documents never disagree.
 */
import type { YearEvaluation } from '../engine/evaluate-year';
import type { DocumentOptions } from '../views/official-conventions';
import type { Unit } from '../model/units';
import type { Year } from '../model/year';
import { placeDateLine } from '../views/official-conventions';
import { formatNumber } from '../base/number-format';
import { headerBlock, type DocLayout } from './document-model';

export interface OfficialDocumentInput {
  readonly year: Year;
  /** The engine's results of the open year (useEvaluation()); never recomputed here. */
  readonly evaluation: YearEvaluation;
  readonly units: readonly Unit[];
  /** The body the cluster reports to ("Ủy ban Trung ương MTTQ Việt Nam"): "Kính gửi" of the proposal letter. */
  readonly organisingBody: string;
  /** Cluster name, leader unit, place and date of the document, signer: the same fields as the Excel list. */
  readonly document: DocumentOptions;
  /**
   * Public key (hex) this installation signs hand-over files with: the minutes print its fingerprint with the
   * hand-over, for the receiving office to compare (docs/format.md, "Chữ ký và mốc niêm phong").
   */
  readonly signingKey?: string;
}

/**
 * Symbol of the number line (Nghị định 30/2020, Phụ lục III): type abbreviation, then the issuer's abbreviation
 * ("CTĐ", cụm thi đua). The number itself is left blank: the clerk gives it when the document is registered.
 */
export const numberLine = (typeAbbreviation: string): string => `Số:        /${typeAbbreviation}-CTĐ`;

export function unitNames(units: readonly Unit[]): (id: string) => string {
  const names = new Map(units.map((u) => [u.id, u.name]));
  return (id) => names.get(id) ?? id;
}

export function shortNames(units: readonly Unit[]): (id: string) => string {
  const names = new Map(units.map((u) => [u.id, u.shortName ?? u.name]));
  return (id) => names.get(id) ?? id;
}

/** "ngày 01 tháng 12 năm 2023" (the date line's rule, without the place). */
export const dateWords = (isoDate: string): string => placeDateLine('', isoDate);

/** 100 → "100%", 66.67 → "66,67%" (the engine's agree share, already rounded to hundredths of a percent). */
export const percentText = (percent: number): string => `${formatNumber(percent)}%`;

/** A share (1 = 100%) from shared/excel/proposal-sheet.ts as "100%"; rounding only undoes the division by 100 there. */
export const shareText = (share: number): string => percentText(Math.round(share * 10_000) / 100);

/** The legal basis of the rule set as a "Căn cứ …;" line. */
export function legalBasisLine(year: Year): string | null {
  const basis = year.ruleSet.legalBasis.trim();
  return basis ? `Căn cứ ${basis.replace(/[.;]+$/u, '')};` : null;
}

export function documentHeader(input: OfficialDocumentInput, placeDate: string, number?: string): DocLayout {
  const { document } = input;
  return headerBlock({
    issuerParent: document.leaderName,
    issuer: document.clusterName,
    placeDate,
    ...(number ? { number } : {}),
  });
}

/** Warning shown when the evaluation still has errors: the document would carry provisional results. */
export function provisionalWarnings(evaluation: YearEvaluation): string[] {
  return evaluation.ok ? [] : ['Kết quả còn tạm tính: dữ liệu của năm còn lỗi (xem mục Xếp hạng). Sửa trước khi gửi văn bản.'];
}
