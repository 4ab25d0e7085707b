/**
 * Pieces of an official document laid out in a sheet (Nghị định 30/2020/NĐ-CP layout, docs/domain.md,
 * "Documents sent up"): the two-column header block, the place and date line, the signature block.
 */
import type { CellModel, RowModel } from './sheet-model';
import { cell, range } from './sheet-model';
import { MOTTO, NATIONAL_TITLE } from '../views/official-conventions';

export interface HeaderBlockInput {
  /** Issuing body, first line (the unit leading the cluster this year). */
  readonly issuerParent: string;
  /** Issuing body, second line: "CỤM THI ĐUA …". */
  readonly issuer: string;
  readonly placeDate: string;
  /** Columns of the sheet; the left block takes `leftColumns`, the right block the rest. */
  readonly width: number;
  readonly leftColumns: number;
}

export interface Block {
  readonly rows: RowModel[];
  readonly merges: string[];
}

function twoBlocks(left: CellModel | null, right: CellModel | null, width: number, leftColumns: number): RowModel {
  const row: (CellModel | null)[] = Array.from({ length: width }, () => null);
  row[0] = left;
  row[leftColumns] = right;
  return row;
}

/** Rows 1–3 from `firstRow`: issuer | national title; issuer (bold) | motto; — | place and date (italic). */
export function headerBlock(input: HeaderBlockInput, firstRow: number): Block {
  const { width, leftColumns } = input;
  const rows = [
    twoBlocks(cell(input.issuerParent.toLocaleUpperCase('vi'), 'issuer'), cell(NATIONAL_TITLE, 'nationalTitle'), width, leftColumns),
    twoBlocks(cell(input.issuer.toLocaleUpperCase('vi'), 'issuerBold'), cell(MOTTO, 'motto'), width, leftColumns),
    twoBlocks(null, cell(input.placeDate, 'placeDate'), width, leftColumns),
  ];
  const merges = [0, 1, 2].flatMap((i) => [
    range(1, firstRow + i, leftColumns, firstRow + i),
    range(leftColumns + 1, firstRow + i, width, firstRow + i),
  ]);
  return { rows, merges };
}

export interface SignatureInput {
  /** "TM. CỤM THI ĐUA" */
  readonly authority: string;
  /** "CỤM TRƯỞNG" */
  readonly position: string;
  readonly signerName: string;
  /** "Nơi nhận:" list printed on the left of the signature. */
  readonly recipients: readonly string[];
  readonly width: number;
  readonly leftColumns: number;
}

/** The signature block on the right (authority, position, room to sign, name) and "Nơi nhận:" on the left. */
export function signatureBlock(input: SignatureInput, firstRow: number): Block {
  const { width, leftColumns } = input;
  const right: (CellModel | null)[] = [
    cell(input.authority, 'signatureTitle'),
    cell(input.position, 'signatureTitle'),
    null,
    null,
    null,
    cell(input.signerName.trim() || '……………………', 'signatureName'),
  ];
  const left: (CellModel | null)[] = [
    input.recipients.length > 0 ? cell('Nơi nhận:', 'recipients') : null,
    ...input.recipients.map((r) => cell(`- ${r}`, 'recipientsItem')),
  ];
  const count = Math.max(right.length, left.length);
  const rows: RowModel[] = [];
  const merges: string[] = [];
  for (let i = 0; i < count; i += 1) {
    rows.push(twoBlocks(left[i] ?? null, right[i] ?? null, width, leftColumns));
    merges.push(range(1, firstRow + i, leftColumns, firstRow + i), range(leftColumns + 1, firstRow + i, width, firstRow + i));
  }
  return { rows, merges };
}
