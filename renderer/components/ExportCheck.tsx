import type { OfficialDocument } from '../../shared/documents/document-model';
import { useStrings } from '../i18n/strings';

/**
 * The pre-export check of a document (docs/domain.md, "What makes a document safe to send up"): the facts not
 * recorded, which print as dotted blanks to fill in by hand, and the other things to check. The user may still export.
 */
export function ExportCheck({ doc }: { doc: Pick<OfficialDocument, 'missing' | 'warnings'> }) {
  const t = useStrings().documents;
  if (doc.missing.length === 0 && doc.warnings.length === 0) {
    return (
      <p className="notice notice-success small documents-check" role="status">
        {t.complete}
      </p>
    );
  }
  return (
    <div className="documents-check" role="status">
      {doc.missing.length > 0 && (
        <div className="notice notice-warning small">
          {t.missing(doc.missing.length)}
          <ul>
            {doc.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      {doc.warnings.length > 0 && (
        <div className="notice notice-warning small">
          {t.warnings}
          <ul>
            {doc.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
