import { setAchievementSummary } from '../../../../shared/edits/meeting';
import type { Year } from '../../../../shared/model/year';
import { useStrings } from '../../../i18n/strings';
import { nameOf, useUnitNames, useMembersInOrder } from '../../../components/year-view';
import { useYearEdit } from '../../../components/commit-field';

/** Each member's short achievement summary, printed in the annex of the proposal letter and the Excel list. */
export function AchievementsCard({ year }: { year: Year }) {
  const t = useStrings().meeting;
  const names = useUnitNames();
  const members = useMembersInOrder(year.memberIds);
  const { apply, view } = useYearEdit('meeting-record');
  const stored = new Map((year.yearEndReview?.achievements ?? []).map((a) => [a.unitId, a.text]));
  return (
    <section className="card" aria-labelledby="meeting-achievements">
      <h2 id="meeting-achievements">{t.achievements}</h2>
      <p className="muted small">{t.achievementsHint}</p>
      <div className="form">
        {members.map((id) => {
          const text = stored.get(id) ?? '';
          const unit = nameOf(names, id);
          return (
            <label key={id}>
              {unit}
              <textarea
                key={text}
                rows={2}
                defaultValue={text}
                disabled={year.locked}
                onBlur={(e) => {
                  if (e.target.value !== text) apply(setAchievementSummary('yearEnd', id, e.target.value, unit));
                }}
              />
            </label>
          );
        })}
        {view}
      </div>
    </section>
  );
}
