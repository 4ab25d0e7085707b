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
