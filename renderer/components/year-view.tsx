import { useMemo, useState } from 'react';
import type { Year } from '../../shared/model/year';
import type { Result } from '../../shared/base/result';
import { displayName } from '../../shared/base/short-names';
import { membersInOrder } from '../../shared/engine/member-order';
import { perform, type YearEditName } from '../commands';
import { Notice, type NoticeState } from './Notice';
import { useAppStore } from '../store';

/**
 * Small pieces the year screens share (awards, ballots, leadership, pledges, audit...): unit names of the open
 * cluster, a "no year yet" card, and a wrapper that performs a named change of the year and turns its result into a
 * notice.
 */

export function useUnitNames(): ReadonlyMap<string, string> {
  const units = useAppStore((s) => s.clusterContext?.units);
  return useMemo(() => new Map((units ?? []).map((u) => [u.id, u.name])), [units]);
}

/** Short names (tên gọi tắt, or the proposal) for grids, tables, charts and other narrow places. */
export function useShortNames(): ReadonlyMap<string, string> {
  const units = useAppStore((s) => s.clusterContext?.units);
  return useMemo(() => new Map((units ?? []).map((u) => [u.id, displayName(u)])), [units]);
}

/**
 * `ids` (the open year's members, candidates, signatories...) in the cluster's official order: every list of members
 * on a screen comes through here (shared/engine/member-order.ts), none sorts on its own.
 */
export function useMembersInOrder(ids: readonly string[] | undefined): readonly string[] {
  const context = useAppStore((s) => s.clusterContext);
  return useMemo(() => (context ? membersInOrder(ids ?? [], context) : [...(ids ?? [])]), [ids, context]);
}

export const nameOf = (names: ReadonlyMap<string, string>, id: string | undefined | null): string =>
  id ? (names.get(id) ?? id) : '—';

/** A choice of one unit among `unitIds`, shown by name; `empty` adds a first option meaning "none". */
export function UnitSelect(props: {
  value: string;
  onChange: (unitId: string) => void;
  unitIds: readonly string[];
  names: ReadonlyMap<string, string>;
  empty?: string;
  label?: string;
}) {
  return (
    <select aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
      {props.empty !== undefined && <option value="">{props.empty}</option>}
      {props.unitIds.map((id) => (
        <option key={id} value={id}>
          {nameOf(props.names, id)}
        </option>
      ))}
    </select>
  );
}

export function NoYear({ text }: { text: string }) {
  return (
    <div className="screen">
      <p className="card muted">{text}</p>
    </div>
  );
}

/** Performs a change on the open year; shows success text or the Vietnamese reason it was refused. */
export function useYearAction(): {
  notice: NoticeState;
  setNotice: (n: NoticeState) => void;
  run: (name: YearEditName, change: (y: Year) => Result<Year>, success: string, meta?: { reason?: string }) => boolean;
  view: React.JSX.Element | null;
} {
  // A message belongs to the year as it was when it was given: once the year changes again (the next action, here
  // or on another panel, an undo), "Đã lưu…" or an old refusal would describe something that is no longer the case.
  const [given, setGiven] = useState<{ notice: NoticeState; about: Year | undefined }>();
  const current = useAppStore((s) => s.yearDoc);
  const notice = given && given.about === current ? given.notice : undefined;
  const setNotice = (next: NoticeState) => setGiven(next && { notice: next, about: useAppStore.getState().yearDoc });
  const run = (name: YearEditName, change: (y: Year) => Result<Year>, success: string, meta?: { reason?: string }) => {
    const result = perform(name, change, meta);
    setNotice(result.ok ? { kind: 'success', text: success } : { kind: 'error', text: result.message });
    return result.ok;
  };
  return { notice, setNotice, run, view: notice ? <Notice {...notice} /> : null };
}

/** A banner on every year-end screen while the year is locked. */
export function LockedBanner({ text }: { text: string }) {
  const locked = useAppStore((s) => s.yearDoc?.locked ?? false);
  return locked ? <p className="notice notice-warning small">{text}</p> : null;
}
