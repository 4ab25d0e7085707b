/**
 * Runs `task` once the shell is on screen, so the start-up work that follows (the store, the database, the screens)
 * never holds back the first paint. The prerendered shell has usually painted before any script runs: then the task
 * only waits for the current task to end. Otherwise it waits for the next frame to be drawn; the timer is a safety
 * net for windows that draw no animation frames while hidden.
 */
export function afterFirstPaint(task: () => void): void {
  if (performance.getEntriesByName('first-contentful-paint').length > 0) {
    setTimeout(task, 0);
    return;
  }
  let ran = false;
  const run = () => {
    if (ran) return;
    ran = true;
    task();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 200);
}

/**
 * Runs `task` after the next frame has been drawn (at once-ish where no frames are drawn: a hidden window, a test
 * environment without animation frames), for work the user need not wait for before seeing a change.
 */
export function afterNextFrame(task: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
    setTimeout(task, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(task, 0));
}
