import { expect } from 'vitest';
import type { Year } from '../../../shared/model/year';
import type { Result } from '../../../shared/base/result';

/** Runs a change expected to be refused: the message matches and the year given is untouched. */
export function expectRefused(change: (y: Year) => Result<Year>, year: Year, message: RegExp | string): string {
  const before = structuredClone(year);
  const result = change(year);
  expect(result.ok).toBe(false);
  const text = result.ok ? '' : result.message;
  if (typeof message === 'string') expect(text).toContain(message);
  else expect(text).toMatch(message);
  expect(year).toEqual(before);
  return text;
}

export function expectOk(result: Result<Year>): Year {
  if (!result.ok) throw new Error(`Bị từ chối: ${result.message}`);
  return result.value;
}
