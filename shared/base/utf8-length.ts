/**
 * The length in bytes of a text written as UTF-8, counted without writing it: TextEncoder would first copy a backup
 * of a few megabytes into a new array just to read its length (a tenth of a second on a slow PC, on the page's
 * thread). A lone surrogate counts as the 3 bytes of U+FFFD, as TextEncoder writes it.
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
