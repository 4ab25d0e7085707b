import { useState } from 'react';
import { BALLOT_FIELDS, ballotOutcome, type BallotField } from '../../../shared/engine/ballots';
import { checkBallot, findBallot, recordBallot, removeBallot } from '../../../shared/edits/ballots';
import type { BallotCounts, BallotSubject } from '../../../shared/model/ballots';
import type { Year } from '../../../shared/model/year';
import { formatNumber } from '../../../shared/base/number-format';
import { useStrings } from '../../i18n/strings';
import { useYearAction } from '../../components/year-view';

type Texts = Record<BallotField, string>;
const EMPTY: Texts = { present: '', agree: '', disagree: '', abstain: '' };
const textsOf = (c: BallotCounts | undefined): Texts =>
  c ? { present: String(c.present), agree: String(c.agree), disagree: String(c.disagree), abstain: String(c.abstain) } : EMPTY;

/**
 * The four counts of one paper ballot, optionally typed twice. Counts are checked by shared/engine/ballots.ts
 * (validateBallot, through shared/edits/ballots.ts); a mismatch between the two entries is shown on each field.
 */
export function BallotForm({ year, subject, title, label }: { year: Year; subject: BallotSubject; title: string; label: string }) {
  const t = useStrings().ballots;
  const action = useYearAction();
  const stored = findBallot(year, subject);
  const [first, setFirst] = useState<Texts>(() => textsOf(stored));
  const [double, setDouble] = useState(stored?.secondEntry !== undefined);
  const [second, setSecond] = useState<Texts>(() => textsOf(stored?.secondEntry));
  const [bad, setBad] = useState<{ fields: BallotField[]; mismatched: BallotField[] }>({ fields: [], mismatched: [] });
  const labels: Texts = { present: t.present, agree: t.agree, disagree: t.disagree, abstain: t.abstain };

  function parse(texts: Texts): BallotCounts | string {
    const out: Partial<BallotCounts> = {};
    for (const f of BALLOT_FIELDS) {
      const raw = texts[f].trim();
      if (!/^\d+$/.test(raw)) return t.notAWholeNumber(labels[f], texts[f]);
      out[f] = Number(raw);
    }
    return out as BallotCounts;
  }

  function save() {
    const a = parse(first);
    const b = double ? parse(second) : undefined;
    const problem = typeof a === 'string' ? a : typeof b === 'string' ? `${t.secondEntry}: ${b}` : undefined;
    if (problem !== undefined || typeof a === 'string' || typeof b === 'string') {
      setBad({ fields: [], mismatched: [] });
      action.setNotice({ kind: 'error', text: problem ?? '' });
      return;
    }
    const check = checkBallot(year, a, b);
    setBad(check.ok ? { fields: [], mismatched: [] } : { fields: check.fields, mismatched: check.mismatchedFields });
    action.run('ballot-record', recordBallot(subject, a, b), t.saved);
  }

  const outcome = stored ? safeOutcome(stored, year) : null;
  const staleNames =
    stored && subject.kind === 'award' && stored.subject.kind === 'award' && stored.subject.unitIds.join() !== subject.unitIds.join();

  const field = (texts: Texts, set: (x: Texts) => void, f: BallotField, prefix: string, mark: boolean) => (
    <label key={f} className={mark ? 'ballot-field mismatch' : 'ballot-field'}>
      {labels[f]}
      <input
        aria-label={`${prefix}${labels[f]}`}
        aria-invalid={mark || undefined}
        inputMode="numeric"
        size={4}
        value={texts[f]}
        onChange={(e) => set({ ...texts, [f]: e.target.value })}
      />
      {mark && bad.mismatched.includes(f) && <span className="mismatch-note">{t.mismatch}</span>}
    </label>
  );

  return (
    <div className="ballot card" role="group" aria-label={label}>
      <h3>{title}</h3>
      <div className="ballot-status">
        {outcome ? (
          <span className={outcome.passed ? 'pass' : 'fail'}>
            {outcome.passed ? t.passed(formatNumber(outcome.agreePercent)) : t.failed(formatNumber(outcome.agreePercent))}
            {stored?.secondEntry && ` · ${t.confirmed}`}
          </span>
        ) : (
          <span className="muted">{t.notEntered}</span>
        )}
      </div>
      {staleNames && stored.subject.kind === 'award' && <p className="notice notice-warning small">{t.stale(stored.subject.unitIds.join(', '))}</p>}
      <div className="ballot-row">{BALLOT_FIELDS.map((f) => field(first, setFirst, f, '', bad.fields.includes(f) || bad.mismatched.includes(f)))}</div>
      <label className="check">
        <input type="checkbox" checked={double} onChange={(e) => setDouble(e.target.checked)} /> {t.doubleEntry}
      </label>
      {double && (
        <div className="ballot-row" role="group" aria-label={t.secondEntry}>
          {BALLOT_FIELDS.map((f) => field(second, setSecond, f, `${t.secondEntry}: `, bad.mismatched.includes(f)))}
        </div>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={save}>
          {t.save}
        </button>
        {stored && (
          <button type="button" className="danger" onClick={() => action.run('ballot-remove', removeBallot(stored.id), t.removed)}>
            {t.remove}
          </button>
        )}
      </div>
      {action.view}
    </div>
  );
}

function safeOutcome(counts: BallotCounts, year: Year) {
  return checkBallot(year, counts).ok ? ballotOutcome(counts, year.ruleSet.voteThreshold) : null;
}
