import { useState, type FormEvent } from 'react';
import type { UnitDraft } from '../../commands';
import type { Result } from '../../../shared/base/result';
import { formatYearList, parseYearList } from '../../../shared/base/year-list';
import { Notice, type NoticeState } from '../../components/Notice';
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

/** Adds a member unit or edits one: name, short name, the years it is a member, a note. */
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
  const [fields, setFields] = useState<UnitFields>(() => fieldsOf(props.initial, props.defaultYears));
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
  }

  const set = (key: keyof UnitFields) => (e: { target: { value: string } }) =>
    setFields({ ...fields, [key]: e.target.value });

  return (
    <form className="form unit-form" onSubmit={submit} aria-label={props.submitLabel}>
      <div className="row">
        <label className="grow">
          {t.members.name}
          <input name="unitName" value={fields.name} placeholder={t.members.namePlaceholder} onChange={set('name')} />
        </label>
        <label>
          {t.members.shortName}
          <input name="unitShortName" value={fields.shortName} onChange={set('shortName')} />
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
          <button type="button" onClick={props.onCancel}>
            {t.cluster.cancel}
          </button>
        )}
      </div>
      {notice && <Notice {...notice} />}
    </form>
  );
}
