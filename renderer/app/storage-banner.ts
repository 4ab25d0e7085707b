/**
 * The warning that the browser has not granted persistent storage is said once, where backups are (the cluster and
 * the hand-over & backup screens), until the user dismisses it; the dismissal is remembered on this PC.
 */
const KEY = 'cum-thi-dua:storage-banner-dismissed';

export function storageBannerWasDismissed(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false; // storage refused: the warning shows, which is the safe side
  }
}

export function rememberStorageBannerDismissed(): void {
  try {
    localStorage.setItem(KEY, '1');
  } catch {
    // Not remembered: it shows again next time, nothing else is lost.
  }
}
