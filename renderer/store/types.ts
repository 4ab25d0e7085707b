import type { FailureCause } from '../../shared/base/result';
import type { ClusterContext } from '../../shared/engine/evaluate-year';
import type { MeetingKey } from '../../shared/model/meeting';
import type { Year } from '../../shared/model/year';
import type { ClusterData } from '../db/cluster-repo';
import type { ClusterRow } from '../db/rows';

/**
 * The shape of the app's one store (docs/architecture.md, "The store"): what is on screen, and the loaders that read it
 * from the database. Writes are not here: they are commands (renderer/commands), which change the database and then
 * call these loaders.
 */

export type { ClusterData };

/** Clusters and members (cụm thi đua và đơn vị thành viên) as last read from the database. */
export interface ClusterSlice {
  clusters: ClusterRow[];
  activeClusterId: string | undefined;
  active: ClusterData | undefined;
  /** True once the first list of clusters has been read (the screens wait for it). */
  loaded: boolean;
  refreshClusters: () => Promise<void>;
  /** Reads the cluster's data and context; keeps the open year when it is the same cluster. */
  selectCluster: (id: string | undefined) => Promise<void>;
}

export type SaveStatus = 'saved' | 'pending' | 'error';

/** The open cluster-year (năm đang làm việc), its undo history and whether its last change is saved. */
export interface YearSlice {
  /** Years of the active cluster that are set up, ascending. */
  setUpYears: number[];
  activeYear: number | undefined;
  yearDoc: Year | undefined;
  /**
   * The stored revision `yearDoc` was read at or last saved as: a save based on an older revision is refused
   * (another window wrote the year in between), never applied.
   */
  yearRevision: string;
  /** Units, mergers and other years' leaders: what evaluateYear needs beside the year. */
  clusterContext: ClusterContext | undefined;
  undoStack: Year[];
  redoStack: Year[];
  saveStatus: SaveStatus;
  saveError: string | undefined;
  refreshYears: () => Promise<void>;
  /** Opens a year afresh (its undo history starts empty). */
  openYear: (year: number | undefined) => Promise<void>;
  /**
   * Reads the open year and the cluster context again after a command wrote them. The undo history is kept when the
   * stored year is still the revision on screen, and cleared when a command changed it underneath.
   */
  reloadYear: () => Promise<void>;
}

/** The sections of the app. Only built sections are listed; the navigation shows exactly these. */
export type Section = 'cluster' | 'year' | 'criteria' | 'indicators' | 'ranking' | 'charts' | 'history' | 'settings' | 'entry' | 'awards' | 'ballots' | 'leadership' | 'pledges' | 'quarterly' | 'audit' | 'data' | 'meeting' | 'excel' | 'documents';

/** Whether this window writes, or another window of the same profile does (docs/architecture.md, "Two windows"). */
export type WriteAccess = 'writer' | 'otherWindow';

/** A write the storage refused (a full disk) or a save refused as stale: shown as a dialog until dismissed. */
export interface StorageFault {
  readonly cause: FailureCause;
  /** What was not saved: "Thay đổi của năm 2023", "«Thêm đơn vị thành viên»". */
  readonly what: string;
  readonly message: string;
  /** The open year whose changes are not saved (a save of the year failed). */
  readonly year?: number;
}

export interface UiSlice {
  section: Section;
  /**
   * How the open screen was reached. 'screen' (the menu, an address, a link to another screen): the screen starts at
   * its top with its heading focused (renderer/app/App.tsx). 'place' (a link to one field of a screen): the screen
   * brings that field into view and focuses it itself, and the shell leaves both alone.
   */
  arrival: 'screen' | 'place';
  /** The unit whose history (Lịch sử thành viên) is shown; undefined lets the screen ask which. */
  historyUnitId: string | undefined;
  /** The meeting the Thông tin hội nghị screen shows: the year-end review or a quarter's. */
  meetingKey: MeetingKey;
  /** Who is working at this PC: recorded as "who" in the year's audit log. */
  operatorName: string;
  writeAccess: WriteAccess;
  storageFault: StorageFault | undefined;
  /** Whether the fault's dialog is open (closed, the header's badge opens it again). */
  faultOpen: boolean;
  setSection: (section: Section) => void;
  /** Goes to a screen that focuses a place of its own on opening (arrival 'place'), e.g. a member's target cell. */
  showPlace: (section: Section) => void;
  /** Opens a unit's history (from the members screen, the ranking, an address). */
  showHistory: (unitId: string | undefined) => void;
  /** Chooses the meeting on the Thông tin hội nghị screen; with `open`, also goes there (a quarter's report links to its own). */
  showMeeting: (key: MeetingKey, open?: boolean) => void;
  setOperatorName: (name: string) => void;
  setWriteAccess: (access: WriteAccess) => void;
  /** Shows a fault in its dialog, or forgets it (undefined: saved since, or given up). */
  reportFault: (fault: StorageFault | undefined) => void;
  setFaultOpen: (open: boolean) => void;
}

export type AppState = ClusterSlice & YearSlice & UiSlice;
