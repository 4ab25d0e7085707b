import { useAppStore } from '../store';
import { en } from './en';
import { vi, type Strings } from './vi';

export type Language = 'vi' | 'en';

const dictionaries: Record<Language, Strings> = { vi, en };

/** The UI text in the chosen language. */
export function useStrings(): Strings {
  return dictionaries[useAppStore((s) => s.language)];
}
