import type { ClusterData } from '../../store';
import { useStrings } from '../../i18n/strings';

/** How many members the cluster had each year, and who led it: membership is recorded per year. */
export function MembershipByYear({ data }: { data: ClusterData }) {
  const t = useStrings();
  if (data.years.length === 0) return null;
  const nameOf = (id: string | undefined) => data.units.find((u) => u.id === id)?.name ?? '—';
  return (
    <section className="card" aria-labelledby="by-year-heading">
      <h2 id="by-year-heading">{t.members.byYear}</h2>
      <table className="table compact">
        <tbody>
          {data.years.map((year) => {
            const count = [...data.yearsByUnit.values()].filter((ys) => ys.includes(year)).length;
            const leader = data.leadership.get(year)?.leaderUnitId;
            return (
              <tr key={year}>
                <th scope="row">{year}</th>
                <td>{t.members.count(count)}</td>
                <td>{leader ? `${t.members.leaderNote}: ${nameOf(leader)}` : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
