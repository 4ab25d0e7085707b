// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { syncRouteWithHash } from '../../../renderer/app/hash-sync';
import type { AppState } from '../../../renderer/store';
import type { Section } from '../../../renderer/store/types';
import type { MeetingKey } from '../../../shared/model/meeting';

/** The part of the store the address follows: the screen and the open year, and 2024–2025 set up. */
function fakeStore(section: Section, activeYear: number) {
  let state = { section, activeYear, setUpYears: [2024, 2025], meetingKey: 'yearEnd' } as unknown as AppState;
  const listeners = new Set<(state: AppState, previous: AppState) => void>();
  const set = (patch: Partial<AppState>) => {
    const previous = state;
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state, previous);
  };
  Object.assign(state, {
    setSection: (next: Section) => set({ section: next }),
    showHistory: () => set({ section: 'history' }),
    showMeeting: (meetingKey: MeetingKey, open = false) => set(open ? { section: 'meeting', meetingKey } : { meetingKey }),
  });
  return {
    getState: () => state,
    subscribe: (listener: (state: AppState, previous: AppState) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
let stop: (() => void) | undefined;

/**
 * The app started with the store on `section` of 2025 and the address then at `startHash`; by the time the data has
 * loaded (now) the address is `hash`. Returns the store and what was told of navigations.
 */
function loadedAt(hash: string, section: Section, startHash = hash) {
  history.replaceState(null, '', hash);
  const store = fakeStore(section, 2025);
  const onNavigated = vi.fn();
  stop = syncRouteWithHash(store, onNavigated, startHash);
  return { store, onNavigated };
}

afterEach(() => {
  stop?.();
  history.replaceState(null, '', '#');
});

describe('the address kept in step with the store from the moment the data has loaded', () => {
  test('an address unchanged since start-up is written as where the app is, and is not a navigation', async () => {
    const { store, onNavigated } = loadedAt('#/khong-co', 'cluster');
    await settle();
    expect(location.hash).toBe('#/2025/cum-thanh-vien');
    expect(store.getState().section).toBe('cluster');
    expect(onNavigated).not.toHaveBeenCalled();
  });

  test('a Back or Forward made while the data was still loading moves the app there once it has loaded', async () => {
    // Started on the cluster screen; the user pressed Forward to the score entry before anyone listened.
    const { store, onNavigated } = loadedAt('#/2025/nhap-diem', 'cluster', '#/2025/cum-thanh-vien');
    await settle();
    expect(store.getState().section).toBe('entry');
    expect(location.hash).toBe('#/2025/nhap-diem');
    expect(onNavigated).toHaveBeenCalledTimes(1);
  });

  test('starting again over an address the app already shows changes nothing (a second mount)', async () => {
    const { onNavigated } = loadedAt('#/2025/xep-hang', 'ranking', '');
    await settle();
    expect(location.hash).toBe('#/2025/xep-hang');
    expect(onNavigated).not.toHaveBeenCalled();
  });

  test('the meeting screen names a quarter’s meeting: choosing another is a place of its own, and Back returns to it', async () => {
    const { store, onNavigated } = loadedAt('#/2025/thong-tin-hoi-nghi/quy-2', 'cluster', '#/2025/cum-thanh-vien');
    await settle();
    expect(store.getState().section).toBe('meeting');
    expect(store.getState().meetingKey).toBe('Q2');
    expect(onNavigated).toHaveBeenCalledTimes(1);

    store.getState().showMeeting('yearEnd');
    expect(location.hash).toBe('#/2025/thong-tin-hoi-nghi');
    store.getState().showMeeting('Q3');
    expect(location.hash).toBe('#/2025/thong-tin-hoi-nghi/quy-3');

    history.back();
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await settle();
    expect(store.getState().meetingKey).toBe('yearEnd');
    expect(location.hash).toBe('#/2025/thong-tin-hoi-nghi');
  });
});
