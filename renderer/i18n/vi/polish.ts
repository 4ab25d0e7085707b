/** Vietnamese text of the shared controls: the file chooser, the storage banner and the help panel (Hướng dẫn). */
export const polishVi = {
  files: {
    choose: 'Chọn tệp…',
    noneChosen: 'Chưa chọn tệp',
  },
  storageBanner: {
    dismiss: 'Đã hiểu, không nhắc lại',
  },
  yearLocked: {
    adjustments: 'Năm đã khóa: các mục điểm thưởng, điểm trừ chỉ để xem; mở khóa ở mục Nhật ký để sửa.',
  },
  help: {
    open: 'Hướng dẫn',
    openTitle: 'Mở hướng dẫn sử dụng cho màn hình này',
    heading: 'Hướng dẫn sử dụng',
    close: 'Đóng hướng dẫn',
    wholeGuide: 'Xem toàn bộ hướng dẫn',
    thisScreen: 'Phần dành cho màn hình này',
  },
};

export type PolishStrings = typeof polishVi;
