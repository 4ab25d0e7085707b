/**
 * Where keyboard focus goes when the screen changes: to the screen's heading, so a screen reader announces the new
 * screen and Tab continues inside it instead of in the menu. Screens render their own h1 (h2 at worst); it is made
 * focusable from script only (tabindex -1). A screen still loading has no heading yet: focus follows when it shows.
 */
export const MAIN_CONTENT_ID = 'noi-dung-chinh';

function screenHeading(container: ParentNode): HTMLElement | null {
  return container.querySelector<HTMLElement>('h1') ?? container.querySelector<HTMLElement>('h2');
}

function focusElement(target: HTMLElement): void {
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

/** Focuses the main content's heading (or the main content itself when it has none), as the skip link does. */
export function focusMainContent(): void {
  const main = document.getElementById(MAIN_CONTENT_ID);
  if (main) focusElement(screenHeading(main) ?? main);
}

/**
 * Focuses the heading of the screen in `container` as soon as it is there (within `waitMs`). Returns a function that
 * stops waiting. Focus the user has meanwhile moved elsewhere (into the header, say) is left where it is.
 */
export function focusHeadingWhenShown(container: HTMLElement, waitMs = 15_000): () => void {
  const focusedAtRequest = document.activeElement;
  const tryFocus = () => {
    const heading = screenHeading(container);
    if (!heading) return false;
    const focusNow = document.activeElement;
    const userMovedOn = focusNow !== focusedAtRequest && focusNow !== document.body && focusNow !== null && !container.contains(focusNow);
    if (!userMovedOn) focusElement(heading);
    return true;
  };
  if (tryFocus()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = setTimeout(stop, waitMs);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(container, { childList: true, subtree: true });
  return stop;
}
