import type { Result } from '../../shared/base/result';

/**
 * Thrown inside a Dexie transaction to abort it with a message meant for the user: everything the
 * transaction wrote is rolled back, so nothing is saved half-way.
 */
export class UserError extends Error {
  override readonly name: string = 'UserError';
}

/** A save refused because the stored year is at another revision than the one the change was made on. */
export class StaleYearError extends UserError {
  override readonly name = 'StaleYearError';
}

/** Runs a write and turns its failure into a Vietnamese message; other errors keep their cause visible. */
export async function asResult<T>(write: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await write() };
  } catch (error) {
    if (error instanceof StaleYearError) return { ok: false, message: error.message, cause: 'stale' };
    if (error instanceof UserError) return { ok: false, message: error.message };
    const read = errorChain(error).names.some((n) => n === 'ReadOnlyDatabaseError' || n === 'OtherWindowError');
    return read ? { ok: false, message: storageFailureMessage(error) } : { ok: false, message: storageFailureMessage(error), cause: 'storage' };
  }
}

/** Shown whenever a write is refused because a newer app version wrote the data. */
export const READ_ONLY_MESSAGE =
  'Dữ liệu trên máy này do phiên bản Cụm Thi Đua mới hơn tạo ra, nên ứng dụng đang ở chế độ chỉ đọc: không sửa được gì, ' +
  'nhưng vẫn xem và xuất tệp bàn giao được. Hãy cập nhật ứng dụng lên phiên bản mới nhất.';

/** Shown whenever a write is refused because another window of the app is the one that writes. */
export const OTHER_WINDOW_MESSAGE =
  'Ứng dụng đang mở ở một cửa sổ hoặc thẻ khác trên máy này. Để hai cửa sổ không ghi đè lên nhau, chỉ cửa sổ mở trước ' +
  'được sửa dữ liệu; cửa sổ này chỉ để xem và xuất tệp. Khi cửa sổ kia đóng, cửa sổ này tự chuyển sang sửa được.';

/**
 * Names of an error and of the errors it wraps: Dexie and IndexedDB wrap the real cause (a QuotaExceededError
 * inside an AbortError, sometimes inside another Dexie error), so the cause may sit a few levels down.
 */
function errorChain(error: unknown): { names: string[]; first: string } {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current !== null && typeof current === 'object'; depth++) {
    const named = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof named.name === 'string') names.push(named.name);
    current = named.inner ?? named.cause;
  }
  const text = error instanceof Error ? error.message : String(error);
  return { names, first: text.split('\n')[0]?.trim() ?? '' };
}

function storageFailureMessage(error: unknown): string {
  const { names, first } = errorChain(error);
  if (names.includes('OtherWindowError')) return OTHER_WINDOW_MESSAGE;
  if (names.includes('ReadOnlyDatabaseError')) return READ_ONLY_MESSAGE;
  if (names.includes('QuotaExceededError')) {
    return 'Ổ đĩa đã đầy nên chưa lưu được. Hãy xuất bản sao lưu rồi giải phóng dung lượng. Dữ liệu đã lưu trước đó vẫn còn nguyên.';
  }
  return `Không lưu được thay đổi (${first}). Dữ liệu đã lưu trước đó vẫn còn nguyên.`;
}
