/**
 * An error whose message is written for the user, in Vietnamese, and crosses IPC as is. Any other error reaching
 * the IPC boundary is logged in main and reported with a generic message naming the action.
 */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
}

/** The Vietnamese reason for a file-system error code: what a secretariat can act on. */
export function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
  switch (code) {
    case 'ENOSPC':
      return 'ổ đĩa đã đầy';
    case 'EACCES':
    case 'EPERM':
      return 'không có quyền ghi vào thư mục này, hoặc tệp đang được chương trình khác (ví dụ Excel) mở';
    case 'EBUSY':
      return 'tệp đang được chương trình khác (ví dụ Excel) mở';
    case 'EROFS':
      return 'ổ đĩa chỉ cho phép đọc';
    case 'ENOENT':
      return 'không tìm thấy tệp hoặc thư mục';
    case 'EISDIR':
      return 'đây là một thư mục, không phải tệp';
    default:
      return typeof code === 'string' ? `lỗi hệ thống ${code}` : 'lỗi không xác định';
  }
}
