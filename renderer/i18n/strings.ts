import { en } from './en';
import { useLanguage, type Language } from './language';
import { vi, type Strings } from './vi';

export type { Language };

const dictionaries: Record<Language, Strings> = { vi, en };

/** The UI text in the chosen language. */
export function useStrings(): Strings {
  return dictionaries[useLanguage((s) => s.language)];
}
