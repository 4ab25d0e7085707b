/**
 * Writes docs/cluster-document.schema.json from the zod schema (npm run gen:schema). test/shared/format-schema.test.ts
 * fails when the checked-in file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clusterDocumentJsonSchema } from '../shared/interchange/cluster-document';

export const SCHEMA_FILE = new URL('../docs/cluster-document.schema.json', import.meta.url);

export function renderSchema(): string {
  return `${JSON.stringify(clusterDocumentJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, renderSchema());
  console.log('Đã ghi docs/cluster-document.schema.json');
}
