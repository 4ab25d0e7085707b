/** Vietnamese text of the notes that explain a 0 for lack of a pledged target (grid, indicators, ranking). */
export const targetGapsVi = {
  targetGaps: {
    summary: (cells: number, indicators: string) =>
      `${cells.toLocaleString('vi-VN')} ô theo chỉ tiêu đang 0 điểm vì chưa có chỉ tiêu giao ước: ${indicators}.`,
    units: (n: number) => `${n.toLocaleString('vi-VN')} đơn vị`,
    enter: 'Nhập chỉ tiêu giao ước →',
    heading: 'Điểm 0 vì thiếu chỉ tiêu giao ước',
  },
};
