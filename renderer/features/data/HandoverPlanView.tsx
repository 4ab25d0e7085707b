import { useState } from 'react';
import type { Choices } from '../../../shared/interchange/handover-merge';
import { sideOf, type ClusterPlan, type RecordChange, type Side, type WholeYear } from '../../../shared/interchange/handover-plan';
import type { RecordGroup } from '../../../shared/interchange/handover-records';
import { useStrings } from '../../i18n/strings';
import { ChangeRows } from './ChangeRows';
import { when } from './when';

const PAGE = 50;

interface GroupOf {
  readonly key: string;
  readonly group: RecordGroup;
  readonly changes: RecordChange[];
}

/** Changes by group, in the order the plan lists them (the cluster's own records, then year by year). */
function grouped(changes: readonly RecordChange[], year: number | undefined): GroupOf[] {
  const out = new Map<string, GroupOf>();
  for (const c of changes) {
    if (c.year !== year) continue;
    const key = `${year ?? ''}:${c.group}`;
    const entry = out.get(key) ?? { key, group: c.group, changes: [] };
    entry.changes.push(c);
    out.set(key, entry);
  }
  return [...out.values()];
}

/** One group of differences (e.g. the scores of 2023), paged so a file with thousands of differences stays usable. */
function GroupBlock({ plan, group, choices, onChoose, whole }: { plan: ClusterPlan; group: GroupOf; choices: Choices; onChoose: (c: Choices) => void; whole: WholeYear | undefined }) {
  const t = useStrings().data.plan;
  const [shown, setShown] = useState(PAGE);
  const choosable = group.changes.filter((c) => c.choosable && !whole);
  const setAll = (side: Side) => onChoose({ ...choices, ...Object.fromEntries(choosable.map((c) => [c.choiceKey, side])) });
  return (
    <details className="plan-group" open={group.changes.length <= 20}>
      <summary>
        {t.groups[group.group]} <span className="muted">({group.changes.length})</span>
      </summary>
      {choosable.length > 1 && (
        <div className="actions plan-group-actions">
          <button type="button" onClick={() => setAll('local')}>
            {t.groupLocal}
          </button>
          <button type="button" onClick={() => setAll('file')}>
            {t.groupFile}
          </button>
        </div>
      )}
      <ChangeRows plan={plan} changes={group.changes.slice(0, shown)} choices={choices} onChoose={onChoose} whole={whole !== undefined} />
      {group.changes.length > shown && (
        <button type="button" className="plan-more" onClick={() => setShown((n) => n + PAGE)}>
          {t.more(Math.min(PAGE, group.changes.length - shown))}
        </button>
      )}
    </details>
  );
}

function WholeYearChoice({ whole, choices, onChoose }: { whole: WholeYear; choices: Choices; onChoose: (c: Choices) => void }) {
  const t = useStrings().data.plan;
  const side = choices[whole.key] ?? whole.defaultChoice;
  return (
    <div className="plan-whole">
      <p className="small">{t.wholeYear(whole.year)}</p>
      <p className="small">
        {t.newer}: <strong>{t.newerText[whole.evidence.newer]}</strong>
        {whole.evidence.at ? ` (${when(whole.evidence.at)})` : ''} {t.how[whole.evidence.by]}
      </p>
      <div role="radiogroup" aria-label={t.wholeYearChoice(whole.year)} className="plan-choice plan-choice-row">
        {(['local', 'file'] as const).map((s) => (
          <label key={s}>
            <input type="radio" name={whole.key} checked={side === s} onChange={() => onChoose({ ...choices, [whole.key]: s })} />
            {s === 'local' ? t.keep : t.take}
          </label>
        ))}
      </div>
    </div>
  );
}

/** The plan of receiving a hand-over file: per cluster, per year, per kind of record, each difference and its choice. */
export function HandoverPlanView({ plans, choices, onChoose }: { plans: readonly ClusterPlan[]; choices: Choices; onChoose: (c: Choices) => void }) {
  const t = useStrings().data;
  const existing = plans.filter((p) => p.existing);
  const all = existing.flatMap((p) => p.changes.filter((c) => c.choosable).map((c) => ({ c, p })));
  const taken = all.filter(({ c, p }) => sideOf(c, choices, p) === 'file').length;
  const keys = [...new Set(all.map(({ c }) => c.choiceKey))];
  return (
    <>
      {plans.map((plan) => (
        <section key={plan.clusterId} className="plan-cluster" aria-label={plan.name}>
          <p>{plan.existing ? t.handover.planExisting(plan.name) : t.handover.planNew(plan.name)}</p>
          {plan.existing && (
            <>
              <p className="muted small">
                {t.plan.fileMade(when(plan.fileCreatedAt))} {plan.base ? t.plan.baseKnown(plan.base.source, when(plan.base.at)) : t.plan.baseUnknown}
              </p>
              <details className="plan-rule">
                <summary className="small">{t.plan.rule.split(':')[0]}</summary>
                <p className="small muted">{t.plan.rule}</p>
              </details>
              {[undefined, ...[...new Set(plan.changes.map((c) => c.year).filter((y) => y !== undefined))]].map((year) => {
                const groups = grouped(plan.changes, year);
                if (groups.length === 0) return null;
                const whole = plan.wholeYears.find((w) => w.year === year);
                return (
                  <section key={year ?? 'cluster'} className="plan-year">
                    <h3>{year === undefined ? t.plan.clusterGroup : t.plan.yearGroup(year)}</h3>
                    {whole && <WholeYearChoice whole={whole} choices={choices} onChoose={onChoose} />}
                    {groups.map((g) => (
                      <GroupBlock key={g.key} plan={plan} group={g} choices={choices} onChoose={onChoose} whole={whole} />
                    ))}
                  </section>
                );
              })}
            </>
          )}
        </section>
      ))}
      {all.length > 0 && (
        <div className="plan-summary">
          <p>{t.plan.summary(all.length, taken)}</p>
          <div className="actions">
            <button type="button" onClick={() => onChoose(Object.fromEntries(keys.map((k) => [k, 'local' as const])))}>
              {t.plan.allLocal}
            </button>
            <button type="button" onClick={() => onChoose(Object.fromEntries(keys.map((k) => [k, 'file' as const])))}>
              {t.plan.allFile}
            </button>
            <button type="button" onClick={() => onChoose({})}>
              {t.plan.defaults}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
