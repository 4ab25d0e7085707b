import type { ShellStrings } from '../i18n/vi/shell';

/** A part of the app whose code could not be loaded: what failed, that the data is safe, and a way to try again. */
export function LoadFailure({ strings, title, error, onRetry }: { strings: ShellStrings['shell']; title: string; error: unknown; onRetry: () => void }) {
  const why = error instanceof Error ? error.message : String(error);
  return (
    <div className="card load-failure" role="alert">
      <h2>{title}</h2>
      <p>{strings.failureHelp}</p>
      <p className="muted small">{strings.failureDetail(why)}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={onRetry}>
          {strings.retry}
        </button>
      </div>
    </div>
  );
}
