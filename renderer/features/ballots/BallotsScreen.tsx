import { useState } from 'react';
import { describeThreshold } from '../../../shared/engine/ballots';
import { finalAwards } from '../../../shared/engine/final-awards';
import { electionCandidates } from '../../../shared/engine/election';
import { recordElectionBallot } from '../../../shared/edits/leadership';
import type { BallotSubject } from '../../../shared/model/ballots';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { useEvaluation } from '../../store/evaluation';
import { LockedBanner, NoYear, nameOf, UnitSelect, useUnitNames } from '../../components/year-view';
import { BallotForm } from './BallotForm';
import './ballots.css';
import { membersInOrder } from '../../../shared/engine/member-order';

/**
 * Biểu quyết: one ballot per award proposal (after manual changes) and for next year's leader and deputy — the
 * election ballots are the election itself (docs/domain.md, "Elections and the next leader").
 */
export function BallotsScreen() {
  const t = useStrings();
  const year = useAppStore((s) => s.yearDoc);
  const evaluation = useEvaluation();
  const names = useUnitNames();
  if (!year || !evaluation) return <NoYear text={t.awards.noYear} />;
  const tiers = finalAwards(evaluation.awards, year.awardOverrides ?? []);
  const b = t.ballots;
  return (
    <div className="screen">
      <h1>{b.heading(year.year)}</h1>
      <LockedBanner text={t.awards.locked} />
      <p className="muted small">
        {b.hint} {b.threshold(describeThreshold(year.ruleSet.voteThreshold))}
      </p>
      <div className="ballot-list">
        {tiers.map((tier) => {
          const title = b.award(tier.tierName);
          if (tier.status !== 'proposed') {
            return (
              <div key={tier.tierId} className="ballot card" role="group" aria-label={title}>
                <h2>{title}</h2>
                <p className="notice notice-warning small">{b.waitingVote}</p>
              </div>
            );
          }
          if (tier.unitIds.length === 0) return null;
          const subject: BallotSubject = { kind: 'award', tierId: tier.tierId, unitIds: [...tier.unitIds] };
          return (
            <BallotForm
              key={`${year.year}-${tier.tierId}`}
              year={year}
              subject={subject}
              label={title}
              title={`${title}: ${tier.unitIds.map((id) => nameOf(names, id)).join(', ')}`}
            />
          );
        })}
        <p className="muted small">{b.candidatesHint(year.year + 1)}</p>
        <ElectionBallot key={`leader-${year.year}`} kind="leader" />
        <ElectionBallot key={`deputy-${year.year}`} kind="deputy" />
      </div>
    </div>
  );
}

/**
 * The ballot electing next year's leader or deputy. It IS the election (shared/edits/leadership.ts
 * recordElectionBallot): a ballot that passes records the election in the same step, one below the threshold is kept
 * and shown "không đạt". Only next year's members that can take the seat are offered.
 */
function ElectionBallot({ kind }: { kind: 'leader' | 'deputy' }) {
  const t = useStrings().ballots;
  const year = useAppStore((s) => s.yearDoc);
  const context = useAppStore((s) => s.clusterContext);
  const evaluation = useEvaluation();
  const names = useUnitNames();
  const seat = kind === 'leader' ? evaluation?.election.leader : evaluation?.election.deputy;
  const initial = seat?.unitId ?? (kind === 'leader' ? (evaluation?.leaderSuggestion.unitId ?? '') : '');
  const [candidate, setCandidate] = useState(initial);
  if (!year || !context || !evaluation) return null;
  const candidates = electionCandidates(year, context, kind);
  const offered = seat && !candidates.includes(seat.unitId) ? [seat.unitId, ...membersInOrder(candidates, context)] : membersInOrder(candidates, context);
  const title = kind === 'leader' ? t.leader : t.deputy;
  const next = year.year + 1;
  const elected = evaluation.election.elected;
  const won = kind === 'leader' ? elected?.leaderId : elected?.deputyId;
  const result =
    seat === null || seat === undefined
      ? undefined
      : won === seat.unitId
        ? `${t.electedAs(nameOf(names, seat.unitId), t.seat[kind], next)}${kind === 'leader' && elected?.acclaimed ? ` (${t.acclaimed})` : ''}`
        : t.notElected(t.seat[kind], next);
  return (
    <div className="election-ballot" data-seat={kind}>
      <label className="candidate">
        {title} — {t.candidate}
        <UnitSelect
          label={`${title}: ${t.candidate}`}
          value={candidate}
          onChange={setCandidate}
          unitIds={offered}
          names={names}
          empty={t.noCandidate}
        />
      </label>
      {candidate && (
        <BallotForm
          key={`${year.year}-${kind}-${candidate}`}
          year={year}
          subject={{ kind, unitId: candidate }}
          label={title}
          title={`${title}: ${nameOf(names, candidate)}`}
          record={(counts, second) => recordElectionBallot(kind, candidate, counts, second, context)}
          editName="election-record"
          result={seat?.unitId === candidate ? result : undefined}
          staleName={seat ? nameOf(names, seat.unitId) : undefined}
        />
      )}
    </div>
  );
}
