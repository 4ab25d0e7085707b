import { useEffect, useMemo, useState } from 'react';
import type { LeadershipYearRecord } from '../../../shared/engine/rotation';
import { useAppStore } from '../../store';
import { loadLeadershipRecords } from '../../store/loaders';

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
    void loadLeadershipRecords(clusterId).then((records) => {
      if (current) setStored({ key, records });
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
