import { useCallback, useRef, useState } from 'react';
import type { ColumnView } from '../../../shared/grid/columns';
import { isAdjustmentColumn } from '../../../shared/grid/columns';
import type { CellPos } from '../../../shared/grid/selection';
import { Notice } from '../../components/Notice';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { redo, undo } from '../../commands';
import { AdjustmentPanel } from './AdjustmentPanel';
import { BadCells } from './BadCells';
import { TargetGapNote } from './TargetGapNote';
import { ScoreGrid, type GridNotice } from './ScoreGrid';
import { useGridData } from './use-grid-data';
import './grid.css';

const VIEWS: readonly ColumnView[] = ['both', 'self', 'reviewed'];

/** Nhập điểm: the score entry grid of the open year, with its bonus/penalty panel and paste report. */
export function GridScreen() {
  const t = useStrings().grid;
  const memberIds = useAppStore((s) => s.yearDoc?.memberIds);
  const peerMode = useAppStore((s) => s.yearDoc?.ruleSet.scoringMode === 'peer');
  const canUndo = useAppStore((s) => s.undoStack.length > 0);
  const canRedo = useAppStore((s) => s.redoStack.length > 0);
  const [view, setView] = useState<ColumnView>('both');
  const [chosenScorer, setScorer] = useState<string | undefined>();
  const scorerId = peerMode ? (memberIds?.includes(chosenScorer ?? '') ? chosenScorer : memberIds?.[0]) : undefined;
  const data = useGridData(view, scorerId);
  const [notice, setNotice] = useState<GridNotice | undefined>();
  const [active, setActive] = useState<CellPos>({ row: 0, col: 0 });
  const pointsRef = useRef<HTMLInputElement>(null);
  const onActive = useCallback((cell: CellPos) => setActive(cell), []);
  const onAdjust = useCallback(() => pointsRef.current?.focus(), []);
  const backToGrid = useCallback(() => document.querySelector<HTMLElement>('.grid-scroll')?.focus(), []);

  if (!data) {
    return (
      <div className="screen">
        <h1>{t.heading}</h1>
        <p className="notice">{t.noYear}</p>
      </div>
    );
  }
  const column = data.model.columns[active.col];
  const unitId = data.model.unitIds[active.row];
  const adjusting = column && unitId !== undefined && isAdjustmentColumn(column.kind) ? { column, unitId } : undefined;

  return (
    <div className="screen grid-screen">
      <h1>{t.yearHeading(data.year.year)}</h1>
      <div className="grid-toolbar">
        {peerMode ? (
          <label>
            {t.scorer}
            <select value={scorerId ?? ''} onChange={(e) => setScorer(e.target.value)}>
              {data.rows.map((r) => (
                <option key={r.unitId} value={r.unitId}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label>
            {t.view}
            <select value={view} onChange={(e) => setView(VIEWS.find((v) => v === e.target.value) ?? 'both')}>
              {VIEWS.map((v) => (
                <option key={v} value={v}>
                  {t.views[v]}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" onClick={() => undo()} disabled={!canUndo} title="Ctrl+Z">
          {t.undo}
        </button>
        <button type="button" onClick={() => redo()} disabled={!canRedo} title="Ctrl+Y">
          {t.redo}
        </button>
      </div>
      <p className="small muted">{peerMode ? `${t.peerHint} ${t.hint}` : t.hint}</p>
      <p className="small muted grid-legend">
        <span>{t.legend}</span>
        {!peerMode && (
          <span>
            <span className="status-mark status-unreviewed" aria-hidden="true">
              ◔
            </span>
            {t.unreviewed}
          </span>
        )}
        <span>
          <span className="status-mark status-incomplete" aria-hidden="true">
            !
          </span>
          {t.missing}
        </span>
        {peerMode && (
          <span>
            <span className="status-mark status-own" aria-hidden="true">
              ✎
            </span>
            {t.ownRow}
          </span>
        )}
      </p>
      {data.year.locked && <p className="notice notice-warning">{t.locked}</p>}
      {notice && <Notice kind={notice.kind} text={notice.text} />}
      {notice?.bad && notice.bad.length > 0 && <BadCells bad={notice.bad} year={data.year} names={data.names} />}
      <TargetGapNote data={data} column={column} unitId={unitId} />
      {data.model.columns.length === 0 ? (
        <p className="notice">{t.noCriteria}</p>
      ) : (
        <div className="grid-layout">
          <ScoreGrid key={`${view}:${scorerId ?? ''}`} data={data} onNotice={setNotice} onActive={onActive} onAdjust={onAdjust} />
          {adjusting ? (
            <AdjustmentPanel
              key={`${adjusting.unitId}:${adjusting.column.key}`}
              unitId={adjusting.unitId}
              unitName={data.names.get(adjusting.unitId) ?? adjusting.unitId}
              column={adjusting.column}
              names={data.names}
              pointsRef={pointsRef}
              onDone={backToGrid}
            />
          ) : null}
        </div>
      )}
    </div>
  );
}
