/** Vietnamese text of the settings screen (Cài đặt). */
export const settingsVi = {
  settings: {
    heading: 'Cài đặt',
    operator: {
      heading: 'Người thao tác',
      label: 'Họ và tên người thao tác trên máy này',
      placeholder: 'Ví dụ: Nguyễn Thị Lan — thư ký cụm',
      hint: 'Tên này được ghi vào nhật ký thay đổi của năm (ai, khi nào, giá trị cũ → mới).',
      save: 'Lưu tên',
      saved: (name: string) => `Đã lưu. Các thay đổi từ nay được ghi tên «${name}».`,
      cleared: 'Đã xóa tên người thao tác.',
      current: (name: string) => `Đang ghi nhật ký với tên: ${name}`,
      unnamed: 'Chưa đặt tên người thao tác.',
    },
    language: {
      heading: 'Ngôn ngữ',
      label: 'Ngôn ngữ giao diện',
      vi: 'Tiếng Việt (mặc định)',
      en: 'English',
    },
  },
};
