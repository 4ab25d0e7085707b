import type { StateCreator } from 'zustand';
import type { AppState, ExportStats, UiSlice } from './types';

const OPERATOR_KEY = 'cum-thi-dua:operator';
const EXPORT_KEY = 'cum-thi-dua:export-stats';

/** Changes after which the web build reminds to export a file, and again after as many more once put off. */
export const EXPORT_REMINDER_EDITS = 100;

function remembered(key: string): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(key);
  } catch {
    return null;
  }
}

function remember(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // A full or blocked storage must not stop the app: the value is only a convenience.
  }
}

function exportStats(): ExportStats {
  const fresh: ExportStats = { editsSinceExport: 0, lastExportAt: undefined, remindAt: EXPORT_REMINDER_EDITS };
  const text = remembered(EXPORT_KEY);
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

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => {
  const saveStats = (stats: ExportStats) => {
    remember(EXPORT_KEY, JSON.stringify(stats));
    set({ exportStats: stats });
  };
  return {
    section: 'cluster',
    arrival: 'screen',
    operatorName: remembered(OPERATOR_KEY) ?? '',
    writeAccess: 'writer',
    storageFault: undefined,
    faultOpen: false,
    exportStats: exportStats(),
    historyUnitId: undefined,
    meetingKey: 'yearEnd',
    setSection: (section) => set({ section, arrival: 'screen' }),
    showPlace: (section) => set({ section, arrival: 'place' }),
    showHistory: (historyUnitId) => set({ section: 'history', historyUnitId, arrival: 'screen' }),
    showMeeting: (meetingKey, open = false) => set(open ? { section: 'meeting', meetingKey, arrival: 'screen' } : { meetingKey }),
    setOperatorName: (name) => {
      const operatorName = name.normalize('NFC').trim();
      remember(OPERATOR_KEY, operatorName);
      set({ operatorName });
    },
    setWriteAccess: (writeAccess) => set({ writeAccess }),
    reportFault: (storageFault) => set({ storageFault, faultOpen: storageFault !== undefined }),
    setFaultOpen: (faultOpen) => set({ faultOpen }),
    countEdit: () => {
      const stats = get().exportStats;
      saveStats({ ...stats, editsSinceExport: stats.editsSinceExport + 1 });
    },
    noteExported: (at) => saveStats({ editsSinceExport: 0, lastExportAt: at, remindAt: EXPORT_REMINDER_EDITS }),
    snoozeExportReminder: () => {
      const stats = get().exportStats;
      saveStats({ ...stats, remindAt: stats.editsSinceExport + EXPORT_REMINDER_EDITS });
    },
  };
};
