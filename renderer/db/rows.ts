import type { MergerEvent } from '../../shared/model/units';
import type { Year } from '../../shared/model/year';
import type { PeerScore, ScoreEntry } from '../../shared/model/scores';
import type { StoredList } from './packed-list';

/**
 * Row shapes of the IndexedDB tables. Repositories turn them into domain objects, so shared/ never
 * sees Dexie (docs/architecture.md, "Data: record events, derive results").
 */

export interface ClusterRow {
  id: string;
  name: string;
  /** cấp: tỉnh, huyện, xã, bộ ngành... */
  level: string;
  /** cơ quan tổ chức, e.g. "Ủy ban Trung ương MTTQ Việt Nam" */
  organisingBody: string;
  /** 'cụm' or 'khối' (a block groups units by sector) */
  sector: 'cụm' | 'khối';
  /** The official order of the cluster's units (ids), when set (shared/engine/member-order.ts). */
  memberOrder?: string[];
  createdAt: string;
  updatedAt: string;
}

export interface UnitRow {
  id: string;
  clusterId: string;
  name: string;
  shortName?: string;
  province?: string;
  note?: string;
}

/** One row per unit and year it is a member (đơn vị thành viên of that year). */
export interface MembershipRow {
  clusterId: string;
  unitId: string;
  year: number;
}

/**
 * Everything of a cluster-year except what other tables hold: the year number and members (memberships table),
 * leader and deputy (columns of the row, so the members screen can show them without the whole year).
 */
export type YearBody = Omit<Year, 'year' | 'memberIds' | 'leaderId' | 'deputyId'>;

/**
 * A year's body as its row stores it: the two long lists (scores, peer scores) packed into columns (packed-list.ts,
 * year-body.ts), everything else as it is. Rows written before packing hold plain arrays, read the same way.
 */
export type StoredYearBody = Omit<YearBody, 'scores' | 'peerScores'> & {
  scores: StoredList<ScoreEntry>;
  peerScores: StoredList<PeerScore>;
};

/** A year of a cluster: who leads it (cụm trưởng), who is deputy (cụm phó), and, once set up, the year itself. */
export interface ClusterYearRow {
  clusterId: string;
  year: number;
  leaderUnitId?: string;
  deputyUnitId?: string;
  /** Its long lists packed into columns (year-body.ts); read it with unpackBody. */
  body?: StoredYearBody;
  /**
   * A fresh token on every write of the row or of the year's memberships: a save based on a copy read at another
   * revision is refused (docs/architecture.md, "Two windows"). Rows written before revisions existed have none.
   */
  revision?: string;
  /**
   * When this PC last wrote the row or the year's memberships (ISO 8601): a hand-over plan shows it as the time of what
   * is here. Rows written before this existed have none.
   */
  updatedAt?: string;
}

/** A merger event (sáp nhập), recorded per cluster. */
export type MergerRow = MergerEvent & { clusterId: string };

export interface MetaRow {
  key: string;
  value: unknown;
}

/** Bytes of a stored scan (schema v4), keyed by their SHA-256; the year keeps the Attachment metadata only. */
export interface AttachmentRow {
  sha256: string;
  clusterId: string;
  fileName: string;
  mimeType: string;
  size: number;
  blob: Blob;
  storedAt: string;
}
