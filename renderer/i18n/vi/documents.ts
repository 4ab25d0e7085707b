/** Vietnamese text of the official documents screen (Văn bản): proposal letter, minutes, pledge as .docx and PDF. */
export const documentsVi = {
  documents: {
    heading: (year: number) => `Văn bản — năm ${year}`,
    noYear: 'Chưa có năm nào được thiết lập — tạo năm ở mục Năm & quy tắc, hoặc nạp dữ liệu mẫu ở mục Cụm & thành viên.',
    hint: 'Văn bản theo thể thức Nghị định 30/2020/NĐ-CP (khổ A4, Times New Roman), lấy đúng kết quả đang hiển thị ở mục Xếp hạng, Khen thưởng, Biểu quyết và Luân phiên cụm trưởng; ngày, địa danh, số, người ký lấy ở mục Thông tin hội nghị. Tệp Word (.docx) sửa được và ký số được; bản PDF in từ trang xem trước bên dưới.',
    choose: 'Loại văn bản',
    kinds: {
      proposalLetter: 'Tờ trình đề nghị khen thưởng (kèm danh sách)',
      minutes: 'Biên bản họp Cụm thi đua (hội nghị tổng kết)',
    },
    pledgeOption: (title: string) => `${title} (giao ước)`,
    noPledge: 'Năm này chưa có giao ước thi đua — nhập ở mục Giao ước thi đua (giao ước ký cuối năm trước được ghi vào năm thực hiện).',
    pledgeDated: 'Giao ước ghi ngày và nơi ký của chính giao ước; người ký là những người đã ghi trong giao ước; căn cứ pháp lý là các văn bản có hiệu lực vào ngày ký.',
    minutesSigners: (secretary: string, chair: string) => `THƯ KÝ: ${secretary} · CHỦ TỌA: ${chair}`,
    missing: (n: number) => `Còn ${n} thông tin chưa ghi — sẽ in thành chỗ trống «……» để điền tay (vẫn xuất được):`,
    warnings: 'Cần kiểm tra trước khi gửi:',
    complete: 'Đủ thông tin: văn bản không còn chỗ trống nào phải điền tay.',
    docx: 'Tải tệp Word (.docx)',
    print: 'In / Lưu PDF',
    printHint: 'Trong hộp thoại in, chọn máy in «Lưu dưới dạng PDF» (Save as PDF), khổ A4, tỷ lệ 100%, không in đầu trang và chân trang của trình duyệt.',
    working: (name: string) => `Đang tạo ${name}…`,
    saved: (path: string) => `Đã lưu ${path}.`,
    cancelled: 'Đã hủy, chưa lưu tệp nào.',
    failed: (why: string) => `Không tạo được văn bản: ${why}`,
    preview: 'Xem trước bản in',
  },
};
