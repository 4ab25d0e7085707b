import { useState } from 'react';
import { viDate } from '../../shared/engine/membership';

/**
 * "01/07/2025" ↔ "2025-07-01". A native date input shows the browser's order (07/01/2025 on an English-locale PC),
 * which reads as 7 January to a Vietnamese user; this field always shows day/month/year.
 */
export function isoFromVi(text: string): string {
  const t = text.trim();
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(t);
  if (vi) return `${vi[3]}-${(vi[2] ?? '').padStart(2, '0')}-${(vi[1] ?? '').padStart(2, '0')}`;
  return t;
}

const COMPLETE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/u;

export function DateField(props: { label: string; value: string; onCommit: (iso: string) => void }) {
  const shown = /^\d{4}-\d{2}-\d{2}$/u.test(props.value) ? viDate(props.value) : props.value;
  const [text, setText] = useState(shown);
  const [last, setLast] = useState(shown);
  if (shown !== last) {
    // The stored value changed (undo, another panel): show it.
    setLast(shown);
    setText(shown);
  }
  return (
    <label>
      {props.label}
      <input
        value={text}
        placeholder="dd/mm/yyyy"
        inputMode="numeric"
        onChange={(e) => {
          setText(e.target.value);
          // A complete date is taken at once (the four-digit year is typed last); anything else on leaving the field.
          if (COMPLETE.test(e.target.value.trim())) props.onCommit(isoFromVi(e.target.value));
        }}
        onBlur={() => {
          if (text !== shown) props.onCommit(isoFromVi(text));
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
        }}
      />
    </label>
  );
}
