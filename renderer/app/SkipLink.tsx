import type { MouseEvent } from 'react';
import { MAIN_CONTENT_ID, focusMainContent } from './focus';

/**
 * The first thing Tab reaches: jumps past the header and the navigation to the screen's heading. Handled in script
 * because the URL's hash holds the route (following the link would read as an unknown address).
 */
export function SkipLink({ label }: { label: string }) {
  const skip = (event: MouseEvent) => {
    event.preventDefault();
    focusMainContent();
  };
  return (
    <a className="skip-link" href={`#${MAIN_CONTENT_ID}`} onClick={skip}>
      {label}
    </a>
  );
}
