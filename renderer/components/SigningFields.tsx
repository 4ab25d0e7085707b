import { useState } from 'react';
import type { Year } from '../../shared/model/year';
import { placeForDateLine, suggestedSigner } from '../../shared/views/official-conventions';

/** Place and date of an official document and who signs it, as typed on the export screens. */
export interface Signing {
  place: string;
  /** ISO date */
  date: string;
  signer: string;
}

/**
 * The signing fields of a year's documents, defaulting to the year-end meeting's place and date and to the leader's
 * signatory of the year's pledge (shared/views/official-conventions.ts), so the Excel list and the Word documents agree.
 */
export function useSigning(year: Year): [Signing, (next: Signing) => void] {
  return useState<Signing>(() => ({
    place: placeForDateLine(year.yearEndReview?.place),
    date: year.yearEndReview?.date ?? new Date().toISOString().slice(0, 10),
    signer: suggestedSigner(year),
  }));
}

export function SigningFields(props: {
  value: Signing;
  onChange: (next: Signing) => void;
  labels: { place: string; date: string; signer: string; signerPlaceholder: string };
}) {
  const { value, onChange, labels } = props;
  return (
    <div className="row">
      <label>
        {labels.place}
        <input value={value.place} onChange={(e) => onChange({ ...value, place: e.target.value })} />
      </label>
      <label>
        {labels.date}
        <input type="date" value={value.date} onChange={(e) => onChange({ ...value, date: e.target.value })} />
      </label>
      <label className="grow">
        {labels.signer}
        <input value={value.signer} placeholder={labels.signerPlaceholder} onChange={(e) => onChange({ ...value, signer: e.target.value })} />
      </label>
    </div>
  );
}
