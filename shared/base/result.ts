/**
 * Why something was not done, beyond the message: the storage itself failed (a full disk, a broken database), or a
 * save was refused because another window, a restore or a hand-over wrote the year meanwhile. Both are shown as a
 * dialog that says what was not saved and what to do; every other refusal is the user's to correct where they are.
 */
export type FailureCause = 'storage' | 'stale';

/** The outcome of an action a user asked for: a value, or a message in Vietnamese saying why not. */
export type Result<T> = { ok: true; value: T } | { ok: false; message: string; cause?: FailureCause };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(message: string, cause?: FailureCause): Result<T> =>
  cause === undefined ? { ok: false, message } : { ok: false, message, cause };
