import { useState } from 'react';
import { applyMttqPreset, newTierId, setAwardTiers } from '../../../shared/edits/awards';
import { defaultAwardTiers, type AwardTier, type Band, type Quota } from '../../../shared/model/rules';
import { parseVietnameseNumber } from '../../../shared/base/number-parse';
import { formatNumber } from '../../../shared/base/number-format';
import { useStrings } from '../../i18n/strings';
import { useYearAction } from '../../components/year-view';
import { ActionsHeader } from '../../components/ActionsHeader';

interface Draft {
  id: string;
  name: string;
  quotaKind: Quota['kind'];
  quotaValue: string;
  minShare: string;
  band: string;
}

const toDraft = (t: AwardTier): Draft => ({
  id: t.id,
  name: t.name,
  quotaKind: t.quota.kind,
  quotaValue: t.quota.kind === 'count' ? String(t.quota.count) : t.quota.kind === 'share' ? formatNumber(t.quota.percent) : '',
  minShare: t.minSharePercent === undefined ? '' : formatNumber(t.minSharePercent),
  band: t.requiredBandId ?? '',
});

/** Award tiers of the year (hình thức khen thưởng): name, order, quota, minimum share, required band; MTTQ preset. */
export function TiersEditor({ tiers, bands }: { tiers: readonly AwardTier[]; bands: readonly Band[] }) {
  const t = useStrings().awards;
  const [drafts, setDrafts] = useState<Draft[]>(() => tiers.map(toDraft));
  const action = useYearAction();

  const update = (i: number, patch: Partial<Draft>) => setDrafts(drafts.map((d, k) => (k === i ? { ...d, ...patch } : d)));
  const move = (i: number, by: number) => {
    const next = [...drafts];
    const [item] = next.splice(i, 1);
    if (item) next.splice(i + by, 0, item);
    setDrafts(next);
  };

  function save() {
    const parsed: AwardTier[] = [];
    for (const d of drafts) {
      const num = (raw: string) => parseVietnameseNumber(raw.trim());
      let quota: Quota;
      if (d.quotaKind === 'all') quota = { kind: 'all' };
      else {
        const value = num(d.quotaValue);
        if (value === null) return action.setNotice({ kind: 'error', text: t.notANumber(d.name, d.quotaValue) });
        quota = d.quotaKind === 'count' ? { kind: 'count', count: value } : { kind: 'share', percent: value };
      }
      const tier: AwardTier = { id: d.id, name: d.name, quota };
      if (d.minShare.trim() !== '') {
        const value = num(d.minShare);
        if (value === null) return action.setNotice({ kind: 'error', text: t.notANumber(d.name, d.minShare) });
        tier.minSharePercent = value;
      }
      if (d.band) tier.requiredBandId = d.band;
      parsed.push(tier);
    }
    action.run('award-tiers-set', setAwardTiers(parsed), t.tiersSaved);
  }

  return (
    <section className="card" aria-labelledby="tiers-heading">
      <h2 id="tiers-heading">{t.tiersHeading}</h2>
      <p className="muted small">{t.tiersHint}</p>
      <table className="table compact tier-table" aria-label={t.tiersHeading}>
        <thead>
          <tr>
            <th className="num">#</th>
            <th>{t.tierName}</th>
            <th>{t.quota}</th>
            <th>{t.quotaValue}</th>
            <th>{t.minShare}</th>
            <th>{t.band}</th>
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          {drafts.map((d, i) => (
            <tr key={d.id} data-tier-id={d.id}>
              <td className="num">{i + 1}</td>
              <td>
                <input aria-label={`${t.tierName} ${i + 1}`} value={d.name} onChange={(e) => update(i, { name: e.target.value })} />
              </td>
              <td>
                <select aria-label={`${t.quota} ${i + 1}`} value={d.quotaKind} onChange={(e) => update(i, { quotaKind: e.target.value as Quota['kind'] })}>
                  {(['count', 'share', 'all'] as const).map((k) => (
                    <option key={k} value={k}>
                      {t.quotaKinds[k]}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  aria-label={`${t.quotaValue} ${i + 1}`}
                  size={5}
                  disabled={d.quotaKind === 'all'}
                  value={d.quotaKind === 'all' ? '' : d.quotaValue}
                  onChange={(e) => update(i, { quotaValue: e.target.value })}
                />
              </td>
              <td>
                <input aria-label={`${t.minShare} ${i + 1}`} size={5} value={d.minShare} onChange={(e) => update(i, { minShare: e.target.value })} />
              </td>
              <td>
                <select aria-label={`${t.band} ${i + 1}`} value={d.band} onChange={(e) => update(i, { band: e.target.value })}>
                  <option value="">{t.noBand}</option>
                  {bands.map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.name}
                    </option>
                  ))}
                </select>
              </td>
              <td className="row-actions">
                <button type="button" disabled={i === 0} onClick={() => move(i, -1)}>
                  {t.moveUp}
                </button>
                <button type="button" disabled={i === drafts.length - 1} onClick={() => move(i, 1)}>
                  {t.moveDown}
                </button>
                <button type="button" className="danger" onClick={() => setDrafts(drafts.filter((_, k) => k !== i))}>
                  {t.remove}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button
          type="button"
          onClick={() =>
            setDrafts([
              ...drafts,
              { id: newTierId(drafts.map((d) => ({ id: d.id, name: d.name, quota: { kind: 'all' } }))), name: '', quotaKind: 'count', quotaValue: '1', minShare: '', band: '' },
            ])
          }
        >
          {t.addTier}
        </button>
        <button type="button" className="primary" onClick={save}>
          {t.saveTiers}
        </button>
        <button
          type="button"
          onClick={() => {
            if (action.run('award-tiers-set', applyMttqPreset, t.presetApplied)) setDrafts(defaultAwardTiers().map(toDraft));
          }}
        >
          {t.preset}
        </button>
      </div>
      {action.view}
    </section>
  );
}
