import type { Result } from '../../shared/base/result';
import type { MergerDraft } from '../../shared/edits/year-setup';
import type { MergerEvent } from '../../shared/model/units';
import { loadDemoCluster } from '../db/cluster-document-repo';
import * as clusters from '../db/cluster-repo';
import type { ClusterDraft, UnitDraft } from '../db/cluster-repo';
import { recordMerger, removeMerger } from '../db/merger-repo';
import { useAppStore } from '../store';
import type { CommandRegistrar } from './command-app';
import { inActiveCluster, mutator, refreshAll } from './mutator';
import { flushSave } from './year-save-queue';

export type { ClusterDraft, UnitDraft };

/** Clusters, their member units and merger events (cụm thi đua, đơn vị thành viên, sáp nhập). */
export interface ClusterHandlers {
  'cluster-create': (draft: ClusterDraft) => Promise<Result<string>>;
  'cluster-update': (draft: ClusterDraft) => Promise<Result<void>>;
  /** Shows another cluster; what was typed in the open year is written first. */
  'cluster-select': (clusterId: string | undefined) => Promise<Result<void>>;
  'unit-add': (draft: UnitDraft) => Promise<Result<string>>;
  'unit-update': (unitId: string, draft: UnitDraft) => Promise<Result<void>>;
  'unit-remove': (unitId: string) => Promise<Result<void>>;
  /** The cluster's official order of its units (every unit id once), as set on the members screen. */
  'member-order-set': (order: readonly string[]) => Promise<Result<void>>;
  'demo-load': () => Promise<Result<string>>;
  'merger-record': (draft: MergerDraft) => Promise<Result<MergerEvent>>;
  'merger-remove': (mergerId: string) => Promise<Result<void>>;
}

export function registerClusterCommands(app: CommandRegistrar<ClusterHandlers>): void {
  app.method(
    'cluster-create',
    mutator({
      label: 'Tạo cụm thi đua',
      write: (ctx, draft: ClusterDraft) => clusters.createCluster(ctx.db, draft),
      refresh: (ctx, id) => refreshAll(ctx, id),
    }),
  );
  app.method(
    'cluster-update',
    mutator({
      label: 'Sửa thông tin cụm thi đua',
      write: inActiveCluster((ctx, clusterId, draft: ClusterDraft) => clusters.updateCluster(ctx.db, clusterId, draft)),
    }),
  );
  app.method('cluster-select', async (clusterId) => {
    const flushed = await flushSave();
    if (!flushed.ok) return flushed;
    await useAppStore.getState().selectCluster(clusterId);
    return { ok: true, value: undefined };
  });
  app.method(
    'unit-add',
    mutator({
      label: 'Thêm đơn vị thành viên',
      write: inActiveCluster((ctx, clusterId, draft: UnitDraft) => clusters.addUnit(ctx.db, clusterId, draft)),
    }),
  );
  app.method(
    'unit-update',
    mutator({
      label: 'Sửa đơn vị thành viên',
      write: (ctx, unitId: string, draft: UnitDraft) => clusters.updateUnit(ctx.db, unitId, draft),
    }),
  );
  app.method(
    'unit-remove',
    mutator({
      label: 'Xóa đơn vị thành viên',
      write: (ctx, unitId: string) => clusters.removeUnit(ctx.db, unitId),
    }),
  );
  app.method(
    'member-order-set',
    mutator({
      label: 'Sắp xếp thứ tự thành viên',
      write: inActiveCluster((ctx, clusterId, order: readonly string[]) => clusters.setMemberOrder(ctx.db, clusterId, order)),
    }),
  );
  app.method(
    'demo-load',
    mutator({
      label: 'Nạp cụm mẫu',
      write: (ctx) => loadDemoCluster(ctx.db),
      refresh: (ctx, id) => refreshAll(ctx, id),
    }),
  );
  app.method(
    'merger-record',
    mutator({
      label: 'Ghi sáp nhập đơn vị',
      write: inActiveCluster((ctx, clusterId, draft: MergerDraft) => recordMerger(ctx.db, clusterId, draft)),
    }),
  );
  app.method(
    'merger-remove',
    mutator({
      label: 'Xóa sự kiện sáp nhập',
      write: inActiveCluster((ctx, clusterId, mergerId: string) => removeMerger(ctx.db, clusterId, mergerId)),
    }),
  );
}
