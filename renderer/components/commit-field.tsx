import { useState } from 'react';
import type { YearChange } from '../../shared/edits/criteria';
import { perform, type YearEditName } from '../commands';
import { Notice, type NoticeState } from './Notice';
import { dropDraft, keepFieldDraft, readDraft, useDraftKeys } from './drafts';
import { useStrings } from '../i18n/strings';

/**
 * A text field that commits on leaving it (or Enter) through a named change of the open year. Uncontrolled and keyed by the
 * stored value: undo, redo or another panel show the stored value again, and a refused value stays typed in the
 * field beside the Vietnamese reason, so nothing the user typed is lost.
 */
export function CommitField(props: {
  label: string;
  value: string | undefined;
  onCommit: (text: string) => void;
  placeholder?: string;
  className?: string;
  disabled?: boolean;
  hint?: string;
  inputMode?: 'numeric' | 'text';
  /** Keeps what is typed as a draft under this name until the field is left (renderer/components/drafts.ts). */
  draft?: string;
}) {
  const value = props.value ?? '';
  const keyOf = useDraftKeys();
  const draftKey = props.draft ? keyOf(`field:${props.draft}`) : undefined;
  // Read once per mount: a draft left by a reload shows in the field, marked as not saved yet.
  const [kept] = useState(() => (draftKey ? readDraft(draftKey, '') : undefined));
  const restored = kept !== undefined && kept !== value && !props.disabled;
  const draftNote = useStrings().forms.fieldDraft;
  return (
    <label className={props.className}>
      {props.label}
      <input
        key={value}
        defaultValue={restored ? kept : value}
        onChange={draftKey ? (e) => keepFieldDraft(draftKey, e.target.value, value) : undefined}
        placeholder={props.placeholder}
        disabled={props.disabled}
        inputMode={props.inputMode}
        onBlur={(e) => {
          if (draftKey) dropDraft(draftKey);
          if (e.target.value !== value) props.onCommit(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
        }}
      />
      {props.hint && <span className="muted small">{props.hint}</span>}
      {restored && <span className="small field-draft">{draftNote}</span>}
    </label>
  );
}

/**
 * Performs a named change of the open year (docs/architecture.md, "Changes of the open year"): 'meeting-record' for
 * the meeting record, 'rules-edit' for the legal texts. A refusal becomes a notice shown where the user is working.
 */
export function useYearEdit(name: YearEditName): { apply: (change: YearChange) => boolean; notice: NoticeState; view: React.JSX.Element | null } {
  const [notice, setNotice] = useState<NoticeState>();
  const apply = (change: YearChange) => {
    const result = perform(name, change);
    setNotice(result.ok ? undefined : { kind: 'error', text: result.message });
    return result.ok;
  };
  return { apply, notice, view: notice ? <Notice {...notice} /> : null };
}
