import type { Strings } from '../vi';
import { clusterEn } from './cluster';
import { dataEn } from './data';
import { storageEn } from './storage';
import { yearSetupEn } from './year-setup';
import { criteriaEn } from './criteria';
import { indicatorsEn } from './indicators';
import { gridEn } from './grid';
import { rankingEn } from './ranking';
import { chartsEn } from './charts';
import { settingsEn } from './settings';
import { awardsEn } from './awards';
import { ballotsEn } from './ballots';
import { leadershipEn } from './leadership';
import { pledgesEn } from './pledges';
import { auditEn } from './audit';
import { excelEn } from './excel';
import { documentsEn } from './documents';
import { meetingEn } from './meeting';
import { polishEn } from './polish';
import { shellEn } from './shell';
import { yearEndEn } from './year-end';
import { formsEn } from './forms';
import { tablesEn } from './tables';
import { entryTableEn } from './entry-table';
import { targetGapsEn } from './target-gaps';
import { quarterlyEn } from './quarterly';

/** English UI text, the second language. Shape checked against the Vietnamese text. */
export const en: Strings = {
  ...shellEn,
  year: {
    choose: 'Year',
    saveStatus: { saved: 'Saved', pending: 'Saving…', error: 'Not saved' },
  },
  openFailed: (why: string) => `Could not open the app's data (${why}). Close other Cụm Thi Đua windows and open it again.`,
  storageNotPersistent:
    'The browser has not granted persistent storage: data may be evicted when the disk is short of space. Back up often.',
  ...clusterEn,
  ...dataEn,
  ...storageEn,
  ...yearSetupEn,
  ...criteriaEn,
  ...indicatorsEn,
  ...gridEn,
  ...rankingEn,
  ...chartsEn,
  ...settingsEn,
  ...excelEn,
  ...documentsEn,
  ...meetingEn,
  ...awardsEn,
  ...ballotsEn,
  ...leadershipEn,
  ...pledgesEn,
  ...auditEn,
  ...yearEndEn,
  ...formsEn,
  ...tablesEn,
  ...entryTableEn,
  ...targetGapsEn,
  ...polishEn,
  ...quarterlyEn,
};
