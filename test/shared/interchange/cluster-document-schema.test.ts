import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSchema, SCHEMA_FILE } from '../../../tools/gen-schema';

describe('docs/cluster-document.schema.json', () => {
  it('matches the zod schema (run `npm run gen:schema` after changing shared/model or shared/interchange/cluster-document.ts)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(renderSchema());
  });
});
