import type { ComponentType } from 'react';
import type { Section } from '../store/types';

/**
 * Where each screen's code is: every screen, with the libraries only it uses, is its own chunk loaded when the
 * screen is first opened (or pointed at in the navigation), so none of them delays the first paint.
 */
type ScreenModule = { default: ComponentType };

const LOADERS = {
  cluster: () => import('../features/clusters/ClusterScreen').then((m) => ({ default: m.ClusterScreen })),
  year: () => import('../features/year-setup/YearSetupScreen').then((m) => ({ default: m.YearSetupScreen })),
  criteria: () => import('../features/criteria/CriteriaScreen').then((m) => ({ default: m.CriteriaScreen })),
  indicators: () => import('../features/indicators/IndicatorsScreen').then((m) => ({ default: m.IndicatorsScreen })),
  entry: () => import('../features/grid/GridScreen').then((m) => ({ default: m.GridScreen })),
  ranking: () => import('../features/ranking/RankingScreen').then((m) => ({ default: m.RankingScreen })),
  charts: () => import('../features/charts/ChartsScreen').then((m) => ({ default: m.ChartsScreen })),
  awards: () => import('../features/awards/AwardsScreen').then((m) => ({ default: m.AwardsScreen })),
  ballots: () => import('../features/ballots/BallotsScreen').then((m) => ({ default: m.BallotsScreen })),
  leadership: () => import('../features/leadership/LeadershipScreen').then((m) => ({ default: m.LeadershipScreen })),
  pledges: () => import('../features/pledges/PledgesScreen').then((m) => ({ default: m.PledgesScreen })),
  quarterly: () => import('../features/quarterly/QuarterlyScreen').then((m) => ({ default: m.QuarterlyScreen })),
  audit: () => import('../features/audit/AuditScreen').then((m) => ({ default: m.AuditScreen })),
  data: () => import('../features/data/DataScreen').then((m) => ({ default: m.DataScreen })),
  excel: () => import('../features/excel/ExcelScreen').then((m) => ({ default: m.ExcelScreen })),
  meeting: () => import('../features/documents/meeting/MeetingScreen').then((m) => ({ default: m.MeetingScreen })),
  documents: () => import('../features/documents/DocumentsScreen').then((m) => ({ default: m.DocumentsScreen })),
  settings: () => import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
} satisfies Record<Section, () => Promise<ScreenModule>>;

const loads = new Map<Section, Promise<ScreenModule>>();
const failed = new WeakSet<Promise<ScreenModule>>();

/**
 * Loads a screen's code once. A load that has succeeded is marked fulfilled the way React reads it (status, value),
 * so a screen whose code is already here renders at once through use(): no loading state, and none of React's
 * hold-back of content that arrives just after one (300 ms). A failed load stays failed (React shows the failure)
 * until something asks again on purpose: forgetFailedLoad.
 */
export function loadScreen(section: Section): Promise<ScreenModule> {
  const started = loads.get(section);
  if (started) return started;
  const load = LOADERS[section]();
  loads.set(section, load);
  load.then(
    (module) => Object.assign(load, { status: 'fulfilled', value: module }),
    (reason: unknown) => {
      Object.assign(load, { status: 'rejected', reason });
      failed.add(load);
    },
  );
  return load;
}

/** "Try again", a new visit or a new intent: a screen whose code failed to load is loaded afresh. */
export function forgetFailedLoad(section: Section): void {
  const load = loads.get(section);
  if (load && failed.has(load)) loads.delete(section);
}

/** Starts loading a screen the user is likely to open next (pointed at, focused); a failure shows when it is opened. */
export function prefetchScreen(section: Section): void {
  forgetFailedLoad(section);
  loadScreen(section).catch(() => undefined);
}
