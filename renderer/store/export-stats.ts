import { create } from 'zustand';

/**
 * How many changes were made since a file was last exported, for the web build's reminder (docs/architecture.md,
 * "Storage faults"): its data lives only in the browser profile, so after many changes a quiet line suggests exporting
 * a backup.
 *
 * Every typed score counts, so counting must cost nearly nothing on the way from a key to the new total. The count is
 * therefore a store of its own, not a field of the app's store: a change notifies only the two components that show
 * it, whose selectors return plain values, so nothing renders again unless what it shows changed (the reminder
 * appears at its threshold; the Dữ liệu screen's count). It is written to localStorage:
 * - at once when a command that wrote counts (it already ran a transaction; one more small write is nothing), when the
 *   reminder's threshold is reached, and on an export or «Để sau» — the moments a reload must find;
 * - otherwise (a typed score) a moment later, when the page is idle, folding a burst of edits into one write;
 * - and at once when the page is hidden or goes away (a reload, the window closed: `pagehide` and `visibilitychange`
 *   run before the page is torn down, and localStorage writes synchronously), so a normal reload or close loses
 *   nothing. Only a crash within the pause can lose the last few typed changes of the count, never any data.
 */
export interface ExportStats {
  readonly editsSinceExport: number;
  readonly lastExportAt: string | undefined;
  /** The reminder shows again once the count reaches this ("Để sau" moves it on). */
  readonly remindAt: number;
}

const EXPORT_KEY = 'cum-thi-dua:export-stats';

/** Changes after which the web build reminds to export a file, and again after as many more once put off. */
export const EXPORT_REMINDER_EDITS = 100;

/** Quiet time after a typed change before the count is written (a burst of typing is one write). */
export const COUNT_SAVE_DELAY_MS = 2000;

function storedText(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(EXPORT_KEY);
  } catch {
    return null;
  }
}

function storedStats(): ExportStats {
  const fresh: ExportStats = { editsSinceExport: 0, lastExportAt: undefined, remindAt: EXPORT_REMINDER_EDITS };
  const text = storedText();
  if (!text) return fresh;
  try {
    const parsed = JSON.parse(text) as Partial<ExportStats>;
    return {
      editsSinceExport: typeof parsed.editsSinceExport === 'number' ? parsed.editsSinceExport : 0,
      lastExportAt: typeof parsed.lastExportAt === 'string' ? parsed.lastExportAt : undefined,
      remindAt: typeof parsed.remindAt === 'number' ? parsed.remindAt : EXPORT_REMINDER_EDITS,
    };
  } catch {
    return fresh;
  }
}

/** The count as the screens show it; read it with a selector returning a plain value. */
export const useExportStats = create<ExportStats>()(() => storedStats());

let unsaved = false;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Writes the count if it changed since it was last written. */
export function saveExportStats(): void {
  clearTimeout(timer);
  timer = undefined;
  if (!unsaved) return;
  unsaved = false;
  try {
    localStorage.setItem(EXPORT_KEY, JSON.stringify(useExportStats.getState()));
  } catch {
    // A full or blocked storage must not stop the app: the count is only a convenience.
  }
}

/** The longest a write put off for a pause waits for the page to be idle. */
const IDLE_WAIT_MS = 1000;

/** After the pause, when the page is next idle: never between a keystroke and the frame that shows it. */
function saveWhenIdle(): void {
  if (typeof requestIdleCallback !== 'function') saveExportStats();
  else requestIdleCallback(() => saveExportStats(), { timeout: IDLE_WAIT_MS });
}

function update(stats: ExportStats, when: 'now' | 'soon'): void {
  useExportStats.setState(stats, true);
  unsaved = true;
  if (when === 'now') saveExportStats();
  // `timer` stays set until the write has run, so a burst of edits asks for one write.
  else if (timer === undefined) timer = setTimeout(saveWhenIdle, COUNT_SAVE_DELAY_MS);
}

/**
 * One more change of the data: `soon` for a typed change of the open year (written after a pause), `now` for a command
 * that wrote.
 */
export function countEdit(when: 'now' | 'soon'): void {
  const stats = useExportStats.getState();
  const next = { ...stats, editsSinceExport: stats.editsSinceExport + 1 };
  update(next, next.editsSinceExport === next.remindAt ? 'now' : when);
}

export function noteExported(at: string): void {
  update({ editsSinceExport: 0, lastExportAt: at, remindAt: EXPORT_REMINDER_EDITS }, 'now');
}

/** «Để sau»: the reminder comes back after as many changes again. */
export function snoozeExportReminder(): void {
  const stats = useExportStats.getState();
  update({ ...stats, remindAt: stats.editsSinceExport + EXPORT_REMINDER_EDITS }, 'now');
}

/**
 * Reads the count as stored, e.g. when this window becomes the writer after another one that counted its own changes
 * closed (a window that does not write counts nothing, so it has nothing of its own to lose).
 */
export function reloadExportStats(): void {
  clearTimeout(timer);
  timer = undefined;
  unsaved = false;
  useExportStats.setState(storedStats(), true);
}

/** Writes a pending count when the page is hidden or goes away. Returns a function that removes the listeners. */
export function installExportStatsListeners(win: Window): () => void {
  const onHide = () => saveExportStats();
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden') saveExportStats();
  };
  win.addEventListener('pagehide', onHide);
  win.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    win.removeEventListener('pagehide', onHide);
    win.document.removeEventListener('visibilitychange', onVisibility);
  };
}
