import type { MeetingKey } from '../../../../shared/model/meeting';
import { useStrings } from '../../../i18n/strings';
import { useAppStore } from '../../../store';
import { LegalTextsPanel } from '../../../components/LegalTextsPanel';
import { AchievementsCard } from './AchievementsCard';
import { AttendanceCard } from './AttendanceCard';
import { DocumentNumbersCard } from './DocumentNumbersCard';
import { MeetingFactsCard } from './MeetingFactsCard';
import './meeting.css';

const KEYS: readonly MeetingKey[] = ['yearEnd', 'Q1', 'Q2', 'Q3', 'Q4'];

/**
 * Thông tin hội nghị: the one record of a year's year-end review (and of each quarterly review) that every document
 * and workbook takes its facts from (docs/domain.md, "What makes a document safe to send up"), and the legal texts
 * the documents may cite. Every change goes through perform() with a pure edit from shared/edits/meeting.ts.
 */
export function MeetingScreen() {
  const strings = useStrings();
  const t = strings.meeting;
  const year = useAppStore((s) => s.yearDoc);
  // In the store, not the screen: a quarter's report opens this screen on its own quarter.
  const key = useAppStore((s) => s.meetingKey);
  const setKey = useAppStore((s) => s.showMeeting);
  if (!year) {
    return (
      <div className="screen">
        <h1>{strings.nav.meeting}</h1>
        <p className="muted">{t.noYear}</p>
      </div>
    );
  }
  return (
    <div className="screen meeting-screen" key={year.year}>
      <h1>{t.heading(year.year)}</h1>
      <p className="muted small">{t.hint}</p>
      {year.locked && <p className="notice notice-warning small">{t.locked}</p>}
      <label className="meeting-which">
        {t.which}
        <select value={key} onChange={(e) => setKey(KEYS.find((k) => k === e.target.value) ?? 'yearEnd')}>
          {KEYS.map((k) => (
            <option key={k} value={k}>
              {t.kinds[k]} {year.year}
            </option>
          ))}
        </select>
      </label>
      <MeetingFactsCard year={year} meetingKey={key} />
      <AttendanceCard year={year} meetingKey={key} />
      <DocumentNumbersCard year={year} meetingKey={key} />
      {key === 'yearEnd' && <AchievementsCard year={year} />}
      {key === 'yearEnd' && <LegalTextsPanel year={year} />}
    </div>
  );
}
