import { useState } from 'react';
import type { FormEvent } from 'react';
import { formatPoints } from '../../../shared/base/number-format';
import { parsePoints } from '../../../shared/base/number-parse';
import type { Result } from '../../../shared/base/result';
import { MAX_ROBUSTNESS_DELTA as MAX_DELTA } from '../../../shared/edits/robustness';
import type { RobustnessView } from '../../../shared/views/robustness-view';
import { Notice, type NoticeState } from '../../components/Notice';
import { useStrings } from '../../i18n/strings';

/**
 * Độ vững của thứ hạng: which award boundaries survive every score moving by up to ±δ, the smallest change that would
 * swap each adjacent pair, and the ranks each member could take (shared/views/robustness). δ is the user's choice,
 * recorded with the year (shared/edits/robustness.ts): the annex prints it, and a locked year keeps it.
 */
export function RobustnessPanel({
  view,
  delta,
  locked,
  onDelta,
}: {
  view: RobustnessView;
  delta: number;
  locked: boolean;
  onDelta: (hundredths: number) => Result<unknown>;
}) {
  const r = useStrings().ranking.robustness;
  const [text, setText] = useState(formatPoints(delta));
  const [notice, setNotice] = useState<NoticeState>();

  function apply(event: FormEvent) {
    event.preventDefault();
    const parsed = parsePoints(text);
    if (!parsed.ok) return setNotice({ kind: 'error', text: parsed.message });
    if (parsed.value < 0) return setNotice({ kind: 'error', text: r.deltaNegative });
    if (parsed.value > MAX_DELTA) return setNotice({ kind: 'error', text: r.deltaTooLarge });
    const done = onDelta(parsed.value);
    if (!done.ok) return setNotice({ kind: 'error', text: done.message });
    setNotice(undefined);
    setText(formatPoints(parsed.value));
  }

  return (
    <section className="card robustness" aria-label={r.heading}>
      <h2>{r.heading}</h2>
      <p className="muted small">{r.intro}</p>
      <form className="what-if-form" onSubmit={apply}>
        <label>
          {r.delta}
          <input value={text} inputMode="decimal" disabled={locked} onChange={(e) => setText(e.target.value)} aria-invalid={notice?.kind === 'error'} />
        </label>
        <button type="submit" disabled={locked}>
          {r.apply}
        </button>
      </form>
      <p className="muted small">{locked ? r.deltaLocked : r.deltaRecorded}</p>
      {notice && <Notice {...notice} />}
      <p className="robustness-summary">{view.summary}</p>

      <table className="table compact" aria-label={r.boundariesCaption}>
        <caption>{r.boundariesCaption}</caption>
        <thead>
          <tr>
            <th>{r.boundaryColumns.tier}</th>
            <th>{r.boundaryColumns.between}</th>
            <th>{r.boundaryColumns.state}</th>
            <th>{r.boundaryColumns.witness}</th>
          </tr>
        </thead>
        <tbody>
          {view.boundaries.map((b) => (
            <tr key={b.tierId} data-tier-id={b.tierId} data-state={b.state}>
              <td>{b.tierName}</td>
              <td>{b.betweenText}</td>
              <td>
                <span className={`badge boundary-${b.state}`}>{b.stateText}</span>
              </td>
              <td className="small">{b.witnessText ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <table className="table compact" aria-label={r.pairsCaption}>
        <caption>{r.pairsCaption}</caption>
        <thead>
          <tr>
            <th className="num">{r.pairColumns.position}</th>
            <th>{r.pairColumns.pair}</th>
            <th className="num">{r.pairColumns.gap}</th>
            <th>{r.pairColumns.score}</th>
            <th>{r.pairColumns.weight}</th>
            <th>{r.pairColumns.deciding}</th>
          </tr>
        </thead>
        <tbody>
          {view.pairs.map((p) => (
            <tr key={`${p.upperId}/${p.lowerId}`} data-pair={`${p.upperId}/${p.lowerId}`} className={p.withinDelta ? 'pair-within' : undefined}>
              <td className="num">
                {p.position}–{p.position + 1}
              </td>
              <td>
                {p.upperName} / {p.lowerName}
              </td>
              <td className="num">{p.gapText}</td>
              <td className="small">
                {p.scoreText ?? r.none} {p.scoreAlternatives > 0 && <span className="muted">{r.alternatives(p.scoreAlternatives)}</span>}
                {p.withinDelta && <span className="badge boundary-withinDelta">{r.withinDelta}</span>}
              </td>
              <td className="small">{p.weightText ?? r.none}</td>
              <td className="small">{p.decidingText || r.level}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{r.annexHint}</p>
    </section>
  );
}
