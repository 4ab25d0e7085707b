/** Vietnamese text of the entry tables' paste, fill-down and copy (renderer/components/entry-table.tsx). */
export const entryTableVi = {
  entryTable: {
    preview: 'Xem trước khối dán',
    previewHeading: (n: number) => `Khối dán sẽ thay đổi ${n.toLocaleString('vi-VN')} ô — kiểm tra rồi bấm «Áp dụng».`,
    row: 'Dòng',
    column: 'Cột',
    before: 'Trước',
    after: 'Sau',
    empty: '(trống)',
    apply: (n: number) => `Áp dụng ${n.toLocaleString('vi-VN')} thay đổi`,
    cancel: 'Hủy',
    applied: (n: number) => `Đã dán: ${n.toLocaleString('vi-VN')} ô thay đổi (Ctrl+Z để hoàn tác).`,
    noChange: 'Khối dán không thay đổi ô nào.',
    problems: 'Các ô không hợp lệ',
    nothingAbove: 'Không có ô nào ở trên để điền xuống: chọn từ ô có giá trị (Shift+↓) rồi bấm Ctrl+D.',
    copied: (n: number) => `Đã sao chép ${n.toLocaleString('vi-VN')} ô.`,
    copyTable: 'Sao chép bảng',
    tableCopied: (rows: number) => `Đã sao chép bảng (${rows.toLocaleString('vi-VN')} dòng): dán vào Excel bằng Ctrl+V.`,
    copyFailed: 'Không sao chép được vào bộ nhớ tạm: chọn ô rồi bấm Ctrl+C.',
    keysHint: 'Dán khối từ Excel (Ctrl+V) từ ô đang chọn; Shift+↓ chọn nhiều ô trong cột, Ctrl+D điền xuống, Ctrl+C sao chép.',
  },
};
