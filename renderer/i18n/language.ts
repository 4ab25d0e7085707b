import { create } from 'zustand';

export type Language = 'vi' | 'en';

const LANGUAGE_KEY = 'cum-thi-dua:language';

function rememberedLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_KEY);
  const language = stored === 'en' ? 'en' : 'vi';
  // The page's lang follows the remembered choice from the start (screen readers, hyphenation), not only after a change.
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  return language;
}

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

/**
 * The interface language, kept apart from the app store: text is needed by every layer of the UI (the store's
 * messages included), so it depends on nothing of the app.
 */
export const useLanguage = create<LanguageState>()((set) => ({
  language: rememberedLanguage(),
  setLanguage: (language) => {
    localStorage.setItem(LANGUAGE_KEY, language);
    document.documentElement.lang = language;
    set({ language });
  },
}));
