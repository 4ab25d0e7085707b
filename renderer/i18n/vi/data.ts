/** Vietnamese text of the hand-over and backup screen. */
export const dataVi = {
  data: {
    heading: 'Bàn giao & sao lưu dữ liệu',
    handover: {
      heading: 'Bàn giao dữ liệu cụm',
      explain:
        'Khi chuyển cụm trưởng sang đơn vị khác, xuất toàn bộ dữ liệu của cụm (mọi năm, điểm, phiếu biểu quyết, giao ước kèm bản quét, nhật ký, kết quả đã chốt) ra một tệp có mã kiểm tra SHA-256, được ký bằng khóa của máy này. Đơn vị nhận mở tệp này trên máy của mình và đối chiếu dấu vân tay khóa.',
      export: 'Xuất tệp bàn giao',
      exported: (path: string) => `Đã lưu tệp bàn giao: ${path}`,
      import: 'Nhận tệp bàn giao…',
      reading: 'Đang đọc tệp…',
      planNew: (name: string) => `Cụm "${name}" chưa có trên máy này: sẽ được thêm mới.`,
      planExisting: (name: string) => `Cụm "${name}" đã có trên máy này. Các khác biệt theo từng bản ghi:`,
      nothingNew: 'Tệp không có gì khác với dữ liệu trên máy.',
      status: { new: 'Mới trong tệp', changed: 'Khác — bản trong tệp sẽ thay bản trên máy', same: 'Giống nhau', onlyLocal: 'Chỉ có trên máy — giữ nguyên' },
      kind: { cluster: 'Cụm', unit: 'Đơn vị', merger: 'Sáp nhập', year: 'Năm' },
      confirm: 'Xác nhận nhận dữ liệu',
      cancel: 'Hủy',
      imported: (n: number) => `Đã nhận dữ liệu của ${n} cụm. Một bản sao lưu đã được tạo.`,
    },
    signature: {
      ownKey: 'Dấu vân tay khóa ký của máy này',
      ownKeyHint: 'Đọc dãy này cho nơi nhận qua điện thoại, hoặc in trên biên bản bàn giao, để họ đối chiếu với dấu vân tay hiện khi nhận tệp.',
      heading: 'Chữ ký của tệp',
      fingerprint: 'Dấu vân tay khóa đã ký tệp',
      unsigned: 'Tệp không có chữ ký',
      standing: {
        own: 'Khóa của chính máy này (tệp do máy này xuất).',
        known: (since: string) => `Đã nhận cụm này từ khóa này trước đây (lần đầu ${since}).`,
        first: 'Lần đầu nhận từ khóa này: hãy đối chiếu dấu vân tay với nơi gửi trước khi nhận.',
        changed: 'Khóa khác với khóa đã gửi cụm này trước đây.',
      },
      years: (signed: boolean): string =>
        signed ? 'Các năm đã chốt trong tệp (khớp mã kiểm tra và mốc niêm phong nhật ký):' : 'Các năm đã chốt trong tệp (khớp mã kiểm tra và nhật ký của chính nó):',
      year: (year: number, locked: boolean, checksum: string, entries: number) =>
        `Năm ${year}: ${locked ? 'đang khóa sổ' : 'đã chốt, đang mở khóa'}; mã kiểm tra ${checksum}…; nhật ký ${entries} mục.`,
      kept: (years: string) => `Tệp không có chữ ký nên các năm đã chốt trên máy này được giữ nguyên, không thay bằng bản trong tệp: ${years}.`,
    },
    backups: {
      heading: 'Sao lưu tự động',
      explain:
        'Ứng dụng tự sao lưu toàn bộ dữ liệu sau mỗi lần nhận dữ liệu, khi chốt kết quả và tối đa 15 phút một lần khi đang nhập liệu. Giữ 10 bản mới nhất và mỗi ngày một bản trong 30 ngày.',
      now: 'Sao lưu ngay',
      done: 'Đã sao lưu.',
      empty: 'Chưa có bản sao lưu nào.',
      when: 'Thời điểm',
      reason: 'Lý do',
      size: 'Dung lượng',
      clusters: 'Số cụm',
      reasons: {
        import: 'Sau khi nhận dữ liệu',
        finalise: 'Khi chốt kết quả',
        editing: 'Trong khi nhập liệu',
        manual: 'Sao lưu thủ công',
        beforeRestore: 'Trước khi khôi phục',
        beforeUpgrade: 'Trước khi nâng cấp',
      },
      save: 'Lưu ra tệp',
      restore: 'Khôi phục',
      confirmRestore: 'Thay toàn bộ dữ liệu hiện tại bằng bản này? (Dữ liệu hiện tại sẽ được sao lưu trước.)',
      yes: 'Khôi phục',
      no: 'Không',
      restored: 'Đã khôi phục. Dữ liệu trước đó được lưu trong bản sao lưu "Trước khi khôi phục".',
    },
  },
};
