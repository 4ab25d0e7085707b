import type { Year } from '../../shared/model/year';
import { SigningFields, useOfficialFacts } from './SigningFields';
import { useStrings } from '../i18n/strings';
import { useAppStore } from '../store';

/** On the award screen: the facts the proposal letter and list will print, and the way to the meeting record. */
export function MeetingFactsLink({ year }: { year: Year }) {
  const t = useStrings().meeting;
  const units = useAppStore((s) => s.clusterContext?.units);
  const cluster = useAppStore((s) => s.active?.cluster);
  const facts = useOfficialFacts(year, 'proposalLetter', units ?? [], cluster ?? { name: '' });
  return (
    <section className="card" aria-labelledby="meeting-link">
      <h2 id="meeting-link">{t.summary}</h2>
      <SigningFields facts={facts} />
      {facts.missing.length > 0 && <p className="muted small">{t.missingCount(facts.missing.length)}</p>}
    </section>
  );
}
