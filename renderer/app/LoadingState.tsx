/**
 * What shows while the app or a screen is loading: a sentence that says what is being opened (announced politely to
 * screen readers) and a moving bar. It appears only after a short delay (styles.css), so a quick load does not flash.
 */
export function LoadingState({ text }: { text: string }) {
  return (
    <div className="loading-state" role="status">
      <p>{text}</p>
      <div className="loading-bar" aria-hidden="true">
        <span />
      </div>
    </div>
  );
}
