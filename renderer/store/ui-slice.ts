import type { StateCreator } from 'zustand';
import type { AppState, UiSlice } from './types';

const OPERATOR_KEY = 'cum-thi-dua:operator';

function remembered(key: string): string | null {
  return typeof localStorage === 'undefined' ? null : localStorage.getItem(key);
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  section: 'cluster',
  operatorName: remembered(OPERATOR_KEY) ?? '',
  setSection: (section) => set({ section }),
  setOperatorName: (name) => {
    const operatorName = name.normalize('NFC').trim();
    localStorage.setItem(OPERATOR_KEY, operatorName);
    set({ operatorName });
  },
});
