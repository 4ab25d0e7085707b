/**
 * The facts an official sheet prints besides its table: the issuing body, the number line, the place and date, the
 * letter it is attached to, the signer. They come from one place per year (docs/domain.md, "What makes a document
 * safe to send up"); a fact not recorded prints as a visible blank, never as made-up text.
 */
import type { HeaderFacts, SignatureFacts } from './official-header';
import { CLUSTER_AUTHORITY, CLUSTER_LEADER_POSITION, placeDateLine, type DocumentOptions } from '../views/official-conventions';

/** What a sheet prints where a fact is missing: dots to write on. */
export const BLANK = '……………';

export interface SheetFacts {
  readonly issuerParent: string;
  readonly issuer: string;
  readonly placeDate: string;
  /** "Số: 12/DS-CTĐ" for a document of type `symbol`, with a blank where the number is not recorded. */
  readonly numberLine: (symbol: string) => string;
  /** "(Kèm theo Tờ trình số …)" under the title of the proposal list, or null where no letter is recorded. */
  readonly attachedTo: string | null;
  readonly signature: SignatureFacts;
}

export const headerFacts = (facts: SheetFacts, symbol: string): HeaderFacts => ({
  issuerParent: facts.issuerParent,
  issuer: facts.issuer,
  numberLine: facts.numberLine(symbol),
  placeDate: facts.placeDate,
});

/** The sheet facts from the signing fields of the export screen. */
export function sheetFacts(options: DocumentOptions): SheetFacts {
  const date = options.date.trim();
  return {
    issuerParent: options.leaderName,
    issuer: options.clusterName,
    placeDate: date ? placeDateLine(options.place.trim() || BLANK, date) : `${options.place.trim() || BLANK}, ngày … tháng … năm …`,
    numberLine: (symbol) => `Số: ${BLANK}/${symbol}-CTĐ`,
    attachedTo: null,
    signature: {
      authority: CLUSTER_AUTHORITY,
      position: CLUSTER_LEADER_POSITION,
      signerName: options.signerName.trim() || BLANK,
      recipients: ['Ủy ban Trung ương MTTQ Việt Nam;', 'Các đơn vị thành viên;', 'Lưu: VT.'],
    },
  };
}
