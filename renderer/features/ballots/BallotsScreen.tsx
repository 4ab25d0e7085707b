import { useState } from 'react';
import { describeThreshold } from '../../../shared/engine/ballots';
import { finalAwards } from '../../../shared/engine/final-awards';
import { findBallot } from '../../../shared/edits/ballots';
import type { BallotSubject } from '../../../shared/model/ballots';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { useEvaluation } from '../../store/evaluation';
import { LockedBanner, NoYear, nameOf, UnitSelect, useUnitNames } from '../../components/year-view';
import { BallotForm } from './BallotForm';
import './ballots.css';

/** Biểu quyết: one ballot per award proposal (after manual changes) and for next year's leader and deputy. */
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
                <h3>{title}</h3>
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
        <ElectionBallot kind="leader" />
        <ElectionBallot kind="deputy" />
      </div>
    </div>
  );
}

function ElectionBallot({ kind }: { kind: 'leader' | 'deputy' }) {
  const t = useStrings().ballots;
  const year = useAppStore((s) => s.yearDoc);
  const evaluation = useEvaluation();
  const names = useUnitNames();
  const stored = year ? findBallot(year, { kind, unitId: '' }) : undefined;
  const initial =
    (stored?.subject.kind === kind ? stored.subject.unitId : undefined) ??
    (kind === 'leader' ? (year?.election?.leaderId ?? evaluation?.nextLeader?.unitId) : year?.election?.deputyId) ??
    '';
  const [candidate, setCandidate] = useState(initial);
  if (!year) return null;
  const title = kind === 'leader' ? t.leader : t.deputy;
  return (
    <div>
      <label className="candidate">
        {title} — {t.candidate}
        <UnitSelect
          label={`${title}: ${t.candidate}`}
          value={candidate}
          onChange={setCandidate}
          unitIds={year.memberIds}
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
        />
      )}
    </div>
  );
}
