/** Vietnamese text shared by the forms: kept drafts (renderer/components/drafts.ts). */
export const formsVi = {
  forms: {
    draftRestored: 'Đã khôi phục nội dung đang nhập dở lần trước (chưa lưu). Lưu để ghi lại, hoặc bỏ bản nháp.',
    discardDraft: 'Bỏ bản nháp',
    fieldDraft: 'Nháp chưa lưu: rời ô hoặc nhấn Enter để lưu.',
  },
};
