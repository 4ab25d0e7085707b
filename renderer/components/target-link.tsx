import { useAppStore } from '../store';
import './entry-table.css';

/**
 * The way from a 0 that lacks a pledged target (grid, ranking issues) to where targets are entered: the indicators
 * screen, with the indicator chosen and the member's target cell focused. The place asked for is kept here until the
 * indicators screen reads it on opening, then forgets it, so the route stays screen and year (renderer/app/routes.ts).
 */
export interface TargetPlace {
  readonly indicatorId: string;
  readonly unitId?: string;
}

let wanted: TargetPlace | undefined;

/** The place a link asked for; the indicators screen reads it as it opens, then forgets it (forgetTargetPlace). */
export function wantedTargetPlace(): TargetPlace | undefined {
  return wanted;
}

export function forgetTargetPlace(): void {
  wanted = undefined;
}

export function TargetLink({ place, label, className }: { place: TargetPlace; label: string; className?: string }) {
  const showPlace = useAppStore((s) => s.showPlace);
  return (
    <button
      type="button"
      className={className ?? 'link-button'}
      onClick={() => {
        wanted = place;
        showPlace('indicators');
      }}
    >
      {label}
    </button>
  );
}
