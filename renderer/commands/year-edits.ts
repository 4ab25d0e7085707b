import { guardChange } from '../../shared/edits/audited';
import type { Year } from '../../shared/model/year';
import { fail, type Result } from '../../shared/base/result';
import { OTHER_WINDOW_MESSAGE } from '../db/user-error';
import { useAppStore } from '../store';
import { countEdit } from '../store/export-stats';
import { isWriter } from './writer-lock';
import { scheduleSave } from './year-save-queue';

/**
 * Every change of the open year, by name (excalidraw's named actions): the name is what the audit log says the change
 * was, so the log reads as sentences ("Dán khối điểm — Phú Thọ — 1.1 …: 1,50 → 2,00"). The change itself is a pure
 * function from shared/edits; here it is guarded by the lock, logged once the year is finalised, put on the undo stack,
 * and saved shortly after (docs/architecture.md, "The path of one score").
 */
export const YEAR_EDITS = {
  'score-enter': 'Nhập điểm',
  'scores-paste': 'Dán khối điểm',
  'adjustment-add': 'Thêm điểm thưởng/điểm trừ',
  'adjustment-remove': 'Xóa điểm thưởng/điểm trừ',
  'section-add': 'Thêm mục của bảng tiêu chí',
  'section-edit': 'Sửa mục của bảng tiêu chí',
  'criterion-add': 'Thêm tiêu chí',
  'criterion-edit': 'Sửa tiêu chí',
  'indicator-list-edit': 'Sửa danh mục chỉ tiêu',
  'indicator-value-set': 'Nhập giá trị chỉ tiêu',
  'indicator-table-apply': 'Dán bảng giá trị chỉ tiêu',
  'indicator-values-paste': 'Dán khối giá trị chỉ tiêu',
  'pledge-targets-set': 'Nhập chỉ tiêu giao ước',
  'criteria-table-paste': 'Dán bảng tiêu chí từ Excel',
  'quarter-values-set': 'Nhập giá trị chỉ tiêu của quý',
  'templates-apply': 'Nhập mẫu tự chấm đã điền',
  'peer-templates-apply': 'Nhập mẫu chấm chéo đã điền',
  'rules-edit': 'Sửa bộ quy tắc',
  'bands-edit': 'Sửa các mức xếp loại',
  'robustness-delta-set': 'Đặt sai số δ của độ vững thứ hạng',
  'leadership-set': 'Đặt cụm trưởng, cụm phó của năm',
  'award-tiers-set': 'Sửa hình thức khen thưởng',
  'eligibility-set': 'Sửa điều kiện xét khen thưởng',
  'tie-order-set': 'Ghi thứ tự biểu quyết đồng hạng',
  'award-override-set': 'Thay đổi đề nghị khen thưởng',
  'ballot-record': 'Ghi phiếu biểu quyết',
  'ballot-remove': 'Xóa phiếu biểu quyết',
  'election-record': 'Ghi kết quả bầu cụm trưởng, cụm phó',
  'handover-record': 'Ghi bàn giao cờ luân lưu',
  'meeting-record': 'Ghi thông tin hội nghị',
  'pledge-save': 'Lưu giao ước thi đua',
  'pledge-remove': 'Xóa giao ước thi đua',
  'scan-attach': 'Đính kèm bản ký',
  'scan-detach': 'Gỡ bản ký',
  'year-finalise': 'Chốt kết quả năm',
  'year-unlock': 'Mở khóa năm',
  'year-lock': 'Khóa sổ năm',
  undo: 'Hoàn tác',
  redo: 'Làm lại',
} as const satisfies Record<string, string>;

export type YearEditName = keyof typeof YEAR_EDITS;

const UNDO_LIMIT = 200;

// The lock and the audit log apply to every transition of the open year, undo and redo included.
function guard(name: YearEditName, before: Year, after: Year, reason?: string): Result<Year> {
  const { clusterContext, operatorName } = useAppStore.getState();
  return guardChange(before, after, {
    who: operatorName,
    at: new Date().toISOString(),
    command: YEAR_EDITS[name],
    ...(reason === undefined ? {} : { reason }),
    unitNames: new Map((clusterContext?.units ?? []).map((u) => [u.id, u.name])),
  });
}

/**
 * Applies a named change to the open year; on failure nothing changes and the message says why. A locked year
 * refuses every change but an unlock (which needs `reason`).
 */
export function perform(name: YearEditName, change: (year: Year) => Result<Year>, meta?: { reason?: string }): Result<Year> {
  const { yearDoc: current, undoStack } = useAppStore.getState();
  if (!current) return fail('Chưa mở năm nào.');
  // Another window writes: this one changes nothing, not even in memory (docs/architecture.md, "Two windows").
  if (!isWriter()) return fail(OTHER_WINDOW_MESSAGE);
  const changed = change(current);
  if (!changed.ok || changed.value === current) return changed;
  const result = guard(name, current, changed.value, meta?.reason);
  if (!result.ok) return result;
  useAppStore.setState({ yearDoc: result.value, undoStack: [...undoStack, current].slice(-UNDO_LIMIT), redoStack: [] });
  countEdit('soon');
  scheduleSave();
  return result;
}

/** Steps back one change (itself a change the lock may refuse and the log records). */
export function undo(): Result<Year> | undefined {
  const { undoStack, yearDoc, redoStack } = useAppStore.getState();
  const previous = undoStack.at(-1);
  if (!previous || !yearDoc) return undefined;
  if (!isWriter()) return fail(OTHER_WINDOW_MESSAGE);
  const guarded = guard('undo', yearDoc, previous);
  if (!guarded.ok) return guarded;
  useAppStore.setState({ yearDoc: guarded.value, undoStack: undoStack.slice(0, -1), redoStack: [...redoStack, yearDoc] });
  scheduleSave();
  return guarded;
}

export function redo(): Result<Year> | undefined {
  const { undoStack, yearDoc, redoStack } = useAppStore.getState();
  const next = redoStack.at(-1);
  if (!next || !yearDoc) return undefined;
  if (!isWriter()) return fail(OTHER_WINDOW_MESSAGE);
  const guarded = guard('redo', yearDoc, next);
  if (!guarded.ok) return guarded;
  useAppStore.setState({ yearDoc: guarded.value, redoStack: redoStack.slice(0, -1), undoStack: [...undoStack, yearDoc] });
  scheduleSave();
  return guarded;
}
