import { setDocumentRef, type DocumentRefDraft } from '../../../../shared/edits/meeting';
import type { DocumentKey, Enclosure, MeetingKey } from '../../../../shared/model/meeting';
import type { Year } from '../../../../shared/model/year';
import { DOCUMENT_TYPE_SYMBOL, issuerSymbol, meetingOf } from '../../../../shared/views/official-facts';
import { useStrings } from '../../../i18n/strings';
import { useAppStore } from '../../../store';
import { DateField } from '../../../components/DateField';
import { CommitField, useYearEdit } from '../../../components/commit-field';

const ENCLOSURES: readonly Enclosure[] = ['minutes', 'achievementReports'];

/** Number, symbol, date and recipients of each document of the meeting; the letter's enclosures. */
export function DocumentNumbersCard({ year, meetingKey }: { year: Year; meetingKey: MeetingKey }) {
  const t = useStrings().meeting;
  const sector = useAppStore((s) => s.active?.cluster.sector);
  const { apply, view } = useYearEdit('meeting-record');
  const documents = meetingOf(year, meetingKey)?.documents;
  const keys: readonly DocumentKey[] = meetingKey === 'yearEnd' ? ['proposalLetter', 'minutes', 'proposalList'] : ['report'];
  const set = (key: DocumentKey, draft: DocumentRefDraft) => apply(setDocumentRef(meetingKey, key, draft));
  return (
    <section className="card" aria-labelledby="meeting-documents">
      <h2 id="meeting-documents">{t.documents}</h2>
      <p className="muted small">{t.documentsHint}</p>
      <div className="form">
        {keys.map((key) => {
          const ref = documents?.[key];
          const kind = t.documentKinds[key];
          const recipients = (ref?.recipients ?? []).join('\n');
          return (
            <fieldset key={key} className="meeting-document">
              <legend>{kind}</legend>
              <div className="row">
                <CommitField label={`${t.number} (${kind})`} value={ref?.number} inputMode="numeric" disabled={year.locked} onCommit={(v) => set(key, { number: v })} />
                <CommitField
                  label={`${t.symbol} (${kind})`}
                  value={ref?.symbol}
                  placeholder={`${DOCUMENT_TYPE_SYMBOL[key]}-${issuerSymbol(sector)}`}
                  disabled={year.locked}
                  onCommit={(v) => set(key, { symbol: v })}
                />
                <DateField label={`${t.documentDate} (${kind})`} value={ref?.date ?? ''} onCommit={(iso) => set(key, { date: iso })} />
              </div>
              <label>
                {`${t.recipients} (${kind})`}
                <textarea
                  key={recipients}
                  rows={3}
                  defaultValue={recipients}
                  disabled={year.locked}
                  onBlur={(e) => {
                    if (e.target.value !== recipients) set(key, { recipients: e.target.value.split('\n') });
                  }}
                />
              </label>
              {key === 'proposalLetter' && (
                <div className="meeting-enclosures" role="group" aria-label={t.enclosures}>
                  <span className="muted small">{t.enclosures}:</span>
                  {ENCLOSURES.map((e) => {
                    const list = ref?.enclosures ?? [];
                    return (
                      <label key={e} className="check">
                        <input
                          type="checkbox"
                          checked={list.includes(e)}
                          disabled={year.locked}
                          onChange={(ev) => set(key, { enclosures: ev.target.checked ? [...list, e] : list.filter((x) => x !== e) })}
                        />
                        {t.enclosureNames[e]}
                      </label>
                    );
                  })}
                </div>
              )}
            </fieldset>
          );
        })}
        {view}
      </div>
    </section>
  );
}
