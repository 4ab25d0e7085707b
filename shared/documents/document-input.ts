/**
 * What every official document of a year is built from, and the pieces the documents share: the facts of the year's
 * meeting record (shared/views/official-facts.ts), the legal bases in effect on the document's date
 * (shared/views/legal-citations.ts), the header block. The award list comes from shared/views/proposal-list.ts, so
 * the .xlsx list and the documents never disagree.
 */
import type { YearEvaluation } from '../engine/evaluate-year';
import type { Cluster, Unit } from '../model/units';
import type { DocumentKey } from '../model/meeting';
import type { Year } from '../model/year';
import { BLANK, dateWords, placeDateLine } from '../views/official-conventions';
import { legalBasisOn } from '../views/legal-citations';
import { MEETING_SCREEN, numberLine, officialFacts, type OfficialContext, type OfficialFacts } from '../views/official-facts';
import { formatPercent } from '../base/number-format';
import { body, headerBlock, type DocBlock, type DocLayout } from './document-model';

export interface OfficialDocumentInput {
  readonly year: Year;
  /** The engine's results of the open year (useEvaluation()); never recomputed here. */
  readonly evaluation: YearEvaluation;
  readonly units: readonly Unit[];
  /** The cluster's official order of its units, when recorded: members are listed in it (shared/engine/member-order.ts). */
  readonly memberOrder?: readonly string[] | undefined;
  /** Name ("Cụm thi đua …"), the body it reports to ("Kính gửi" of the letter), cụm or khối. */
  readonly cluster: Pick<Cluster, 'name' | 'organisingBody' | 'sector'>;
  /** Tolerance per score for the robustness annex, in hundredths (the ranking screen's choice); 0,25 when absent. */
  readonly robustnessDelta?: number;
  /**
   * Public key (hex) this installation signs hand-over files with: the minutes print its fingerprint with the
   * hand-over, for the receiving office to compare (docs/format.md, "Chữ ký và mốc niêm phong").
   */
  readonly signingKey?: string;
}

export { dateWords };

export function unitNames(units: readonly Unit[]): (id: string) => string {
  const names = new Map(units.map((u) => [u.id, u.name]));
  return (id) => names.get(id) ?? id;
}

export function shortNames(units: readonly Unit[]): (id: string) => string {
  const names = new Map(units.map((u) => [u.id, u.shortName ?? u.name]));
  return (id) => names.get(id) ?? id;
}

/** The issuing body of the year's documents: the cluster, under the unit leading it this year. */
export function contextOf(input: OfficialDocumentInput): OfficialContext {
  return {
    clusterName: input.cluster.name,
    leaderName: unitNames(input.units)(input.year.leaderId),
    ...(input.cluster.sector ? { sector: input.cluster.sector } : {}),
  };
}

/** The facts of one document of the year-end review. */
export const factsOf = (input: OfficialDocumentInput, document: DocumentKey): OfficialFacts =>
  officialFacts(input.year, document, contextOf(input));

/** 100 → "100 %", 66.67 → "66,67 %" (the engine's agree share, already rounded to hundredths of a percent). */
export const percentText = (percent: number): string => formatPercent(percent);

/** A share (1 = 100%) from shared/views/proposal-list.ts as "100%"; rounding only undoes the division by 100 there. */
export const shareText = (share: number): string => percentText(Math.round(share * 10_000) / 100);

/** "Phú Thọ", "tỉnh Phú Thọ" or a dotted blank: a recorded text, else a blank to fill in. */
export const orBlank = (text: string | null | undefined, blank = BLANK): string => (text && text.trim() ? text.trim() : blank);

/** Vietnamese list: "A", "A và B", "A, B và C". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items.at(-1) ?? ''}`;
}

/** The two-column header: issuing body, number line (when the document has one), national title, date line. */
export function documentHeader(facts: OfficialFacts, options: { numbered: boolean; placeDate?: string }): DocLayout {
  return headerBlock({
    issuerParent: facts.leaderName,
    issuer: facts.clusterName,
    placeDate: options.placeDate ?? placeDateLine(facts.placeName, facts.date),
    ...(options.numbered ? { number: numberLine(facts) } : {}),
  });
}

/**
 * The "Căn cứ …;" paragraphs of a document dated `date`: the rule set's texts in effect that day (texts not in effect
 * are left out, with a warning), then the cluster's regulation by number and date — a line with blanks when none is
 * recorded, listed in `missing`.
 */
export function legalBasisBlocks(year: Year, date: string | null, clusterName: string, notes: { missing: string[]; warnings: string[] }): DocBlock[] {
  const basis = legalBasisOn(year, date);
  notes.warnings.push(...basis.warnings, ...basis.leftOut);
  const lines = [...basis.lines];
  if (basis.regulationMissing) {
    lines.push(`Căn cứ Quy chế hoạt động của ${clusterName} số ${BLANK} ngày ${BLANK};`);
    notes.missing.push('Số và ngày ban hành quy chế hoạt động của Cụm (mục Năm & quy tắc, phần Căn cứ pháp lý).');
  }
  return lines.map((line) => body(line));
}

/** Warning shown when the evaluation still has errors: the document would carry provisional results. */
export function provisionalWarnings(evaluation: YearEvaluation): string[] {
  return evaluation.ok ? [] : ['Kết quả còn tạm tính: dữ liệu của năm còn lỗi (xem mục Xếp hạng). Sửa trước khi gửi văn bản.'];
}

/** "Họ tên chủ tọa (mục Thông tin hội nghị)." */
export const missingLine = (what: string): string => `${what} (${MEETING_SCREEN}).`;
