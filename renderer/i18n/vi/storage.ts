/** Vietnamese text of what the shell says about storage: a refused save, a second window, the export reminder. */
export const storageVi = {
  storage: {
    fault: {
      titleStorage: 'Chưa lưu được dữ liệu',
      titleStale: 'Chưa lưu: năm này vừa được ghi ở nơi khác',
      notSaved: (what: string) => `${what} chưa được lưu.`,
      changesHeading: 'Những thay đổi chưa được lưu:',
      changeLine: (label: string, field: string, saved: string, unsaved: string) => `${label}${field ? ` — ${field}` : ''}: ${saved} → ${unsaved}`,
      moreChanges: (n: number) => `… và ${n} thay đổi khác.`,
      adviceStorage:
        'Hãy bấm «Xuất bản sao lưu» để giữ cả những thay đổi chưa lưu trong một tệp ở thư mục khác, giải phóng dung lượng ổ đĩa rồi bấm «Thử lưu lại». «Tải lại» bỏ các thay đổi chưa lưu và đọc lại dữ liệu đã lưu.',
      adviceStale:
        'Để không ghi đè, thay đổi ở cửa sổ này chưa được lưu. Bấm «Tải lại» để xem dữ liệu đã lưu rồi nhập lại các thay đổi trên; «Xuất bản sao lưu» lưu dữ liệu đã lưu ra một tệp.',
      adviceCommand:
        'Hãy bấm «Xuất bản sao lưu» để lưu dữ liệu ra một tệp ở thư mục khác, giải phóng dung lượng ổ đĩa rồi làm lại thao tác.',
      exportBackup: 'Xuất bản sao lưu',
      retry: 'Thử lưu lại',
      reload: 'Tải lại',
      close: 'Đóng',
      exported: (path: string) => `Đã xuất bản sao lưu: ${path}`,
      saved: 'Đã lưu.',
    },
    otherWindow: {
      tookOver: 'Cửa sổ kia đã đóng: cửa sổ này đã đọc lại dữ liệu và giờ sửa được.',
    },
    reminder: {
      text: (edits: number, at: string | undefined) =>
        `Đã có ${edits} thay đổi ${at ? `kể từ lần xuất tệp gần nhất (${at})` : 'mà chưa xuất tệp nào'}. Trong bản web, dữ liệu chỉ nằm trong trình duyệt này: hãy xuất một bản sao lưu ra tệp.`,
      export: 'Xuất bản sao lưu',
      later: 'Để sau',
    },
  },
};
