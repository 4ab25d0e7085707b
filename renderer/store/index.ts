import { create } from 'zustand';
import { createClusterSlice, type ClusterSlice } from './cluster-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createYearSlice, type YearSlice } from './year-slice';

/** One store built from slices (STYLE.md); components read it through narrow selectors. */
export type AppState = ClusterSlice & YearSlice & UiSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createClusterSlice(...a),
  ...createYearSlice(...a),
  ...createUiSlice(...a),
}));
