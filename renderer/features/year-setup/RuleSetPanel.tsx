import { useState } from 'react';
import type { TieBreak } from '../../../shared/model/rules';
import { TieBreakSchema } from '../../../shared/model/rules';
import { formatPointsShort } from '../../../shared/base/number-format';
import { parsePoints } from '../../../shared/base/number-parse';
import type { Result } from '../../../shared/base/result';
import {
  TIE_BREAK_NAMES,
  moveTieBreak,
  setBonusCap,
  setEffectiveDate,
  setScoringMode,
  setTieBreakUsed,
  setVoteThreshold,
} from '../../../shared/edits/rules';
import type { YearChange } from '../../../shared/edits/criteria';
import { Notice, type NoticeState } from '../../components/Notice';
import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { perform } from '../../commands';
import { BandsEditor } from './BandsEditor';
import { DateField } from '../../components/DateField';

/**
 * The open year's rule set. Text fields are uncontrolled and keyed by the stored value, so undo/redo shows the
 * stored value again; each change goes through perform(...) with a pure edit from shared/edits/rules.ts.
 */
export function RuleSetPanel() {
  const t = useStrings().yearSetup;
  const year = useAppStore((s) => s.yearDoc);
  const [notice, setNotice] = useState<NoticeState>();
  if (!year) return null;
  const rules = year.ruleSet;

  function apply(change: YearChange | Result<YearChange>) {
    const edit = typeof change === 'function' ? { ok: true as const, value: change } : change;
    const result = edit.ok ? perform('rules-edit', edit.value) : edit;
    setNotice(result.ok ? undefined : { kind: 'error', text: result.message });
  }

  const allTieBreaks: TieBreak[] = [...rules.tieBreaks, ...TieBreakSchema.options.filter((x) => !rules.tieBreaks.includes(x))];
  const threshold = rules.voteThreshold;

  return (
    <section className="card" aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t.rulesHeading(year.year)}</h2>
      <div className="form">
        <div className="row">
          <DateField label={t.effectiveDate} value={rules.effectiveDate} onCommit={(iso) => apply(setEffectiveDate(iso))} />
          <label>
            {t.bonusCap}
            <input
              key={`${rules.bonusCap}`}
              inputMode="decimal"
              disabled={rules.bonusCap === null}
              defaultValue={rules.bonusCap === null ? '' : formatPointsShort(rules.bonusCap)}
              onBlur={(e) => {
                const parsed = parsePoints(e.target.value);
                apply(parsed.ok ? setBonusCap(parsed.value) : parsed);
              }}
            />
          </label>
          <label className="check">
            <input type="checkbox" checked={rules.bonusCap === null} onChange={(e) => apply(setBonusCap(e.target.checked ? null : 500))} />
            {t.noBonusCap}
          </label>
        </div>

        <fieldset>
          <legend>{t.tieBreaks}</legend>
          <ol className="tie-breaks">
            {allTieBreaks.map((tb) => {
              const used = rules.tieBreaks.includes(tb);
              const at = rules.tieBreaks.indexOf(tb);
              return (
                <li key={tb} className={used ? '' : 'muted'}>
                  <label className="check">
                    <input type="checkbox" checked={used} onChange={(e) => apply(setTieBreakUsed(tb, e.target.checked))} />
                    {TIE_BREAK_NAMES[tb]}
                  </label>
                  {used && (
                    <span className="row-actions">
                      <button type="button" aria-label={`${t.up}: ${TIE_BREAK_NAMES[tb]}`} disabled={at === 0} onClick={() => apply(moveTieBreak(tb, -1))}>
                        ↑
                      </button>
                      <button
                        type="button"
                        aria-label={`${t.down}: ${TIE_BREAK_NAMES[tb]}`}
                        disabled={at === rules.tieBreaks.length - 1}
                        onClick={() => apply(moveTieBreak(tb, 1))}
                      >
                        ↓
                      </button>
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
        </fieldset>

        <fieldset>
          <legend>{t.scoringMode}</legend>
          <label className="check">
            <input type="radio" name="scoring-mode" checked={rules.scoringMode === 'reviewed'} onChange={() => apply(setScoringMode('reviewed', false))} />
            {t.reviewed}
          </label>
          <label className="check">
            <input type="radio" name="scoring-mode" checked={rules.scoringMode === 'peer'} onChange={() => apply(setScoringMode('peer', rules.peerTrim))} />
            {t.peer}
          </label>
          <label className="check indent">
            <input
              type="checkbox"
              disabled={rules.scoringMode !== 'peer'}
              checked={rules.peerTrim}
              onChange={(e) => apply(setScoringMode('peer', e.target.checked))}
            />
            {t.peerTrim}
          </label>
        </fieldset>

        <fieldset>
          <legend>{t.voteThreshold}</legend>
          <label className="check">
            <input type="radio" name="vote-threshold" checked={threshold.kind === 'moreThanHalf'} onChange={() => apply(setVoteThreshold({ kind: 'moreThanHalf' }))} />
            {t.moreThanHalf}
          </label>
          <span className="check">
            <input
              type="radio"
              name="vote-threshold"
              aria-label={`${t.atLeast} N ${t.percentOfPresent}`}
              checked={threshold.kind === 'atLeast'}
              onChange={() => apply(setVoteThreshold({ kind: 'atLeast', percent: 70 }))}
            />
            {t.atLeast}
            <input
              className="percent"
              key={threshold.kind === 'atLeast' ? threshold.percent : 'off'}
              aria-label={t.voteThreshold}
              inputMode="numeric"
              disabled={threshold.kind !== 'atLeast'}
              defaultValue={threshold.kind === 'atLeast' ? String(threshold.percent) : ''}
              onBlur={(e) => apply(setVoteThreshold({ kind: 'atLeast', percent: Number(e.target.value.replace(',', '.').replace('%', '').trim()) }))}
            />
            {t.percentOfPresent}
          </span>
        </fieldset>
        {notice && <Notice {...notice} />}
        <BandsEditor />
      </div>
    </section>
  );
}
