/** A message after an action: errors are announced to screen readers at once (role="alert"). */
export function Notice({ kind, text }: { kind: 'error' | 'success'; text: string }) {
  return (
    <p className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {text}
    </p>
  );
}

export type NoticeState = { kind: 'error' | 'success'; text: string } | undefined;
