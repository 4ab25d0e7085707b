/**
 * The official documents of a year, built as plain data (shared/documents/document-model.ts) from the
 * year and the engine's evaluation: the proposal letter with its annex, the year-end meeting minutes and their
 * annex on the robustness of the ranking, and each
 * pledge or coordination programme of the year. One model feeds both the .docx and the print page.
 */
import { ok, type Result } from '../base/result';
import { yearInOrder } from '../engine/member-order';
import type { OfficialDocument } from './document-model';
import type { OfficialDocumentInput } from './document-input';
import { proposalLetter } from './proposal-letter';
import { meetingMinutes } from './minutes';
import { pledgeDocument } from './pledge';
import { robustnessAnnex } from './robustness-annex';

/** What the user picks: a fixed document, or one of the year's pledges by id. */
export type DocumentChoice =
  | { readonly kind: 'proposalLetter' }
  | { readonly kind: 'minutes' }
  | { readonly kind: 'robustnessAnnex' }
  | { readonly kind: 'pledge'; readonly pledgeId: string };

export function buildOfficialDocument(choice: DocumentChoice, given: OfficialDocumentInput): Result<OfficialDocument> {
  // Every list of members in a document follows the cluster's official order (docs/format.md, "Cấu trúc").
  const input = { ...given, year: yearInOrder(given.year, given) };
  switch (choice.kind) {
    case 'proposalLetter':
      return ok(proposalLetter(input));
    case 'minutes':
      return ok(meetingMinutes(input));
    case 'robustnessAnnex':
      return ok(robustnessAnnex(input, input.robustnessDelta));
    case 'pledge':
      return pledgeDocument(input, choice.pledgeId);
  }
}

/** The documents the open year can produce, in the order the screen lists them. */
export function availableDocuments(input: Pick<OfficialDocumentInput, 'year'>): DocumentChoice[] {
  return [
    { kind: 'proposalLetter' },
    { kind: 'minutes' },
    { kind: 'robustnessAnnex' },
    ...input.year.pledges.map((p) => ({ kind: 'pledge' as const, pledgeId: p.id })),
  ];
}

export const docxFileName = (doc: OfficialDocument): string => `${doc.fileStem}.docx`;

export type { OfficialDocument } from './document-model';
export type { OfficialDocumentInput } from './document-input';
