/**
 * The official documents of a year, built as plain data (shared/documents/document-model.ts) from the
 * year and the engine's evaluation: the proposal letter with its annex, the year-end meeting minutes, and each
 * pledge or coordination programme of the year. One model feeds both the .docx and the print page.
 */
import { ok, type Result } from '../base/result';
import type { OfficialDocument } from './document-model';
import type { OfficialDocumentInput } from './document-input';
import { proposalLetter } from './proposal-letter';
import { meetingMinutes } from './minutes';
import { pledgeDocument } from './pledge';

/** What the user picks: a fixed document, or one of the year's pledges by id. */
export type DocumentChoice = { readonly kind: 'proposalLetter' } | { readonly kind: 'minutes' } | { readonly kind: 'pledge'; readonly pledgeId: string };

export function buildOfficialDocument(choice: DocumentChoice, input: OfficialDocumentInput): Result<OfficialDocument> {
  switch (choice.kind) {
    case 'proposalLetter':
      return ok(proposalLetter(input));
    case 'minutes':
      return ok(meetingMinutes(input));
    case 'pledge':
      return pledgeDocument(input, choice.pledgeId);
  }
}

/** The documents the open year can produce, in the order the screen lists them. */
export function availableDocuments(input: Pick<OfficialDocumentInput, 'year'>): DocumentChoice[] {
  return [
    { kind: 'proposalLetter' },
    { kind: 'minutes' },
    ...input.year.pledges.map((p) => ({ kind: 'pledge' as const, pledgeId: p.id })),
  ];
}

export const docxFileName = (doc: OfficialDocument): string => `${doc.fileStem}.docx`;

export type { OfficialDocument } from './document-model';
export type { OfficialDocumentInput } from './document-input';
