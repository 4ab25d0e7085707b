import { useEffect, useMemo, useState } from 'react';
import type { ClusterContext } from '../../../shared/engine/evaluate-year';
import { unitName, viDate } from '../../../shared/engine/membership';
import type { Year } from '../../../shared/model/year';
import { sortByName } from '../../../shared/base/names';
import { CRITERIA_PRESETS } from '../../../shared/presets/criteria-presets';
import { proposeNewYear, yearFromCopy, yearFromPreset, type NewYearProposal } from '../../../shared/edits/year-setup';
import { Notice, type NoticeState } from '../../components/Notice';
import { send } from '../../commands';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { loadYearOf } from '../../store/loaders';

interface Draft {
  key: string;
  previous: Year | undefined;
  proposal: NewYearProposal;
  memberIds: string[];
  leaderId: string;
  deputyId: string;
}

/** Tạo năm mới: from the previous set-up year (members follow mergers) or from a criteria table preset. */
export function NewYearPanel({ context }: { context: ClusterContext }) {
  const t = useStrings().yearSetup;
  const clusterId = useAppStore((s) => s.activeClusterId);
  const setUpYears = useAppStore((s) => s.setUpYears);
  const latest = setUpYears.at(-1);
  // The year the cluster's records point to: the one after the last set-up year, or, before any year is set up, the
  // latest year members were recorded for (a cluster entered for 2023 sets up 2023, whatever today's date).
  const recordedYears = useAppStore((s) => s.active?.years);
  const [yearText, setYearText] = useState(() => String(latest !== undefined ? latest + 1 : (recordedYears?.at(-1) ?? new Date().getFullYear())));
  const year = /^\d{4}$/u.test(yearText.trim()) ? Number(yearText.trim()) : undefined;
  const sources = setUpYears.filter((y) => year === undefined || y < year);
  // Copying the latest earlier year is the default whenever there is one; the user may pick a preset instead.
  const [modeChoice, setMode] = useState<'copy' | 'preset'>();
  const mode = modeChoice ?? (sources.length > 0 ? 'copy' : 'preset');
  const [fromChoice, setFromChoice] = useState<number>();
  const fromYear = mode === 'copy' ? (fromChoice !== undefined && sources.includes(fromChoice) ? fromChoice : sources.at(-1)) : undefined;
  const [presetId, setPresetId] = useState(CRITERIA_PRESETS[0]?.id ?? '');
  const [draft, setDraft] = useState<Draft>();
  const [notice, setNotice] = useState<NoticeState>();
  const [busy, setBusy] = useState(false);
  const key = `${year}|${fromYear}`;

  // A new year number or source starts again from the proposal (members, leader, deputy).
  useEffect(() => {
    if (year === undefined || !clusterId) return;
    let live = true;
    void (fromYear === undefined ? Promise.resolve(undefined) : loadYearOf(clusterId, fromYear)).then((previous) => {
      if (!live) return;
      const proposal = proposeNewYear({ year, previous, context });
      setDraft({ key, previous, proposal, memberIds: proposal.memberIds, leaderId: proposal.leaderId ?? '', deputyId: proposal.deputyId ?? '' });
    });
    return () => {
      live = false;
    };
  }, [year, fromYear, clusterId, context, key]);

  const units = useMemo(() => sortByName(context.units), [context.units]);
  const current = draft?.key === key ? draft : undefined;
  const offered = current ? units.filter((u) => current.proposal.offeredUnitIds.includes(u.id)) : [];
  const chosen = offered.filter((u) => current?.memberIds.includes(u.id));
  const name = (id: string) => unitName(id, context.units);

  function toggle(unitId: string, on: boolean) {
    if (!current) return;
    const memberIds = on ? [...current.memberIds, unitId] : current.memberIds.filter((id) => id !== unitId);
    setDraft({
      ...current,
      memberIds,
      leaderId: memberIds.includes(current.leaderId) ? current.leaderId : '',
      deputyId: memberIds.includes(current.deputyId) ? current.deputyId : '',
    });
  }

  async function create() {
    if (year === undefined) return setNotice({ kind: 'error', text: t.badYear });
    if (!current) return;
    const choice = { year, memberIds: current.memberIds, leaderId: current.leaderId, deputyId: current.deputyId || undefined };
    const preset = CRITERIA_PRESETS.find((x) => x.id === presetId) ?? CRITERIA_PRESETS[0];
    const made =
      current.previous && mode === 'copy'
        ? yearFromCopy(current.previous, choice, context, setUpYears)
        : preset
          ? yearFromPreset(preset, choice, context, setUpYears)
          : { ok: false as const, message: t.badYear };
    if (!made.ok) return setNotice({ kind: 'error', text: made.message });
    setBusy(true);
    const saved = await send('year-create', made.value);
    setBusy(false);
    if (saved.ok) {
      setYearText(String(year + 1));
      setMode(undefined);
    }
    setNotice(saved.ok ? { kind: 'success', text: t.created(year) } : { kind: 'error', text: saved.message });
  }

  if (context.units.length === 0) {
    return (
      <section className="card" aria-labelledby="new-year-heading">
        <h2 id="new-year-heading">{t.newYear}</h2>
        <p className="muted">{t.noUnits}</p>
      </section>
    );
  }

  return (
    <section className="card" aria-labelledby="new-year-heading">
      <h2 id="new-year-heading">{t.newYear}</h2>
      <div className="form">
        <div className="row">
          <label>
            {t.year}
            <input inputMode="numeric" value={yearText} onChange={(e) => setYearText(e.target.value)} aria-invalid={year === undefined} />
          </label>
          <label className="grow">
            {t.source}
            <select
              value={mode === 'copy' && fromYear !== undefined ? `copy-${fromYear}` : 'preset'}
              onChange={(e) => {
                const value = e.target.value;
                if (value === 'preset') setMode('preset');
                else {
                  setMode('copy');
                  setFromChoice(Number(value.slice(5)));
                }
              }}
            >
              {[...sources].reverse().map((y) => (
                <option key={y} value={`copy-${y}`}>
                  {t.copyFrom(y)}
                </option>
              ))}
              <option value="preset">{t.fromPreset}</option>
            </select>
          </label>
        </div>
        {(mode === 'preset' || fromYear === undefined) && (
          <label>
            {t.preset}
            <select value={presetId} onChange={(e) => setPresetId(e.target.value)}>
              {CRITERIA_PRESETS.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
            <span className="muted small">{CRITERIA_PRESETS.find((x) => x.id === presetId)?.description}</span>
          </label>
        )}
        {current && (
          <>
            <fieldset className="members-choice">
              <legend>
                {t.members} ({chosen.length})
              </legend>
              <p className="muted small">{t.membersHint}</p>
              {current.proposal.replaced.length > 0 && (
                <ul className="small replaced">
                  {current.proposal.replaced.map((r) => {
                    const merger = context.mergers.find((m) => m.predecessorIds.includes(r.fromId));
                    return <li key={r.fromId}>{t.replaced(name(r.fromId), name(r.toId), merger ? viDate(merger.date) : '')}</li>;
                  })}
                </ul>
              )}
              <div className="checks">
                {offered.map((u) => (
                  <label key={u.id} className="check">
                    <input type="checkbox" checked={current.memberIds.includes(u.id)} onChange={(e) => toggle(u.id, e.target.checked)} />
                    {u.name}
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="row">
              <label>
                {t.leader}
                <select aria-label={t.leader} aria-describedby="new-year-leader-why" value={current.leaderId} onChange={(e) => setDraft({ ...current, leaderId: e.target.value })}>
                  <option value="">{t.choose}</option>
                  {chosen.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name}
                    </option>
                  ))}
                </select>
                <span id="new-year-leader-why" className="muted small">
                  {current.proposal.leaderReason}
                </span>
              </label>
              <label>
                {t.deputy}
                <select aria-label={t.deputy} aria-describedby="new-year-deputy-why" value={current.deputyId} onChange={(e) => setDraft({ ...current, deputyId: e.target.value })}>
                  <option value="">{t.noDeputy}</option>
                  {chosen
                    .filter((u) => u.id !== current.leaderId)
                    .map((u) => (
                      <option key={u.id} value={u.id}>
                        {u.name}
                      </option>
                    ))}
                </select>
                <span id="new-year-deputy-why" className="muted small">
                  {current.proposal.deputyReason}
                </span>
              </label>
            </div>
          </>
        )}
        <div className="actions">
          <button type="button" className="primary" disabled={busy || !current || year === undefined} onClick={() => void create()}>
            {year === undefined ? t.newYear : t.create(year)}
          </button>
        </div>
        {notice && <Notice {...notice} />}
      </div>
    </section>
  );
}
