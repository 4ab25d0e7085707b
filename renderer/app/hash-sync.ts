import { send } from '../commands';
import type { AppState } from '../store';
import { formatRoute, routeOfHash, type Route } from './routes';

/**
 * The store's section and open year are the truth; the URL's hash mirrors them (routes.ts). A change in the app
 * (a menu click, another year chosen) adds a history entry; Back, Forward or an address typed in move the app
 * there. An address the app cannot show (unknown screen, a year not set up) is replaced by where the app is.
 */
interface RouteStore {
  getState: () => AppState;
  subscribe: (listener: (state: AppState, previous: AppState) => void) => () => void;
}

const routeOf = (state: AppState): Route => ({
  section: state.section,
  year: state.activeYear,
  ...(state.section === 'history' && state.historyUnitId !== undefined ? { unitId: state.historyUnitId } : {}),
  ...(state.section === 'meeting' ? { meetingKey: state.meetingKey } : {}),
});

/** Points the store at the route's screen, with the unit or the meeting its address names (not its year). */
export function showRoute(state: Pick<AppState, 'setSection' | 'showHistory' | 'showMeeting'>, route: Route): void {
  if (route.section === 'history') state.showHistory(route.unitId);
  else if (route.section === 'meeting') state.showMeeting(route.meetingKey ?? 'yearEnd', true);
  else state.setSection(route.section);
}

/** Opens the route's year if the active cluster has it set up and it is not the open one. */
export async function openRouteYear(store: RouteStore, year: number | undefined): Promise<void> {
  const state = store.getState();
  if (year !== undefined && year !== state.activeYear && state.setUpYears.includes(year)) await send('year-open', year);
}

/**
 * Starts keeping the hash and the store in step; `onNavigated` runs after Back/Forward has moved the app.
 * `startHash` is the address the store was pointed at when the app started: a Back or Forward while the data was
 * still loading changed the address with no one listening, and is applied now rather than overwritten.
 */
export function syncRouteWithHash(store: RouteStore, onNavigated: () => void, startHash: string): () => void {
  // While a route from the address is being opened, the store passes through states that are not new places.
  let applying = 0;

  const write = (how: 'push' | 'replace') => {
    const hash = formatRoute(routeOf(store.getState()));
    if (location.hash === hash) return;
    if (how === 'push') history.pushState(null, '', hash);
    else history.replaceState(null, '', hash);
  };

  const onHashChange = () => {
    const route = routeOfHash(location.hash);
    applying += 1;
    showRoute(store.getState(), route);
    void openRouteYear(store, route.year).finally(() => {
      applying -= 1;
      if (applying > 0) return;
      write('replace');
      onNavigated();
    });
  };

  window.addEventListener('hashchange', onHashChange);
  const unsubscribe = store.subscribe((state, previous) => {
    if (applying > 0) return;
    const otherUnit = state.section === 'history' && state.historyUnitId !== previous.historyUnitId;
    const otherMeeting = state.section === 'meeting' && state.meetingKey !== previous.meetingKey;
    if (state.section !== previous.section || otherUnit || otherMeeting || (state.activeYear !== undefined && previous.activeYear !== undefined && state.activeYear !== previous.activeYear)) {
      write('push');
    } else if (state.activeYear !== previous.activeYear) {
      // A year appearing (the first one set up, a cluster loaded) or going away is not a place the user went to.
      write('replace');
    }
  });
  const here = formatRoute(routeOf(store.getState()));
  if (location.hash === startHash || location.hash === here) write('replace');
  else onHashChange();
  return () => {
    window.removeEventListener('hashchange', onHashChange);
    unsubscribe();
  };
}
