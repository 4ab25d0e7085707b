/** Vietnamese text of peer scoring (chấm chéo): the grid's consolidated view and the explanation's scorer table. */
export const peerVi = {
  peer: {
    consolidatedOption: 'Điểm tổng hợp (trung bình chấm chéo)',
    consolidatedHeading: 'Điểm tổng hợp chấm chéo',
    consolidatedHint: (trim: boolean): string =>
      trim
        ? 'Điểm của mỗi ô là trung bình cộng điểm các đơn vị khác chấm; khi có từ 5 đơn vị chấm trở lên, một điểm cao nhất và một điểm thấp nhất được bỏ (ô có dấu ✂). Chọn một ô để xem điểm từng đơn vị chấm. Để sửa điểm, chọn một đơn vị chấm ở trên.'
        : 'Điểm của mỗi ô là trung bình cộng điểm các đơn vị khác chấm (bộ quy tắc không bỏ điểm cao nhất, thấp nhất). Chọn một ô để xem điểm từng đơn vị chấm. Để sửa điểm, chọn một đơn vị chấm ở trên.',
    tableLabel: 'Bảng điểm tổng hợp chấm chéo',
    member: 'Đơn vị được chấm',
    usedShort: (used: number, scored: number, trimmed: boolean): string => (trimmed ? `${used}/${scored}` : `${used}`),
    usedLong: (used: number, scored: number, trimmed: boolean): string =>
      trimmed ? `trung bình của ${used} điểm (trong ${scored} điểm chấm, bỏ một điểm cao nhất và một điểm thấp nhất)` : `trung bình của ${used} điểm chấm`,
    cellLabel: (member: string, code: string, mean: string, used: string): string => `${member} — ${code}: ${mean || 'chưa có điểm chấm'}${mean ? `, ${used}` : ''}`,
    noScores: 'Chưa có đơn vị nào chấm tiêu chí này.',
    detailHeading: (member: string, code: string, name: string) => `${member} — ${code} ${name}: điểm từng đơn vị chấm`,
    scorer: 'Đơn vị chấm',
    points: 'Điểm',
    counted: 'Tính hay bỏ',
    kept: 'được tính',
    dropped: { lowest: 'bỏ (điểm thấp nhất)', highest: 'bỏ (điểm cao nhất)' },
    droppedShort: { lowest: 'thấp nhất, bỏ', highest: 'cao nhất, bỏ' },
    mean: (mean: string, used: string) => `Điểm tổng hợp: ${mean} — ${used}.`,
    explainHeading: 'Điểm chấm chéo từng tiêu chí',
    explainCaption: 'Điểm mỗi đơn vị chấm cho đơn vị này; điểm bị bỏ khi tính trung bình được gạch và ghi rõ.',
    criterion: 'Tiêu chí',
    max: 'Tối đa',
    consolidated: 'Tổng hợp',
    notScored: '—',
  },
};
