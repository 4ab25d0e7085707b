import { memo } from 'react';
import { issueText } from '../../../shared/excel/self-assessment/read';
import type { UnitNames } from '../../../shared/model/labels';
import { useStrings } from '../../i18n/strings';
import type { FileOutcome } from './use-template-import';

/**
 * What became of one chosen file: accepted (with its member and any notes) or refused (with every error by sheet and
 * cell). Memoised: while the other files are read, the list grows and the files already shown are not rendered again.
 */
export const FileOutcomeItem = memo(function FileOutcomeItem({ outcome, names }: { readonly outcome: FileOutcome; readonly names: UnitNames }) {
  const t = useStrings().excel.import;
  const { name, result } = outcome;
  if (!result.ok) {
    return (
      <div className="excel-file small" role="alert">
        <strong>{t.refused(name, result.errors.length)}</strong>
        <ul className="excel-errors">
          {result.errors.map((e, k) => (
            <li key={k}>{issueText(e)}</li>
          ))}
        </ul>
      </div>
    );
  }
  const unit = names.get(result.data.unitId) ?? result.data.unitId;
  return (
    <div className="excel-file small">
      <strong>{result.data.peerScores ? t.acceptedPeer(name, unit, result.data.peerScores.length) : t.accepted(name, unit)}</strong>
      {result.data.warnings.length > 0 && (
        <ul className="muted">
          {result.data.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </div>
  );
});
