import { clusterVi } from './cluster';
import { dataVi } from './data';
import { storageVi } from './storage';
import { yearSetupVi } from './year-setup';
import { criteriaVi } from './criteria';
import { indicatorsVi } from './indicators';
import { gridVi } from './grid';
import { rankingVi } from './ranking';
import { chartsVi } from './charts';
import { settingsVi } from './settings';
import { awardsVi } from './awards';
import { ballotsVi } from './ballots';
import { leadershipVi } from './leadership';
import { pledgesVi } from './pledges';
import { auditVi } from './audit';
import { excelVi } from './excel';
import { documentsVi } from './documents';
import { meetingVi } from './meeting';
import { polishVi } from './polish';
import { shellVi } from './shell';
import { yearEndVi } from './year-end';
import { formsVi } from './forms';
import { tablesVi } from './tables';
import { entryTableVi } from './entry-table';
import { targetGapsVi } from './target-gaps';
import { quarterlyVi } from './quarterly';

/**
 * Vietnamese UI text — the first language of the app. One file per screen in this folder; en/ mirrors it and the
 * compiler checks that every key exists in both.
 */
export const vi = {
  ...shellVi,
  year: {
    choose: 'Năm',
    saveStatus: { saved: 'Đã lưu', pending: 'Đang lưu…', error: 'Chưa lưu được' },
  },
  openFailed: (why: string) => `Không mở được dữ liệu của ứng dụng (${why}). Đóng các cửa sổ Cụm Thi Đua khác rồi mở lại.`,
  storageNotPersistent:
    'Trình duyệt chưa cho phép lưu bền vững: dữ liệu có thể bị xóa khi máy thiếu dung lượng. Hãy sao lưu thường xuyên.',
  ...clusterVi,
  ...dataVi,
  ...storageVi,
  ...yearSetupVi,
  ...criteriaVi,
  ...indicatorsVi,
  ...gridVi,
  ...rankingVi,
  ...chartsVi,
  ...settingsVi,
  ...excelVi,
  ...documentsVi,
  ...meetingVi,
  ...awardsVi,
  ...ballotsVi,
  ...leadershipVi,
  ...pledgesVi,
  ...auditVi,
  ...yearEndVi,
  ...formsVi,
  ...tablesVi,
  ...entryTableVi,
  ...targetGapsVi,
  ...polishVi,
  ...quarterlyVi,
};

export type Strings = typeof vi;
