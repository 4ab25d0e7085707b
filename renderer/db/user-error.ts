import type { Result } from '../../shared/result';

/**
 * Thrown inside a Dexie transaction to abort it with a message meant for the user: everything the
 * transaction wrote is rolled back, so nothing is saved half-way.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** Runs a write and turns its failure into a Vietnamese message; other errors keep their cause visible. */
export async function asResult<T>(write: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await write() };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: error.message };
    return { ok: false, message: storageFailureMessage(error) };
  }
}

/** Shown whenever a write is refused because a newer app version wrote the data. */
export const READ_ONLY_MESSAGE =
  'Dữ liệu trên máy này do phiên bản Cụm Thi Đua mới hơn tạo ra, nên ứng dụng đang ở chế độ chỉ đọc: không sửa được gì, ' +
  'nhưng vẫn xem và xuất tệp bàn giao được. Hãy cập nhật ứng dụng lên phiên bản mới nhất.';

function storageFailureMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'ReadOnlyDatabaseError' || inner === 'ReadOnlyDatabaseError') return READ_ONLY_MESSAGE;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Ổ đĩa đã đầy nên chưa lưu được. Hãy xuất bản sao lưu rồi giải phóng dung lượng. Dữ liệu đã lưu trước đó vẫn còn nguyên.';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Không lưu được thay đổi (${detail}). Dữ liệu đã lưu trước đó vẫn còn nguyên.`;
}
