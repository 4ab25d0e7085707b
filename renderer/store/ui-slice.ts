import type { StateCreator } from 'zustand';
import type { AppState, UiSlice } from './types';

const OPERATOR_KEY = 'cum-thi-dua:operator';

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

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  section: 'cluster',
  arrival: 'screen',
  operatorName: remembered(OPERATOR_KEY) ?? '',
  writeAccess: 'writer',
  storageFault: undefined,
  faultOpen: false,
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
});
