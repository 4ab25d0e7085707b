import { clusterVi } from './cluster';
import { gridVi } from './grid';
import { awardsVi } from './awards';
import { ballotsVi } from './ballots';
import { leadershipVi } from './leadership';
import { pledgesVi } from './pledges';
import { auditVi } from './audit';

/**
 * Vietnamese UI text — the first language of the app. One file per screen in this folder; en/ mirrors it and the
 * compiler checks that every key exists in both.
 */
export const vi = {
  appName: 'Cụm Thi Đua',
  appTagline: 'Quản lý thi đua của cụm, khối',
  nav: {
    label: 'Chức năng',
    cluster: 'Cụm & thành viên',
    entry: 'Nhập điểm',
    awards: 'Khen thưởng',
    ballots: 'Biểu quyết',
    leadership: 'Luân phiên cụm trưởng',
    pledges: 'Giao ước thi đua',
    audit: 'Nhật ký',
  },
  language: 'Ngôn ngữ',
  year: {
    choose: 'Năm',
    saveStatus: { saved: 'Đã lưu', pending: 'Đang lưu…', error: 'Chưa lưu được' },
  },
  storageNotPersistent:
    'Trình duyệt chưa cho phép lưu bền vững: dữ liệu có thể bị xóa khi máy thiếu dung lượng. Hãy sao lưu thường xuyên.',
  ...clusterVi,
  ...gridVi,
  ...awardsVi,
  ...ballotsVi,
  ...leadershipVi,
  ...pledgesVi,
  ...auditVi,
};

export type Strings = typeof vi;
