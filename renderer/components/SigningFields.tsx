import type { Cluster, Unit } from '../../shared/model/units';
import type { DocumentKey } from '../../shared/model/meeting';
import type { Year } from '../../shared/model/year';
import { dateLineOf, numberText, officialFacts, type OfficialFacts } from '../../shared/views/official-facts';
import { BLANK_LINE } from '../../shared/views/official-conventions';
import { useStrings } from '../i18n/strings';
import { useAppStore } from '../store';

/**
 * The facts an export prints — place and date, number, signer — as recorded once in the year's meeting record
 * (shared/views/official-facts.ts), never typed per export and never defaulting to today (docs/domain.md, "What makes
 * a document safe to send up"). The Excel list and the Word/PDF documents take the same facts.
 */
export function useOfficialFacts(year: Year, document: DocumentKey, units: readonly Unit[], cluster: Pick<Cluster, 'name' | 'sector'>): OfficialFacts {
  const leaderName = units.find((u) => u.id === year.leaderId)?.name ?? year.leaderId;
  return officialFacts(year, document, { clusterName: cluster.name, leaderName, ...(cluster.sector ? { sector: cluster.sector } : {}) });
}

/** What will be printed, read-only, with the way to the one place where it is edited. */
export function SigningFields({ facts, numbered = true, signers }: { facts: OfficialFacts; numbered?: boolean; signers?: string }) {
  const t = useStrings().meeting;
  const setSection = useAppStore((s) => s.setSection);
  const signer = signers ?? [facts.signer.authority, facts.signer.position.toLocaleUpperCase('vi'), facts.signer.name ?? BLANK_LINE].join(' / ');
  return (
    <div className="signing-facts" role="group" aria-label={t.summary}>
      <dl>
        <div>
          <dt>{t.summaryDate}</dt>
          <dd>{dateLineOf(facts)}</dd>
        </div>
        {numbered && (
          <div>
            <dt>{t.summaryNumber}</dt>
            {/* Dotted where the clerk will write the number (the printed line leaves spaces, which a screen collapses). */}
            <dd>{`Số: ${numberText(facts)}`}</dd>
          </div>
        )}
        <div>
          <dt>{t.summarySigner}</dt>
          <dd>{signer}</dd>
        </div>
      </dl>
      <button type="button" onClick={() => setSection('meeting')}>
        {t.edit}
      </button>
    </div>
  );
}
