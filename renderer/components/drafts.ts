import { useCallback, useEffect, useState } from 'react';
import { useAppStore } from '../store';

/**
 * Drafts of half-filled forms (the member form, the criterion form, ballot counts, a pledge, the meeting record): what
 * is typed is kept in the window's sessionStorage under the cluster, the year and the form, so leaving the screen or
 * reloading loses nothing, and the form says so when it comes back. A draft is removed once the form is saved or
 * cancelled, or typed back to what it started from. While a form holds unsaved input, reloading or closing the window
 * asks first (beforeunload).
 */
const PREFIX = 'cum-thi-dua:draft:';

/** Forms holding input that is neither saved nor back to its start, by draft key. */
const unsaved = new Set<string>();
let guarding = false;

function guardUnload(): void {
  if (guarding || typeof window === 'undefined') return;
  guarding = true;
  window.addEventListener('beforeunload', (event) => {
    if (unsaved.size === 0) return;
    event.preventDefault();
    // Older engines (and Electron's) read the return value.
    event.returnValue = '';
  });
}

/** True while some form on screen holds unsaved input. */
export const hasUnsavedInput = (): boolean => unsaved.size > 0;

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage refused (privacy settings): forms still work, without drafts
  }
}

/** The draft keys of the open cluster (and year, when the form belongs to one): form name → key. */
export function useDraftKeys(scope: 'year' | 'cluster' = 'year'): (form: string) => string {
  const clusterId = useAppStore((s) => s.activeClusterId) ?? '-';
  const year = useAppStore((s) => s.activeYear);
  return useCallback((form: string) => `${PREFIX}${clusterId}:${scope === 'year' ? (year ?? '-') : '-'}:${form}`, [clusterId, year, scope]);
}

/** The draft key of `form` in the open cluster (and year, when the form belongs to one). */
export function useDraftKey(form: string, scope: 'year' | 'cluster' = 'year'): string {
  return useDraftKeys(scope)(form);
}

/** Whether a draft is kept under `key` (a closed form with a draft opens again, showing it). */
export const hasDraft = (key: string): boolean => Boolean(storage()?.getItem(key));

/** The same keys with the same kind of value: a draft written by another version of the form is ignored. */
function sameShape(value: unknown, like: unknown): boolean {
  if (typeof value !== typeof like) return false;
  if (typeof like !== 'object' || like === null || value === null) return true;
  if (Array.isArray(value) !== Array.isArray(like)) return false;
  if (Array.isArray(like)) return true;
  const record = value as Record<string, unknown>;
  const sample = like as Record<string, unknown>;
  const keys = Object.keys(sample);
  return keys.length === Object.keys(record).length && keys.every((k) => k in record && kindOf(record[k]) === kindOf(sample[k]));
}

const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

export function readDraft<T>(key: string, like: T): T | undefined {
  const raw = storage()?.getItem(key);
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return sameShape(value, like) ? (value as T) : undefined;
  } catch {
    return undefined;
  }
}

function writeDraft(key: string, value: unknown, start: string, guard: boolean): void {
  const text = JSON.stringify(value);
  try {
    if (text === start) {
      storage()?.removeItem(key);
      unsaved.delete(key);
    } else {
      storage()?.setItem(key, text);
      if (guard) unsaved.add(key);
    }
  } catch {
    if (guard) unsaved.add(key); // full storage: the draft is not kept, but leaving still asks
  }
}

/**
 * The draft of one field that saves itself on leaving it (the meeting record's fields): kept while it differs from
 * what is saved, so a reload before leaving the field loses nothing.
 */
export function keepFieldDraft(key: string, text: string, saved: string): void {
  guardUnload();
  writeDraft(key, text, JSON.stringify(saved), true);
}

/** The field was saved (or left as it was): its draft goes. */
export function dropDraft(key: string): void {
  storage()?.removeItem(key);
  unsaved.delete(key);
}

export interface FormDraft<T> {
  readonly value: T;
  readonly set: (next: T) => void;
  /** True when the form came back with a draft left unsaved before. */
  readonly restored: boolean;
  /** The form was saved or cancelled: the draft goes. */
  readonly clear: () => void;
  /** Throws the draft away: the form shows what it started from. */
  readonly discard: () => void;
}

/**
 * A form's state kept as a draft: `initial` is what the form starts from (empty, or the record being edited); a
 * draft different from it is restored when the form mounts again with the same key.
 */
export function useFormDraft<T>(key: string, initial: T, options: { guard?: boolean } = {}): FormDraft<T> {
  // Which form is open is remembered too, but is no unsaved input: it does not make a reload ask.
  const guard = options.guard ?? true;
  const start = JSON.stringify(initial);
  const [state, setState] = useState(() => {
    const draft = readDraft(key, initial);
    const restored = draft !== undefined && JSON.stringify(draft) !== start;
    return { key, value: restored ? draft : initial, restored };
  });
  // Another cluster or year: that one's draft, if any.
  let current = state;
  if (state.key !== key) {
    const draft = readDraft(key, initial);
    const restored = draft !== undefined && JSON.stringify(draft) !== start;
    current = { key, value: restored ? draft : initial, restored };
    setState(current);
  }

  useEffect(() => {
    guardUnload();
    if (guard && JSON.stringify(current.value) !== start) unsaved.add(key);
    // Leaving the screen keeps the draft in storage; only the question on reload ends with the form.
    return () => {
      unsaved.delete(key);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- registered once per key; `set` keeps it current
  }, [key]);

  const set = useCallback(
    (next: T) => {
      writeDraft(key, next, start, guard);
      setState((s) => ({ ...s, key, value: next }));
    },
    [key, start, guard],
  );
  const clear = useCallback(() => {
    storage()?.removeItem(key);
    unsaved.delete(key);
    setState((s) => ({ ...s, restored: false }));
  }, [key]);
  const discard = useCallback(() => {
    storage()?.removeItem(key);
    unsaved.delete(key);
    setState({ key, value: JSON.parse(start) as T, restored: false });
  }, [key, start]);
  return { value: current.value, set, restored: current.restored, clear, discard };
}
