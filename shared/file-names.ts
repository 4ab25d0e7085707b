/**
 * File names Windows accepts, readable in Vietnamese offices: diacritics removed (some e-mail and USB tools still
 * mangle them), characters Windows refuses dropped, spaces as dashes.
 */
export function safeFileStem(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what Windows refuses in names
    .replace(/[<>:"/\\|?*\u0000-\u001f]/gu, '')
    .trim()
    .replace(/\s+/gu, '-')
    .slice(0, 80);
}

/** "Ban-giao-Cum-thi-dua-...-2026-11-25.json" */
export function handoverFileName(clusterName: string, createdAt: string): string {
  return `Ban-giao-${safeFileStem(clusterName)}-${createdAt.slice(0, 10)}.json`;
}

export function backupFileName(createdAt: string): string {
  return `Sao-luu-Cum-Thi-Dua-${createdAt.slice(0, 19).replace(/[:T]/gu, '-')}.json`;
}
