import type { Result } from '../../shared/base/result';
import { fail } from '../../shared/base/result';
import type { MergerDraft } from '../../shared/edits/year-setup';
import type { MergerEvent } from '../../shared/model/units';
import { loadDemoCluster } from '../db/cluster-document-repo';
import * as clusters from '../db/cluster-repo';
import type { ClusterDraft, UnitDraft } from '../db/cluster-repo';
import { recordMerger, removeMerger } from '../db/merger-repo';
import { useAppStore } from '../store';
import type { CommandRegistrar } from './command-app';
import { mutator, refreshAll, type CommandContext } from './mutator';
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
  'demo-load': () => Promise<Result<string>>;
  'merger-record': (draft: MergerDraft) => Promise<Result<MergerEvent>>;
  'merger-remove': (mergerId: string) => Promise<Result<void>>;
}

const NO_CLUSTER = 'Chưa chọn cụm thi đua.';

function activeCluster(ctx: CommandContext): string | undefined {
  return ctx.state().activeClusterId;
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
      write: async (ctx, draft: ClusterDraft) => {
        const id = activeCluster(ctx);
        return id ? clusters.updateCluster(ctx.db, id, draft) : fail(NO_CLUSTER);
      },
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
      write: async (ctx, draft: UnitDraft) => {
        const id = activeCluster(ctx);
        return id ? clusters.addUnit(ctx.db, id, draft) : fail(NO_CLUSTER);
      },
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
      write: async (ctx, draft: MergerDraft) => {
        const id = activeCluster(ctx);
        return id ? recordMerger(ctx.db, id, draft) : fail(NO_CLUSTER);
      },
    }),
  );
  app.method(
    'merger-remove',
    mutator({
      label: 'Xóa sự kiện sáp nhập',
      write: async (ctx, mergerId: string) => {
        const id = activeCluster(ctx);
        return id ? removeMerger(ctx.db, id, mergerId) : fail(NO_CLUSTER);
      },
    }),
  );
}
