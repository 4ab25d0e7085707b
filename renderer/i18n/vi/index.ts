import { clusterVi } from './cluster';

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
  },
  language: 'Ngôn ngữ',
  year: {
    choose: 'Năm',
    saveStatus: { saved: 'Đã lưu', pending: 'Đang lưu…', error: 'Chưa lưu được' },
  },
  storageNotPersistent:
    'Trình duyệt chưa cho phép lưu bền vững: dữ liệu có thể bị xóa khi máy thiếu dung lượng. Hãy sao lưu thường xuyên.',
  ...clusterVi,
};

export type Strings = typeof vi;
