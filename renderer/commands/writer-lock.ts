import { appDatabase, setOtherWindowWriting } from '../db/database';
import { useAppStore } from '../store';

/**
 * One writer at a time (docs/architecture.md, "Two windows"): the first window of a profile takes the writer lock
 * (Web Locks API, released by the browser when that window closes or crashes); a second window or tab opens
 * read-only and says so, and waits in line for the lock. When the writer closes, the waiting window takes over by
 * itself: it reads everything again from the database (it wrote nothing meanwhile, so nothing of its own is lost)
 * and becomes the writer. Without the Web Locks API (an old engine) every window writes, and the revision check of
 * each year still refuses a stale save.
 */

export const WRITER_LOCK = 'cum-thi-dua:writer';

/** Held for the life of the window: the lock is released when the page goes away. */
const forever = () => new Promise<never>(() => undefined);

export interface WriterLockOptions {
  /** Called when this window becomes the writer after another one closed (reload what is shown). */
  onTakeOver?: () => Promise<void> | void;
}

/** True when this window may write. */
export function isWriter(): boolean {
  return useAppStore.getState().writeAccess === 'writer';
}

function become(writer: boolean): void {
  setOtherWindowWriting(appDatabase(), !writer);
  useAppStore.getState().setWriteAccess(writer ? 'writer' : 'otherWindow');
}

/**
 * Asks for the writer lock. Resolves once it is known whether this window writes now; a window that does not keeps
 * waiting for the lock in the background and takes over when it is granted.
 */
export function claimWriterLock(locks: LockManager | undefined, options: WriterLockOptions = {}): Promise<'writer' | 'otherWindow'> {
  if (!locks) {
    become(true);
    return Promise.resolve('writer');
  }
  return new Promise((decided) => {
    void locks.request(WRITER_LOCK, { ifAvailable: true }, (lock) => {
      if (lock) {
        become(true);
        decided('writer');
        return forever();
      }
      become(false);
      decided('otherWindow');
      // Wait in line; the lock comes when the writing window closes.
      void locks.request(WRITER_LOCK, async () => {
        become(true);
        await options.onTakeOver?.();
        return forever();
      });
      return undefined;
    });
  });
}
