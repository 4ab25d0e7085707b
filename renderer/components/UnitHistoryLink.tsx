import type { ReactNode } from 'react';
import { useStrings } from '../i18n/strings';
import { useAppStore } from '../store';
import './unit-history-link.css';

/**
 * Opens a unit's history (Lịch sử thành viên). The store's section and unit are mirrored in the address
 * (`#/2025/lich-su-thanh-vien/<id>`, renderer/app/hash-sync.ts), so Back returns here and a reload reopens it.
 */
export function UnitHistoryLink({ unitId, name, children, className }: { unitId: string; name: string; children?: ReactNode; className?: string }) {
  const t = useStrings().history;
  const showHistory = useAppStore((s) => s.showHistory);
  return (
    <button
      type="button"
      className={`link-button ${className ?? 'history-link'}`}
      data-history-unit={unitId}
      onClick={() => showHistory(unitId)}
      {...(children === undefined ? {} : { title: t.openHistory(name) })}
    >
      {children ?? name}
    </button>
  );
}
