import { setMeetingFacts, type MeetingFactsDraft } from '../../../../shared/edits/meeting';
import type { MeetingKey } from '../../../../shared/model/meeting';
import type { Year } from '../../../../shared/model/year';
import { placeNameOf, meetingOf } from '../../../../shared/views/official-facts';
import { suggestedSigner } from '../../../../shared/views/official-conventions';
import { useStrings } from '../../../i18n/strings';
import { DateField } from '../../../components/DateField';
import { CommitField, useYearEdit } from '../../../components/commit-field';

/** Date, times, place, chair, secretary and signer of one meeting: each field saved on its own. */
export function MeetingFactsCard({ year, meetingKey }: { year: Year; meetingKey: MeetingKey }) {
  const t = useStrings().meeting;
  // Each card shows its own refusals, next to the field that caused them.
  const when = useYearEdit('meeting-record');
  const who = useYearEdit('meeting-record');
  const meeting = meetingOf(year, meetingKey);
  const setWhen = (draft: MeetingFactsDraft) => when.apply(setMeetingFacts(meetingKey, draft));
  const set = (draft: MeetingFactsDraft) => who.apply(setMeetingFacts(meetingKey, draft));
  const locked = year.locked;
  const suggestedPlace = placeNameOf(meeting?.place ? { place: meeting.place } : undefined) ?? '';
  const signer = suggestedSigner(year);
  return (
    <>
      <section className="card" aria-labelledby="meeting-facts">
        <h2 id="meeting-facts">{t.facts}</h2>
        <div className="form">
          <div className="row">
            <DateField label={t.date} value={meeting?.date ?? ''} onCommit={(iso) => setWhen({ date: iso })} />
            <CommitField draft={`meeting:${meetingKey}:startTime`} label={t.startTime} value={meeting?.startTime} placeholder={t.timePlaceholder} disabled={locked} onCommit={(v) => setWhen({ startTime: v })} />
            <CommitField draft={`meeting:${meetingKey}:endTime`} label={t.endTime} value={meeting?.endTime} placeholder={t.timePlaceholder} disabled={locked} onCommit={(v) => setWhen({ endTime: v })} />
          </div>
          <div className="row">
            <CommitField draft={`meeting:${meetingKey}:place`} className="grow" label={t.place} value={meeting?.place} placeholder={t.placePlaceholder} disabled={locked} onCommit={(v) => setWhen({ place: v })} />
            <CommitField draft={`meeting:${meetingKey}:placeName`}
              label={t.placeName}
              value={meeting?.placeName}
              placeholder={suggestedPlace}
              hint={t.placeNameHint(suggestedPlace)}
              disabled={locked}
              onCommit={(v) => setWhen({ placeName: v })}
            />
          </div>
          {when.view}
        </div>
      </section>
      <section className="card" aria-labelledby="meeting-people">
        <h2 id="meeting-people">{t.people}</h2>
        <div className="form">
          <div className="row">
            <CommitField draft={`meeting:${meetingKey}:chairName`} label={t.chairName} value={meeting?.chair?.name} disabled={locked} onCommit={(v) => set({ chairName: v })} />
            <CommitField draft={`meeting:${meetingKey}:chairPosition`} className="grow" label={t.chairPosition} value={meeting?.chair?.position} disabled={locked} onCommit={(v) => set({ chairPosition: v })} />
          </div>
          <div className="row">
            <CommitField draft={`meeting:${meetingKey}:secretaryName`} label={t.secretaryName} value={meeting?.secretary?.name} disabled={locked} onCommit={(v) => set({ secretaryName: v })} />
            <CommitField draft={`meeting:${meetingKey}:secretaryPosition`} className="grow" label={t.secretaryPosition} value={meeting?.secretary?.position} disabled={locked} onCommit={(v) => set({ secretaryPosition: v })} />
          </div>
          {meetingKey === 'yearEnd' && (
            <>
              <div className="row">
                <CommitField draft={`meeting:${meetingKey}:signerName`} label={t.signerName} value={meeting?.signer?.name} disabled={locked} onCommit={(v) => set({ signerName: v })} />
                <CommitField draft={`meeting:${meetingKey}:signerPosition`}
                  label={t.signerPosition}
                  value={meeting?.signer?.position}
                  placeholder={t.signerPositionPlaceholder}
                  disabled={locked}
                  onCommit={(v) => set({ signerPosition: v })}
                />
                <CommitField draft={`meeting:${meetingKey}:signerAuthority`}
                  label={t.signerAuthority}
                  value={meeting?.signer?.authority}
                  placeholder={t.signerAuthorityPlaceholder}
                  disabled={locked}
                  onCommit={(v) => set({ signerAuthority: v })}
                />
              </div>
              {signer && !meeting?.signer?.name && !locked && (
                <div className="actions">
                  <button type="button" onClick={() => set({ signerName: signer })}>
                    {t.suggestSigner(signer)}
                  </button>
                </div>
              )}
            </>
          )}
          <CommitField draft={`meeting:${meetingKey}:note`} label={t.note} value={meeting?.note} disabled={locked} onCommit={(v) => set({ note: v })} />
          {who.view}
        </div>
      </section>
    </>
  );
}
