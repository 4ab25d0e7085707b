import { create } from 'zustand';
import { LANGUAGE_KEY, rememberedLanguage, type Language } from './remembered-language';

export type { Language };

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
