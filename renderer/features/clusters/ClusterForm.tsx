import { useState, type FormEvent } from 'react';
import type { ClusterDraft } from '../../commands';
import type { Result } from '../../../shared/base/result';
import { Notice, type NoticeState } from '../../components/Notice';
import { useStrings } from '../../i18n/strings';

/** Creates or edits a cluster (tên cụm, cấp, cơ quan tổ chức). */
export function ClusterForm(props: {
  initial?: ClusterDraft;
  submitLabel: string;
  onSubmit: (draft: ClusterDraft) => Promise<Result<unknown>>;
  onCancel?: () => void;
}) {
  const t = useStrings();
  const [draft, setDraft] = useState<ClusterDraft>(
    props.initial ?? { name: '', level: 'Tỉnh', organisingBody: '', sector: 'cụm' },
  );
  const [notice, setNotice] = useState<NoticeState>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await props.onSubmit(draft);
    setBusy(false);
    setNotice(result.ok ? { kind: 'success', text: t.cluster.saved } : { kind: 'error', text: result.message });
  }

  return (
    <form className="card form" onSubmit={submit} aria-label={props.submitLabel}>
      <label>
        {t.cluster.name}
        <input
          name="clusterName"
          value={draft.name}
          placeholder={t.cluster.namePlaceholder}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        />
      </label>
      <div className="row">
        <label>
          {t.cluster.level}
          <input
            name="clusterLevel"
            list="cluster-levels"
            value={draft.level}
            onChange={(e) => setDraft({ ...draft, level: e.target.value })}
          />
          <datalist id="cluster-levels">
            {t.cluster.levels.map((level) => (
              <option key={level} value={level} />
            ))}
          </datalist>
        </label>
        <label>
          {t.cluster.sector}
          <select
            name="clusterSector"
            value={draft.sector}
            onChange={(e) => setDraft({ ...draft, sector: e.target.value === 'khối' ? 'khối' : 'cụm' })}
          >
            <option value="cụm">{t.cluster.sectors.cụm}</option>
            <option value="khối">{t.cluster.sectors.khối}</option>
          </select>
        </label>
      </div>
      <label>
        {t.cluster.organisingBody}
        <input
          name="organisingBody"
          value={draft.organisingBody}
          placeholder={t.cluster.organisingBodyPlaceholder}
          onChange={(e) => setDraft({ ...draft, organisingBody: e.target.value })}
        />
      </label>
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
