/**
 * How deeply a JSON text nests, found by one pass over its UTF-8 bytes before anything parses it: a file nested
 * thousands of levels deep would otherwise exhaust the call stack of whatever walks it recursively ("Maximum call
 * stack size exceeded") instead of being refused with a message. Brackets inside strings do not count; multi-byte
 * UTF-8 sequences never contain the ASCII bytes looked at here, so scanning bytes is exact.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/** A hand-over file nests about 15 levels (an audit entry's value inside a year inside the package); 64 is ample. */
export const MAX_JSON_DEPTH = 64;

export interface DepthScan {
  /** The deepest nesting seen (only up to the limit when the limit is passed). */
  readonly depth: number;
  /** Byte offset where the limit was first passed, or -1. */
  readonly tooDeepAt: number;
}

/**
 * Scans `bytes` and stops at the first place nesting passes `limit`. `onProgress(doneBytes)` is called about every
 * `step` bytes, so a reader of a 100 MB file can show how far it is.
 */
export function scanJsonDepth(
  bytes: Uint8Array | string,
  limit = MAX_JSON_DEPTH,
  onProgress?: (doneBytes: number) => void,
  step = 8 * 1024 * 1024,
): DepthScan {
  // A text is scanned by its UTF-16 code units: the characters looked for are the same single units.
  if (typeof bytes === 'string') return scanText(bytes, limit);
  let depth = 0;
  let deepest = 0;
  let inString = false;
  let next = step;
  for (let i = 0; i < bytes.length; i++) {
    if (i >= next) {
      onProgress?.(i);
      next += step;
    }
    const b = bytes[i];
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) inString = false;
      continue;
    }
    if (b === QUOTE) inString = true;
    else if (b === OPEN_BRACE || b === OPEN_BRACKET) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth > limit) return { depth: deepest, tooDeepAt: i };
    } else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) depth--;
  }
  onProgress?.(bytes.length);
  return { depth: deepest, tooDeepAt: -1 };
}

/** The Vietnamese refusal of a file nested too deeply. */
export function tooDeepMessage(limit = MAX_JSON_DEPTH): string {
  return `Tệp lồng nhau quá ${limit} tầng (một tệp bàn giao thật chỉ có khoảng 15 tầng), nên có thể đã bị sửa hoặc tạo ra để làm treo ứng dụng. Ứng dụng không đọc tệp này; dữ liệu trên máy không thay đổi.`;
}

function scanText(text: string, limit: number): DepthScan {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
      continue;
    }
    if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth > limit) return { depth: deepest, tooDeepAt: i };
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
  }
  return { depth: deepest, tooDeepAt: -1 };
}
