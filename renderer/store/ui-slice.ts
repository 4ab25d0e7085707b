import type { StateCreator } from 'zustand';
import type { Language } from '../i18n/strings';
import type { AppState } from './index';

/** The sections of the app. Only built sections are listed; the navigation shows exactly these. */
export type Section = 'cluster' | 'year' | 'criteria' | 'indicators' | 'ranking' | 'charts' | 'settings' | 'entry' | 'awards' | 'ballots' | 'leadership' | 'pledges' | 'audit' | 'data' | 'excel' | 'documents';

export interface UiSlice {
  section: Section;
  language: Language;
  /** Who is working at this PC: recorded as "who" in the year's audit log. */
  operatorName: string;
  setSection: (section: Section) => void;
  setLanguage: (language: Language) => void;
  setOperatorName: (name: string) => void;
}

const LANGUAGE_KEY = 'cum-thi-dua:language';
const OPERATOR_KEY = 'cum-thi-dua:operator';

function remembered(key: string): string | null {
  return typeof localStorage === 'undefined' ? null : localStorage.getItem(key);
}

export function rememberedLanguage(): Language {
  const language = remembered(LANGUAGE_KEY) === 'en' ? 'en' : 'vi';
  // The page's lang follows the remembered choice from the start (screen readers, hyphenation), not only after a change.
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  return language;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  section: 'cluster',
  language: rememberedLanguage(),
  operatorName: remembered(OPERATOR_KEY) ?? '',
  setSection: (section) => set({ section }),
  setLanguage: (language) => {
    localStorage.setItem(LANGUAGE_KEY, language);
    document.documentElement.lang = language;
    set({ language });
  },
  setOperatorName: (name) => {
    const operatorName = name.normalize('NFC').trim();
    localStorage.setItem(OPERATOR_KEY, operatorName);
    set({ operatorName });
  },
});
