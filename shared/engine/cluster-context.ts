import type { MergerEvent, Unit } from '../model/units';
import type { Year } from '../model/year';

/**
 * What the engine needs from the cluster beside one year (a ClusterDocument satisfies it): the units, the merger
 * events and, for each other year that is set up, its leader and members (rotation, next year's members).
 */
export interface ClusterContext {
  readonly units: readonly Unit[];
  readonly mergers: readonly MergerEvent[];
  readonly years: readonly Pick<Year, 'year' | 'leaderId' | 'memberIds'>[];
  /** The cluster's official order of its units, when recorded (shared/engine/member-order.ts). */
  readonly memberOrder?: readonly string[] | undefined;
}
