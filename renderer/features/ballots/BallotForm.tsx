import { useState } from 'react';
import { BALLOT_FIELDS, ballotOutcome, type BallotField } from '../../../shared/engine/ballots';
import { checkBallot, findBallot, recordBallot, removeBallot } from '../../../shared/edits/ballots';
import type { BallotCounts, BallotSubject } from '../../../shared/model/ballots';
import type { Year } from '../../../shared/model/year';
import type { Result } from '../../../shared/base/result';
import { formatPercent } from '../../../shared/base/number-format';
import { useStrings } from '../../i18n/strings';
import { nameOf, useUnitNames, useYearAction } from '../../components/year-view';
import { DraftNotice } from '../../components/DraftNotice';
import { useDraftKey, useFormDraft } from '../../components/drafts';
import type { YearEditName } from '../../commands';

type Texts = Record<BallotField, string>;
const EMPTY: Texts = { present: '', agree: '', disagree: '', abstain: '' };
const textsOf = (c: BallotCounts | undefined): Texts =>
  c ? { present: String(c.present), agree: String(c.agree), disagree: String(c.disagree), abstain: String(c.abstain) } : EMPTY;

type RecordChange = (counts: BallotCounts, secondEntry?: BallotCounts) => (year: Year) => Result<Year>;

/** An election ballot on record for another candidate is not this candidate's: it is shown, not pre-filled. */
function sameSubject(a: BallotSubject, b: BallotSubject): boolean {
  if ((a.kind === 'leader' || a.kind === 'deputy') && (b.kind === 'leader' || b.kind === 'deputy')) return a.kind === b.kind && a.unitId === b.unitId;
  return true;
}

/** The draft name of a ballot's form: one per subject (a tier, a seat and candidate). */
function draftName(subject: BallotSubject): string {
  if (subject.kind === 'award') return `ballot:award:${subject.tierId}`;
  if (subject.kind === 'leader' || subject.kind === 'deputy') return `ballot:${subject.kind}:${subject.unitId}`;
  return `ballot:${subject.kind}`;
}

/**
 * The four counts of one paper ballot, optionally typed twice. Counts are checked by shared/engine/ballots.ts
 * (validateBallot, through shared/edits/ballots.ts); a mismatch between the two entries is shown on each field.
 * `record` is the change that saves them (an election ballot is the election: shared/edits/leadership.ts); `result`
 * says what the ballot decided, under its pass / fail line.
 */
export function BallotForm(props: {
  year: Year;
  subject: BallotSubject;
  title: string;
  label: string;
  record?: RecordChange;
  /** What the audit log calls the change (an election ballot records the election). */
  editName?: YearEditName;
  result?: string | undefined;
  staleName?: string | undefined;
}) {
  const { year, subject, title, label } = props;
  const t = useStrings().ballots;
  const action = useYearAction();
  const names = useUnitNames();
  const onRecord = findBallot(year, subject);
  const stored = onRecord && sameSubject(onRecord.subject, subject) ? onRecord : undefined;
  // Counts typed but not recorded are kept as a draft (renderer/components/drafts.ts). Blind double entry
  // (docs/domain.md, ballots): the second person types the counts without seeing the first entry, which is hidden
  // once it is complete; the two are compared only when both are in.
  const draft = useFormDraft(useDraftKey(draftName(subject)), { first: textsOf(stored), second: EMPTY, double: stored?.secondEntry !== undefined });
  const { first, second, double } = draft.value;
  const setFirst = (next: Texts) => draft.set({ ...draft.value, first: next });
  const setSecond = (next: Texts) => draft.set({ ...draft.value, second: next });
  const setDouble = (next: boolean) => draft.set({ ...draft.value, double: next });
  const [phase, setPhase] = useState<'first' | 'second' | 'compare'>('first');
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

  function toSecondEntry() {
    const a = parse(first);
    if (typeof a === 'string') {
      action.setNotice({ kind: 'error', text: a });
      return;
    }
    action.setNotice(undefined);
    setSecond(EMPTY);
    setBad({ fields: [], mismatched: [] });
    setPhase('second');
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
    // Both entries are in: a mismatch is shown on both rows, side by side, to be settled against the paper.
    if (double) setPhase(check.ok ? 'first' : 'compare');
    if (action.run(props.editName ?? 'ballot-record', (props.record ?? ((x, y) => recordBallot(subject, x, y)))(a, b), t.saved)) draft.clear();
  }

  const outcome = stored ? safeOutcome(stored, year) : null;
  // A ballot is about a list of units, not their order: only another list is stale.
  const staleNames =
    stored &&
    subject.kind === 'award' &&
    stored.subject.kind === 'award' &&
    (stored.subject.unitIds.length !== subject.unitIds.length || stored.subject.unitIds.some((id) => !subject.unitIds.includes(id)));

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
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
        }}
      />
      {mark && bad.mismatched.includes(f) && <span className="mismatch-note">{t.mismatch}</span>}
    </label>
  );

  return (
    <div className="ballot card" role="group" aria-label={label}>
      <h2>{title}</h2>
      <DraftNotice restored={draft.restored} onDiscard={draft.discard} />
      <div className="ballot-status">
        {outcome ? (
          <span className={outcome.passed ? 'pass' : 'fail'}>
            {outcome.passed ? t.passed(formatPercent(outcome.agreePercent)) : t.failed(formatPercent(outcome.agreePercent))}
            {stored?.secondEntry && ` · ${t.confirmed}`}
          </span>
        ) : (
          <span className="muted">{t.notEntered}</span>
        )}
        {stored && props.result && <span className="ballot-result"> — {props.result}</span>}
      </div>
      {staleNames && stored.subject.kind === 'award' && <p className="notice notice-warning small">{t.stale(stored.subject.unitIds.map((id) => nameOf(names, id)).join(', '))}</p>}
      {onRecord && !stored && props.staleName && <p className="notice notice-warning small">{t.staleCandidate(props.staleName)}</p>}
      {phase === 'second' ? (
        <p className="muted small" role="status">
          {t.firstHidden}
        </p>
      ) : (
        <div className="ballot-row">{BALLOT_FIELDS.map((f) => field(first, setFirst, f, '', bad.fields.includes(f) || bad.mismatched.includes(f)))}</div>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={double}
          onChange={(e) => {
            setDouble(e.target.checked);
            setPhase('first');
          }}
        />{' '}
        {t.doubleEntry}
      </label>
      {double && phase !== 'first' && (
        <div className="ballot-row" role="group" aria-label={t.secondEntry}>
          {BALLOT_FIELDS.map((f) => field(second, setSecond, f, `${t.secondEntry}: `, bad.mismatched.includes(f)))}
        </div>
      )}
      <div className="actions">
        {double && phase === 'first' ? (
          <button type="button" className="primary" onClick={toSecondEntry}>
            {t.toSecondEntry}
          </button>
        ) : (
          <button type="button" className="primary" onClick={save}>
            {t.save}
          </button>
        )}
        {double && phase !== 'first' && (
          <button type="button" onClick={() => setPhase('first')}>
            {t.backToFirstEntry}
          </button>
        )}
        {onRecord && (
          <button type="button" className="danger" onClick={() => action.run('ballot-remove', removeBallot(onRecord.id), t.removed) && draft.clear()}>
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
