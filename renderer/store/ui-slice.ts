import type { StateCreator } from 'zustand';
import type { Language } from '../i18n/strings';
import type { AppState } from './index';

/** The sections of the app. Only built sections are listed; the navigation shows exactly these. */
export type Section = 'cluster';

export interface UiSlice {
  section: Section;
  language: Language;
  setSection: (section: Section) => void;
  setLanguage: (language: Language) => void;
}

const LANGUAGE_KEY = 'cum-thi-dua:language';

function rememberedLanguage(): Language {
  return typeof localStorage !== 'undefined' && localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'vi';
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  section: 'cluster',
  language: rememberedLanguage(),
  setSection: (section) => set({ section }),
  setLanguage: (language) => {
    localStorage.setItem(LANGUAGE_KEY, language);
    document.documentElement.lang = language;
    set({ language });
  },
});
