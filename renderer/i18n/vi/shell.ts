/**
 * The shell's text: the name, the navigation, the skip link and the loading and failure states. Kept apart from the
 * screens' text because it is part of the start-up chunk and paints before the rest of the app is loaded.
 */
export const shellVi = {
  appName: 'Cụm Thi Đua',
  appTagline: 'Quản lý thi đua của cụm, khối',
  nav: {
    label: 'Chức năng',
    cluster: 'Cụm & thành viên',
    year: 'Năm & quy tắc',
    criteria: 'Bảng tiêu chí',
    indicators: 'Chỉ tiêu',
    entry: 'Nhập điểm',
    ranking: 'Xếp hạng',
    charts: 'Biểu đồ',
    settings: 'Cài đặt',
    data: 'Bàn giao & sao lưu',
    awards: 'Khen thưởng',
    ballots: 'Biểu quyết',
    leadership: 'Luân phiên cụm trưởng',
    pledges: 'Giao ước thi đua',
    quarterly: 'Giao ban quý',
    audit: 'Nhật ký',
    excel: 'Xuất, nhập Excel',
    meeting: 'Thông tin hội nghị',
    documents: 'Văn bản',
  },
  shell: {
    skipToContent: 'Bỏ qua đến nội dung chính',
    loadingApp: 'Đang mở ứng dụng và dữ liệu của cụm…',
    loadingScreen: (screen: string) => `Đang mở màn hình «${screen}»…`,
    appFailed: 'Không mở được ứng dụng',
    screenFailed: (screen: string) => `Không tải được màn hình «${screen}»`,
    failureHelp:
      'Phần mã của ứng dụng cho việc này không tải được hoặc gặp lỗi khi mở. Dữ liệu đã lưu không bị ảnh hưởng. Hãy bấm «Thử lại»; nếu vẫn lỗi, đóng ứng dụng rồi mở lại hoặc cài đặt lại.',
    failureDetail: (why: string) => `Chi tiết lỗi: ${why}`,
    retry: 'Thử lại',
  },
};

export type ShellStrings = typeof shellVi;
