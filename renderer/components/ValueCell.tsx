import { useState } from 'react';

export interface ValueCellProps {
  /** The stored value as the table shows it; a new one resets what is typed (the input is keyed by it). */
  readonly shown: string;
  readonly title: string | undefined;
  readonly label: string;
  /** Writes the typed text; false when it was refused (the cell is then marked invalid until corrected). */
  readonly onCommit: (text: string) => boolean;
  readonly className?: string;
  readonly placeholder?: string;
  readonly describedBy?: string | undefined;
  readonly readOnly?: boolean;
}

/**
 * One value of an entry table as typed, Excel-like: committed on Enter or on leaving the cell, Escape restores the
 * stored value. Used by the indicator values and the quarterly review's tables.
 */
export function ValueCell(props: ValueCellProps) {
  const { shown } = props;
  const [bad, setBad] = useState(false);
  return (
    <input
      key={shown}
      className={props.className ? `value-cell ${props.className}` : 'value-cell'}
      aria-label={props.label}
      aria-invalid={bad}
      aria-describedby={props.describedBy}
      inputMode="decimal"
      readOnly={props.readOnly}
      defaultValue={shown}
      placeholder={props.placeholder}
      title={props.title}
      onBlur={(e) => {
        if (e.target.value.trim() !== shown) setBad(!props.onCommit(e.target.value));
        else setBad(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') {
          e.currentTarget.value = shown;
          setBad(false);
        }
      }}
    />
  );
}
