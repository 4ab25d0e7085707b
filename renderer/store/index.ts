import { create } from 'zustand';
import { createClusterSlice } from './cluster-slice';
import type { AppState } from './types';
import { createUiSlice } from './ui-slice';
import { createYearSlice } from './year-slice';

export type { AppState, ClusterData, Section, SaveStatus } from './types';

/** One store built from slices; components read it through narrow selectors. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createClusterSlice(...a),
  ...createYearSlice(...a),
  ...createUiSlice(...a),
}));
