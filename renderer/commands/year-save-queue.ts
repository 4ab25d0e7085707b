import { ok, type Result } from '../../shared/base/result';
import type { Year } from '../../shared/model/year';
import { backupWhileEditing, takeBackup } from '../db/backups';
import { appDatabase } from '../db/database';
import { saveYear } from '../db/year-repo';
import { useAppStore } from '../store';
import { rememberYear } from '../store/year-memory';

/**
 * The open year is changed in memory (so the grid answers within a frame) and written whole shortly after: this
 * module owns that delay. Saves run one after another, each based on the revision the previous one wrote, so an older
 * copy can never overwrite a newer one; every command flushes it first (docs/architecture.md, "The path of one
 * score").
 */

/** Long enough to fold a burst of keystrokes into one write, short enough that a closed window loses nothing. */
export const AUTOSAVE_DELAY_MS = 150;

/** At most this long waiting for the page to be idle once the delay is over (a page that never idles still saves). */
export const IDLE_WAIT_MS = 1000;

/**
 * The backup taken while editing (at most every 15 minutes) waits for a pause this long: serialising and hashing the
 * whole database takes about a second on a slow PC, which must not land between two typed scores.
 */
export const BACKUP_PAUSE_MS = 3000;

let timer: ReturnType<typeof setTimeout> | undefined;
let idle: number | undefined;
/** A change is in memory and not yet handed to a save. */
let dirty = false;
/** The last save failed: the next flush writes the year again (a full disk may have been freed meanwhile). */
let retry = false;
let queue: Promise<Result<void>> = Promise.resolve(ok(undefined));
let backupTimer: ReturnType<typeof setTimeout> | undefined;

/** True while something typed is not yet written (the before-unload warning asks about it). */
export function hasUnsavedChanges(): boolean {
  return dirty || useAppStore.getState().saveStatus !== 'saved';
}

/**
 * Called after every change of the open year: marks it pending and writes it once the changes pause for the delay,
 * when the page is next idle — after the frame that shows the change, never between a keystroke and its frame (writing
 * a 34 × 150 year takes several frames' time on a slow PC).
 */
export function scheduleSave(): void {
  dirty = true;
  if (useAppStore.getState().saveStatus !== 'pending') useAppStore.setState({ saveStatus: 'pending' });
  stopWaiting();
  // A change typed meanwhile puts the editing backup off until the next pause.
  if (backupTimer !== undefined) backupAfterPause();
  timer = setTimeout(() => {
    timer = undefined;
    if (typeof requestIdleCallback !== 'function') return void flushSave();
    idle = requestIdleCallback(() => void flushSave(), { timeout: IDLE_WAIT_MS });
  }, AUTOSAVE_DELAY_MS);
}

function stopWaiting(): void {
  clearTimeout(timer);
  timer = undefined;
  if (idle !== undefined) cancelIdleCallback(idle);
  idle = undefined;
}

/** Writes what is pending now and resolves when every save started so far has finished (or failed). */
export function flushSave(): Promise<Result<void>> {
  stopWaiting();
  if (!dirty && !retry) return queue;
  dirty = false;
  const { activeClusterId: clusterId, yearDoc: doc } = useAppStore.getState();
  if (!clusterId || !doc) {
    retry = false;
    queue = queue.then(() => ok(undefined));
    return queue;
  }
  // A year written meanwhile elsewhere stays refused on every try, until the user reloads.
  queue = queue.then(() => write(clusterId, doc));
  return queue;
}

async function write(clusterId: string, doc: Year): Promise<Result<void>> {
  const basedOn = useAppStore.getState().yearRevision;
  const saved = await saveYear(appDatabase(), clusterId, doc, basedOn);
  const state = useAppStore.getState();
  const same = state.activeClusterId === clusterId && state.yearDoc?.year === doc.year;
  retry = !saved.ok;
  if (!saved.ok) {
    if (same) {
      useAppStore.setState({ saveStatus: 'error', saveError: saved.message });
      // A full disk or a year written elsewhere is not whispered in a badge: the dialog says what was not saved.
      if (saved.cause) state.reportFault({ cause: saved.cause, what: `Thay đổi của năm ${doc.year}`, message: saved.message, year: doc.year });
    }
    return saved;
  }
  if (state.storageFault?.year === doc.year) state.reportFault(undefined);
  // What is now stored, at its revision: opening this year again later needs no reading of its body.
  rememberYear(clusterId, doc, saved.value.revision);
  if (same) {
    // Later changes build on this revision; the status is "saved" only if nothing changed since this copy was taken.
    useAppStore.setState({
      yearRevision: saved.value.revision,
      ...(state.yearDoc === doc && !dirty ? { saveStatus: 'saved', saveError: undefined } : {}),
    });
  }
  // Backups stay off the typing path: when the year was just finalised, and at most every 15 minutes while editing.
  if (saved.value.justFinalised) void takeBackup(appDatabase(), 'finalise');
  else backupAfterPause();
  return ok(undefined);
}

/** The editing backup, once the changes have paused for BACKUP_PAUSE_MS and the page is idle. */
function backupAfterPause(): void {
  clearTimeout(backupTimer);
  backupTimer = setTimeout(() => {
    const run = () => {
      backupTimer = undefined;
      void backupWhileEditing(appDatabase());
    };
    if (typeof requestIdleCallback !== 'function') run();
    else requestIdleCallback(run, { timeout: IDLE_WAIT_MS });
  }, BACKUP_PAUSE_MS);
}

/**
 * Gives up what is typed and not saved, and reads the open year again as stored ("Tải lại" after a refused save):
 * the changes typed since the last save are dropped, on purpose and after the dialog said which they are.
 */
export async function discardUnsaved(): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  dirty = false;
  retry = false;
  await queue;
  const state = useAppStore.getState();
  state.reportFault(undefined);
  await state.refreshClusters();
  await state.selectCluster(state.activeClusterId);
  await state.openYear(state.activeYear);
}

/**
 * A closing window or a hidden tab writes at once, so nothing typed is lost to the delay; closing while something is
 * unsaved asks first (the browser shows its own question). Returns a function that removes the listeners.
 */
export function installSaveListeners(win: Window): () => void {
  const onHide = () => void flushSave();
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden') void flushSave();
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!hasUnsavedChanges()) return;
    void flushSave();
    event.preventDefault();
  };
  win.addEventListener('pagehide', onHide);
  win.document.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    win.removeEventListener('pagehide', onHide);
    win.document.removeEventListener('visibilitychange', onVisibility);
    win.removeEventListener('beforeunload', onBeforeUnload);
  };
}
