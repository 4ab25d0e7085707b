export type Language = 'vi' | 'en';

export const LANGUAGE_KEY = 'cum-thi-dua:language';

/**
 * The language chosen last on this PC, read without the app's state library: the start-up shell (main.ts) paints in
 * it before the rest of the app has loaded. The page's lang follows it from the start (screen readers, hyphenation).
 */
export function rememberedLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_KEY);
  const language = stored === 'en' ? 'en' : 'vi';
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  return language;
}
