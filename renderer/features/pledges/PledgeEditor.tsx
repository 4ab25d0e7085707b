import { DateField } from '../../components/DateField';
import { savePledge } from '../../../shared/edits/pledges';
import type { Pledge, Signatory } from '../../../shared/model/pledges';
import type { Year } from '../../../shared/model/year';
import { formatNumber } from '../../../shared/base/number-format';
import { parseTargetInput } from '../../../shared/edits/pledge-targets';
import { CopyTableButton, useEntryTable } from '../../components/entry-table';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { nameOf, UnitSelect, useUnitNames, useYearAction, useMembersInOrder } from '../../components/year-view';
import { DraftNotice, escapeCloses } from '../../components/DraftNotice';
import { useDraftKey, useFormDraft } from '../../components/drafts';

/**
 * Edits one pledge or programme: date, place, commitments (one a line), per-member targets, signatories. What is
 * typed is kept as a draft until saved or cancelled (renderer/components/drafts.ts); Escape cancels.
 */
export function PledgeEditor({ year, initial, onDone }: { year: Year; initial: Pledge; onDone: () => void }) {
  const strings = useStrings();
  const t = strings.pledges;
  const names = useUnitNames();
  const members = useMembersInOrder(year.memberIds);
  const context = useAppStore((s) => s.clusterContext);
  const action = useYearAction();
  const draft = useFormDraft(useDraftKey(`pledge:${initial.id}`), {
    title: initial.title,
    date: initial.date,
    place: initial.place,
    contents: initial.contents.join('\n'),
    targets: Object.fromEntries(initial.targets.map((x) => [`${x.unitId}|${x.indicatorId}`, formatNumber(x.target)])) as Record<string, string>,
    signers: initial.signatories as Signatory[],
  });
  const { title, date, place, contents, targets, signers } = draft.value;
  const patch = (change: Partial<typeof draft.value>) => draft.set({ ...draft.value, ...change });
  const setTitle = (v: string) => patch({ title: v });
  const setDate = (v: string) => patch({ date: v });
  const setPlace = (v: string) => patch({ place: v });
  const setContents = (v: string) => patch({ contents: v });
  const setTargets = (v: Record<string, string>) => patch({ targets: v });
  const setSigners = (v: Signatory[]) => patch({ signers: v });

  function cancel() {
    draft.clear();
    onDone();
  }
  const keyOf = (unitId: string, indicatorId: string) => `${unitId}|${indicatorId}`;
  const texts = members.map((unitId) => year.indicators.map((ind) => (targets[keyOf(unitId, ind.id)] ?? '').trim()));
  // A block pasted from Excel fills the form's target fields (checked whole, previewed); «Lưu» then saves the pledge.
  const table = useEntryTable<number | null>({
    shape: { rows: members.map((id) => nameOf(names, id)), columns: year.indicators.map((ind) => ind.name) },
    texts,
    read: (raw, at) => {
      const ind = year.indicators[at.col];
      return ind ? parseTargetInput(ind, raw) : { ok: false, message: t.noIndicators };
    },
    show: (v) => (v === null ? '' : formatNumber(v)),
    apply: (cells) => {
      const next = { ...targets };
      for (const c of cells) {
        const unitId = members[c.row];
        const ind = year.indicators[c.col];
        if (unitId && ind) next[keyOf(unitId, ind.id)] = c.value === null ? '' : formatNumber(c.value);
      }
      setTargets(next);
      return { ok: true };
    },
    done: t.filledTargets,
  });

  function save() {
    const parsedTargets: Pledge['targets'] = [];
    for (const unitId of year.memberIds) {
      for (const ind of year.indicators) {
        const raw = (targets[`${unitId}|${ind.id}`] ?? '').trim();
        if (raw === '') continue;
        const value = parseTargetInput(ind, raw);
        if (!value.ok) return action.setNotice({ kind: 'error', text: `${nameOf(names, unitId)}: ${value.message}` });
        if (value.value !== null) parsedTargets.push({ unitId, indicatorId: ind.id, target: value.value });
      }
    }
    const { attachment, ...base } = initial;
    const pledge: Pledge = { ...base, title, date, place, contents: contents.split('\n'), targets: parsedTargets, signatories: signers };
    if (attachment) pledge.attachment = attachment;
    const ctx = { units: context?.units ?? [], mergers: context?.mergers ?? [] };
    if (action.run('pledge-save', savePledge(pledge, ctx), t.saved)) cancel();
  }

  return (
    <section className="card pledge-editor" aria-label={t.kinds[initial.kind]} onKeyDown={escapeCloses(cancel)}>
      <DraftNotice restored={draft.restored} onDiscard={draft.discard} />
      <div className="form">
        <label>
          {t.title}
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <div className="row">
          <DateField label={t.date} value={date} onCommit={setDate} />
          <label className="grow">
            {t.place}
            <input value={place} onChange={(e) => setPlace(e.target.value)} />
          </label>
        </div>
        <label>
          {t.contents}
          <textarea value={contents} onChange={(e) => setContents(e.target.value)} />
        </label>
        <h3>{t.targets}</h3>
        {year.indicators.length === 0 ? (
          <p className="muted small">{t.noIndicators}</p>
        ) : (
          <>
          <div className="table-tools">
            <CopyTableButton
              rows={() => [[t.unit, ...year.indicators.map((ind) => `${ind.name} (${ind.unitLabel})`)], ...year.memberIds.map((id, k) => [nameOf(names, id), ...(texts[k] ?? [])])]}
              onDone={(text, copied) => table.setStatus({ kind: copied ? 'success' : 'error', text })}
            />
            <span className="muted small">{strings.entryTable.keysHint}</span>
          </div>
          {table.view}
          <div className="table-scroll">
          <table className="table compact targets-table" aria-label={t.targets} {...table.tableProps}>
            <thead>
              <tr>
                <th>{t.unit}</th>
                {year.indicators.map((ind) => (
                  <th key={ind.id}>
                    {ind.name} ({ind.unitLabel})
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {members.map((unitId, row) => (
                <tr key={unitId}>
                  <td>{nameOf(names, unitId)}</td>
                  {year.indicators.map((ind, col) => {
                    const key = keyOf(unitId, ind.id);
                    return (
                      <td key={ind.id} {...table.cellProps(row, col)}>
                        <input
                          aria-label={`${ind.name}: ${nameOf(names, unitId)}`}
                          value={targets[key] ?? ''}
                          onChange={(e) => setTargets({ ...targets, [key]: e.target.value })}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          </div>
          </>
        )}
        <h3>{t.signatories}</h3>
        {signers.map((s, i) => (
          <div key={i} className="signer-row">
            <label>
              {t.unit}
              <UnitSelect
                value={s.unitId}
                onChange={(unitId) => setSigners(signers.map((x, k) => (k === i ? { ...x, unitId } : x)))}
                unitIds={members}
                names={names}
              />
            </label>
            <label>
              {t.person}
              <input value={s.person} onChange={(e) => setSigners(signers.map((x, k) => (k === i ? { ...x, person: e.target.value } : x)))} />
            </label>
            <label>
              {t.position}
              <input value={s.position} onChange={(e) => setSigners(signers.map((x, k) => (k === i ? { ...x, position: e.target.value } : x)))} />
            </label>
            <button type="button" onClick={() => setSigners(signers.filter((_, k) => k !== i))}>
              {t.removeSignatory}
            </button>
          </div>
        ))}
        <div className="actions">
          <button type="button" onClick={() => setSigners([...signers, { unitId: members[0] ?? '', person: '', position: '' }])}>
            {t.addSignatory}
          </button>
        </div>
        <div className="actions">
          <button type="button" className="primary" onClick={save}>
            {t.save}
          </button>
          <button type="button" onClick={cancel}>
            {t.cancel}
          </button>
        </div>
      </div>
      {action.view}
    </section>
  );
}
