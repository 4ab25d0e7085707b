import { useAppStore } from '../store';
import './entry-table.css';

/**
 * The way from a 0 that lacks a pledged target (grid, ranking issues) to where targets are entered: the indicators
 * screen, with the indicator chosen and the member's target cell focused. The place asked for is kept here until the
 * indicators screen takes it on opening (once), so the route stays screen and year (renderer/app/routes.ts).
 */
export interface TargetPlace {
  readonly indicatorId: string;
  readonly unitId?: string;
}

let wanted: TargetPlace | undefined;

/** The place a link asked for, given once to the indicators screen as it opens. */
export function takeTargetPlace(): TargetPlace | undefined {
  const place = wanted;
  wanted = undefined;
  return place;
}

export function TargetLink({ place, label, className }: { place: TargetPlace; label: string; className?: string }) {
  const setSection = useAppStore((s) => s.setSection);
  return (
    <button
      type="button"
      className={className ?? 'link-button'}
      onClick={() => {
        wanted = place;
        setSection('indicators');
      }}
    >
      {label}
    </button>
  );
}
