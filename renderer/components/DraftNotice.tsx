import { useStrings } from '../i18n/strings';

/** Says that a form came back with what was typed before and not saved, with the way to throw it away. */
export function DraftNotice({ restored, onDiscard }: { restored: boolean; onDiscard: () => void }) {
  const t = useStrings().forms;
  if (!restored) return null;
  return (
    <p className="notice notice-draft small" role="status">
      {t.draftRestored}{' '}
      <button type="button" onClick={onDiscard}>
        {t.discardDraft}
      </button>
    </p>
  );
}

/** Escape closes an inline form (cancel), unless a list box or the browser's own UI is open on the focused control. */
export function escapeCloses(onCancel: () => void) {
  return (event: React.KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onCancel();
  };
}
