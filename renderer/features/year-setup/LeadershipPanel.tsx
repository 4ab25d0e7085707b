import { useState } from 'react';
import type { ClusterContext } from '../../../shared/engine/evaluate-year';
import { membersInOrder } from '../../../shared/engine/member-order';
import { setLeadership } from '../../../shared/edits/year-setup';
import { Notice, type NoticeState } from '../../components/Notice';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { perform } from '../../commands';

/** Leader (cụm trưởng) and deputy (cụm phó) of the open year, among its members that still exist. */
export function LeadershipPanel({ context }: { context: ClusterContext }) {
  const t = useStrings().yearSetup;
  const year = useAppStore((s) => s.yearDoc);
  const [notice, setNotice] = useState<NoticeState>();
  if (!year) return null;
  const members = membersInOrder(year.memberIds, context).flatMap((id) => context.units.filter((u) => u.id === id));

  function apply(leaderId: string, deputyId: string | undefined) {
    const result = perform('leadership-set', setLeadership(leaderId, deputyId, context));
    setNotice(result.ok ? { kind: 'success', text: t.saved } : { kind: 'error', text: result.message });
  }

  return (
    <section className="card" aria-labelledby="leadership-heading">
      <h2 id="leadership-heading">{t.leadershipHeading(year.year)}</h2>
      <div className="form">
        <div className="row">
          <label>
            {t.leader}
            <select value={year.leaderId} onChange={(e) => apply(e.target.value, year.deputyId === e.target.value ? undefined : year.deputyId)}>
              {members.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.deputy}
            <select value={year.deputyId ?? ''} onChange={(e) => apply(year.leaderId, e.target.value || undefined)}>
              <option value="">{t.noDeputy}</option>
              {members
                .filter((u) => u.id !== year.leaderId)
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
            </select>
          </label>
        </div>
        {notice && <Notice {...notice} />}
      </div>
    </section>
  );
}
