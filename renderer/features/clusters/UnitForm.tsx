import { useId, useState, type FormEvent } from 'react';
import type { UnitDraft } from '../../commands';
import type { Result } from '../../../shared/base/result';
import { formatYearList, parseYearList } from '../../../shared/base/year-list';
import { proposeShortName } from '../../../shared/base/short-names';
import { Notice, type NoticeState } from '../../components/Notice';
import { DraftNotice, escapeCloses } from '../../components/DraftNotice';
import { useDraftKey, useFormDraft } from '../../components/drafts';
import { useStrings } from '../../i18n/strings';

interface UnitFields {
  name: string;
  shortName: string;
  years: string;
  note: string;
}

function fieldsOf(draft: UnitDraft | undefined, defaultYears: readonly number[]): UnitFields {
  return {
    name: draft?.name ?? '',
    shortName: draft?.shortName ?? '',
    years: formatYearList(draft?.years ?? defaultYears),
    note: draft?.note ?? '',
  };
}

/**
 * Adds a member unit or edits one: name, short name, the years it is a member, a note. What is typed is kept as a
 * draft until saved (renderer/components/drafts.ts); Escape cancels an edit.
 */
export function UnitForm(props: {
  initial?: UnitDraft;
  /** Pre-filled years for a new unit: the cluster's latest year. */
  defaultYears: readonly number[];
  submitLabel: string;
  onSubmit: (draft: UnitDraft) => Promise<Result<unknown>>;
  successText: (name: string) => string;
  onCancel?: () => void;
}) {
  const t = useStrings();
  const draftKey = useDraftKey(props.initial ? `unit-edit:${props.initial.name}` : 'unit-new', 'cluster');
  const draft = useFormDraft<UnitFields>(draftKey, fieldsOf(props.initial, props.defaultYears));
  const fields = draft.value;
  const setFields = draft.set;
  const [notice, setNotice] = useState<NoticeState>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const years = parseYearList(fields.years);
    if (!years.ok) {
      setNotice({ kind: 'error', text: years.message });
      return;
    }
    setBusy(true);
    const result = await props.onSubmit({ ...fields, years: years.value });
    setBusy(false);
    if (!result.ok) {
      setNotice({ kind: 'error', text: result.message });
      return;
    }
    setNotice({ kind: 'success', text: props.successText(fields.name.trim()) });
    // A new unit clears the form for the next one; an edited unit keeps what was saved.
    if (!props.initial) setFields(fieldsOf(undefined, years.value));
    draft.clear();
  }

  function cancel() {
    draft.clear();
    props.onCancel?.();
  }

  // The proposal is shown, never stored by itself: an empty field keeps showing it (shared/base/short-names.ts).
  const proposed = proposeShortName(fields.name) || '—';
  const hintId = `unit-short-hint-${useId()}`;

  const set = (key: keyof UnitFields) => (e: { target: { value: string } }) =>
    setFields({ ...fields, [key]: e.target.value });

  return (
    <form className="form unit-form" onSubmit={submit} aria-label={props.submitLabel} onKeyDown={props.onCancel ? escapeCloses(cancel) : undefined}>
      <DraftNotice restored={draft.restored} onDiscard={draft.discard} />
      <div className="row">
        <label className="grow">
          {t.members.name}
          <input name="unitName" value={fields.name} placeholder={t.members.namePlaceholder} onChange={set('name')} />
        </label>
        <label>
          {t.members.shortName}
          <input
            name="unitShortName"
            value={fields.shortName}
            placeholder={proposed}
            aria-describedby={hintId}
            onChange={set('shortName')}
          />
          <span id={hintId} className="small muted field-hint">
            {t.members.shortNameHint(proposed)}
          </span>
        </label>
      </div>
      <div className="row">
        <label>
          {t.members.years}
          <input name="unitYears" value={fields.years} placeholder={t.members.yearsPlaceholder} onChange={set('years')} />
        </label>
        <label className="grow">
          {t.members.note}
          <input name="unitNote" value={fields.note} onChange={set('note')} />
        </label>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" onClick={cancel}>
            {t.cluster.cancel}
          </button>
        )}
      </div>
      {notice && <Notice {...notice} />}
    </form>
  );
}
