import { setScore } from '../../../shared/edits/scores';
import { useAppStore } from '../../store';

/**
 * e2e only, off unless the test sets localStorage "cum-thi-dua:test-hook" = "1" before the page loads: lets the
 * year-end test change a reviewed score through the store's perform() (the same path the score grid uses) when the
 * grid is not part of the build. It adds no power a user lacks: the grid performs the same change.
 */
export function installTestHook(): void {
  if (typeof window === 'undefined' || localStorage.getItem('cum-thi-dua:test-hook') !== '1') return;
  Object.assign(window, {
    cumThiDuaTest: {
      setReviewedScore(unitId: string, criterionId: string, points: number) {
        const state = useAppStore.getState();
        const names = new Map((state.clusterContext?.units ?? []).map((u) => [u.id, u.name]));
        return state.perform((year) => setScore(year, { kind: 'reviewed', unitId, criterionId }, points, { names }));
      },
    },
  });
}
