import { useEffect, useMemo, useState } from 'react';
import type { LeadershipYearRecord } from '../../../shared/engine/rotation';
import { appDatabase } from '../../db/database';
import { useAppStore } from '../../store';

/**
 * Leader, deputy, election and hand-over of every year of the active cluster (the timeline needs all years). Other
 * years are read from the clusterYears rows once per cluster and list of years; the open year comes live from the
 * store, so a recorded election shows at once.
 */
export function useLeadershipRecords(): LeadershipYearRecord[] {
  const clusterId = useAppStore((s) => s.activeClusterId);
  const setUpYears = useAppStore((s) => s.setUpYears);
  const open = useAppStore((s) => s.yearDoc);
  const [stored, setStored] = useState<{ key: string; records: LeadershipYearRecord[] }>();
  const key = `${clusterId ?? ''}|${setUpYears.join(',')}`;

  useEffect(() => {
    if (!clusterId) return;
    let current = true;
    void appDatabase()
      .clusterYears.where({ clusterId })
      .toArray()
      .then((rows) => {
        if (!current) return;
        const records = rows.map((row): LeadershipYearRecord => {
          const record: LeadershipYearRecord = { year: row.year };
          if (row.leaderUnitId) record.leaderId = row.leaderUnitId;
          if (row.deputyUnitId) record.deputyId = row.deputyUnitId;
          if (row.body?.election) record.election = row.body.election;
          if (row.body?.handOver) record.handOver = row.body.handOver;
          return record;
        });
        setStored({ key, records });
      });
    return () => {
      current = false;
    };
  }, [clusterId, key]);

  return useMemo(() => {
    const records = stored?.key === key ? stored.records.filter((r) => r.year !== open?.year) : [];
    if (open) {
      const own: LeadershipYearRecord = { year: open.year, leaderId: open.leaderId };
      if (open.deputyId) own.deputyId = open.deputyId;
      if (open.election) own.election = open.election;
      if (open.handOver) own.handOver = open.handOver;
      records.push(own);
    }
    return records.sort((a, b) => a.year - b.year);
  }, [stored, key, open]);
}
