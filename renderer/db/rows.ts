/**
 * Row shapes of the IndexedDB tables. Repositories turn them into domain objects, so shared/ never
 * sees Dexie (STYLE.md, "Data and state").
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
  createdAt: string;
  updatedAt: string;
}

export interface UnitRow {
  id: string;
  clusterId: string;
  name: string;
  shortName?: string;
  note?: string;
}

/** One row per unit and year it is a member (đơn vị thành viên of that year). */
export interface MembershipRow {
  clusterId: string;
  unitId: string;
  year: number;
}

/** A year of a cluster: who leads it (cụm trưởng) and who is deputy (cụm phó). */
export interface ClusterYearRow {
  clusterId: string;
  year: number;
  leaderUnitId?: string;
  deputyUnitId?: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}
