import { useState } from 'react';
import { Notice, type NoticeState } from '../../components/Notice';
import { useStrings } from '../../i18n/strings';
import { send } from '../../commands';
import { useAppStore } from '../../store';
import { ClusterForm } from './ClusterForm';
import { MembersPanel } from './MembersPanel';
import { MembershipByYear } from './MembershipByYear';

/** Cụm & thành viên: create or pick a cluster, edit it, and keep its member units. */
export function ClusterScreen() {
  const t = useStrings();
  const active = useAppStore((s) => s.active);
  const hasClusters = useAppStore((s) => s.clusters.length > 0);
  const [mode, setMode] = useState<'view' | 'edit' | 'create'>('view');
  const [notice, setNotice] = useState<NoticeState>();

  async function demo() {
    const result = await send('demo-load');
    setNotice(result.ok ? { kind: 'success', text: t.cluster.demoLoaded } : { kind: 'error', text: result.message });
  }

  const demoCard = (
    <div className="card demo">
      <button type="button" onClick={() => void demo()}>
        {t.cluster.loadDemo}
      </button>
      <p className="muted small">{t.cluster.loadDemoHint}</p>
      {notice && <Notice {...notice} />}
    </div>
  );

  if (!hasClusters || mode === 'create') {
    return (
      <div className="screen">
        <h1>{t.cluster.create}</h1>
        {!hasClusters && <p className="muted">{t.cluster.none}</p>}
        <ClusterForm
          submitLabel={t.cluster.create}
          onSubmit={async (draft) => {
            const result = await send('cluster-create', draft);
            if (result.ok) setMode('view');
            return result;
          }}
          {...(hasClusters ? { onCancel: () => setMode('view') } : {})}
        />
        {demoCard}
      </div>
    );
  }

  if (!active) return null;
  const { cluster } = active;
  return (
    <div className="screen">
      <div className="card cluster-summary">
        <div>
          <h1>{cluster.name}</h1>
          <p className="muted">
            {t.cluster.level}: {cluster.level} · {t.cluster.organisingBody}: {cluster.organisingBody} ·{' '}
            {t.cluster.sectors[cluster.sector]}
          </p>
        </div>
        <div className="actions">
          <button type="button" onClick={() => setMode(mode === 'edit' ? 'view' : 'edit')}>
            {t.cluster.edit}
          </button>
          <button type="button" onClick={() => setMode('create')}>
            {t.cluster.createNew}
          </button>
        </div>
      </div>
      {mode === 'edit' && (
        <ClusterForm
          key={cluster.id}
          initial={cluster}
          submitLabel={t.cluster.save}
          onSubmit={async (draft) => {
            const result = await send('cluster-update', draft);
            if (result.ok) setMode('view');
            return result;
          }}
          onCancel={() => setMode('view')}
        />
      )}
      <MembersPanel key={cluster.id} data={active} />
      <MembershipByYear data={active} />
      {demoCard}
    </div>
  );
}
