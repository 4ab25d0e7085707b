/** Vietnamese text of the charts screen (Biểu đồ). */
export const chartsVi = {
  charts: {
    heading: (year: number) => `Biểu đồ năm ${year}`,
    noYear: 'Chưa có năm nào được thiết lập — tạo năm ở mục Năm & quy tắc, hoặc nạp dữ liệu mẫu ở mục Cụm & thành viên.',
    noMembers: 'Năm này chưa có đơn vị thành viên nào.',
    member: 'Đơn vị',
    points: 'điểm',
    loading: 'Đang tải biểu đồ…',
    totals: {
      title: 'Tổng điểm theo đơn vị (theo thứ hạng)',
      series: 'Tổng điểm',
      max: (max: string) => `Điểm tối đa ${max}`,
    },
    profile: {
      title: (name: string) => `Tỷ lệ đạt theo phần: ${name} so với bình quân cụm`,
      member: 'Đơn vị',
      average: 'Bình quân cụm',
      axis: '% điểm tối đa của phần',
    },
    history: {
      title: (name: string) => `Tổng điểm qua các năm: ${name}`,
      indicatorTitle: (indicator: string) => `${indicator} qua các năm`,
      indicator: 'Chỉ tiêu',
      own: 'Số liệu của đơn vị',
      aggregated: 'Cộng gộp từ các tỉnh trước sáp nhập',
      aggregatedNote: (year: number, names: string) => `Năm ${year}: cộng gộp từ các tỉnh trước sáp nhập (${names}).`,
      ofMax: (max: string, share: string) => `trên tối đa ${max} (${share})`,
      none: 'không có số liệu',
      loading: 'Đang tải số liệu các năm…',
      loadFailed: (message: string) => `Không tải được số liệu các năm: ${message}`,
      noIndicators: 'Năm này chưa khai báo chỉ tiêu nào.',
      percentNote: 'Tỷ lệ % không cộng gộp được nên các năm trước sáp nhập được bỏ trống.',
    },
  },
};
