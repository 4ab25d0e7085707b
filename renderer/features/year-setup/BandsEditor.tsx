import { useState } from 'react';
import type { Band, BandBound } from '../../../shared/model/rules';
import { formatPointsShort } from '../../../shared/base/number-format';
import { parsePoints } from '../../../shared/base/number-parse';
import { fail, ok, type Result } from '../../../shared/base/result';
import { moveBand, removeBand, saveBand } from '../../../shared/edits/rules';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Notice, type NoticeState } from '../../components/Notice';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { perform } from '../../commands';
import { ActionsHeader } from '../../components/ActionsHeader';

interface BoundDraft {
  text: string;
  inclusive: boolean;
}
interface BandDraft {
  name: string;
  lower: BoundDraft;
  upper: BoundDraft;
}

const draftOf = (b?: Band): BandDraft => ({
  name: b?.name ?? '',
  lower: { text: b?.lower ? formatPointsShort(b.lower.value) : '', inclusive: b?.lower?.inclusive ?? true },
  upper: { text: b?.upper ? formatPointsShort(b.upper.value) : '', inclusive: b?.upper?.inclusive ?? false },
});

function boundOf(d: BoundDraft, what: string): Result<BandBound | undefined> {
  if (d.text.trim() === '') return ok(undefined);
  const parsed = parsePoints(d.text);
  return parsed.ok ? ok({ value: parsed.value, inclusive: d.inclusive }) : fail(`${what}: ${parsed.message}`);
}

function bandOf(id: string, d: BandDraft, labels: { lower: string; upper: string }): Result<Band> {
  const lower = boundOf(d.lower, labels.lower);
  if (!lower.ok) return lower;
  const upper = boundOf(d.upper, labels.upper);
  if (!upper.ok) return upper;
  return ok({ id, name: d.name, ...(lower.value ? { lower: lower.value } : {}), ...(upper.value ? { upper: upper.value } : {}) });
}

/** Classification bands (xếp loại): name, lower and upper bound, each inclusive or exclusive; in the order tried. */
export function BandsEditor() {
  const t = useStrings().yearSetup;
  const bands = useAppStore((s) => s.yearDoc?.ruleSet.bands) ?? [];
  const [notice, setNotice] = useState<NoticeState>();
  const [adding, setAdding] = useState(0);

  function apply(change: Parameters<typeof perform>[1]): boolean {
    const result = perform('bands-edit', change);
    setNotice(result.ok ? undefined : { kind: 'error', text: result.message });
    return result.ok;
  }

  function save(id: string, d: BandDraft): boolean {
    const band = bandOf(id, d, t);
    if (!band.ok) {
      setNotice({ kind: 'error', text: band.message });
      return false;
    }
    return apply(saveBand(band.value));
  }

  return (
    <fieldset>
      <legend>{t.bands}</legend>
      <p className="muted small">{t.bandsHint}</p>
      <table className="table compact bands" aria-label={t.bands}>
        <thead>
          <tr>
            <th>{t.bandName}</th>
            <th>{t.lower}</th>
            <th>{t.upper}</th>
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          {bands.map((band, k) => (
            <BandRow key={JSON.stringify(band)} initial={draftOf(band)} onSave={(d) => save(band.id, d)}>
              <button type="button" aria-label={`${t.up}: ${band.name}`} disabled={k === 0} onClick={() => apply(moveBand(band.id, -1))}>
                ↑
              </button>
              <button type="button" aria-label={`${t.down}: ${band.name}`} disabled={k === bands.length - 1} onClick={() => apply(moveBand(band.id, 1))}>
                ↓
              </button>
              <ConfirmButton label={t.remove} question={t.confirmRemoveBand(band.name)} yes={t.yes} no={t.no} onConfirm={() => apply(removeBand(band.id))} />
            </BandRow>
          ))}
          <BandRow key={`new-${adding}`} initial={draftOf()} adding onSave={(d) => {
              const saved = save(crypto.randomUUID(), d);
              if (saved) setAdding(adding + 1);
              return saved;
            }}
          />
        </tbody>
      </table>
      {bands.length === 0 && <p className="muted small">{t.noBands}</p>}
      {notice && <Notice {...notice} />}
    </fieldset>
  );
}

function BandRow(props: { initial: BandDraft; adding?: boolean; onSave: (d: BandDraft) => boolean; children?: React.ReactNode }) {
  const t = useStrings().yearSetup;
  const [d, setD] = useState(props.initial);
  const bound = (side: 'lower' | 'upper') => (
    <td className="band-bound">
      <select
        aria-label={`${side === 'lower' ? t.lower : t.upper} ${t.inclusive}`}
        value={d[side].inclusive ? 'in' : 'ex'}
        onChange={(e) => setD({ ...d, [side]: { ...d[side], inclusive: e.target.value === 'in' } })}
      >
        <option value="in">{side === 'lower' ? '≥' : '≤'}</option>
        <option value="ex">{side === 'lower' ? '>' : '<'}</option>
      </select>
      <input
        aria-label={side === 'lower' ? t.lower : t.upper}
        inputMode="decimal"
        value={d[side].text}
        onChange={(e) => setD({ ...d, [side]: { ...d[side], text: e.target.value } })}
      />
    </td>
  );
  return (
    <tr>
      <td>
        <input aria-label={t.bandName} placeholder={props.adding ? t.bandPlaceholder : undefined} value={d.name} onChange={(e) => setD({ ...d, name: e.target.value })} />
      </td>
      {bound('lower')}
      {bound('upper')}
      <td>
        <span className="row-actions">
          <button type="button" onClick={() => props.onSave(d)}>
            {props.adding ? t.add : t.save}
          </button>
          {props.children}
        </span>
      </td>
    </tr>
  );
}
