/** Vietnamese text of the tables' tools: print, Excel export, sorting, search (renderer/components/TableTools.tsx). */
export const tablesVi = {
  tables: {
    names: { ranking: 'bảng xếp hạng', summary: 'bảng tổng hợp điểm', indicators: 'bảng chỉ tiêu (có dòng cộng)' },
    tools: 'In và xuất bảng',
    /** The header of a column of buttons, read out by screen readers only. */
    actions: 'Thao tác',
    print: (name: string) => `In ${name}`,
    export: (name: string) => `Xuất Excel ${name}`,
    working: (file: string) => `Đang tạo ${file}…`,
    saved: (path: string) => `Đã lưu ${path}.`,
    cancelled: 'Đã hủy lưu tệp.',
    failed: (why: string) => `Không xuất được tệp: ${why}`,
    search: 'Tìm',
    searchUnits: 'Tìm đơn vị',
    searchLog: 'Tìm trong nhật ký',
    searchPlaceholder: 'Gõ tên, có dấu hoặc không dấu',
    shown: (shown: number, total: number) => (shown === total ? `${total} dòng` : `${shown}/${total} dòng khớp`),
    noMatch: (query: string) => `Không có dòng nào khớp «${query}».`,
    sortHint: 'Bấm tiêu đề cột để sắp xếp; bấm lần nữa để đảo chiều.',
    resetSort: 'Về thứ tự xếp hạng',
  },
};
