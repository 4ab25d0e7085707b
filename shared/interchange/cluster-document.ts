import { z } from 'zod';
import { ClusterDocumentSchema, FORMAT_VERSION, OLDEST_FORMAT_VERSION, type ClusterDocument } from './document-schema';
import { checkReferences } from './document-references';

export { ClusterDocumentSchema, DocumentMetaSchema, FORMAT_VERSION, type ClusterDocument, type DocumentMeta } from './document-schema';
import { describeIssue, formatPath, pathContext } from './document-errors';

/**
 * The interchange format: one versioned JSON document holding a whole cluster — units, merger
 * events and every year with what was entered in it. It is the format of hand-over files and backups, so it keeps
 * stable ids and stores no derived values (totals, ranks and proposals are recomputed by shared/engine/evaluate-year.ts).
 * Documented in docs/format.md; JSON Schema in docs/cluster-document.schema.json (npm run gen:schema).
 */

/** Why a document was refused: the JSON path of the bad field and what was expected there, in Vietnamese. */
export interface FormatError {
  /** "years[0].scores[3].reviewed"; "$" for the document itself. */
  readonly path: string;
  readonly expected: string;
  /** One line: "<path>: <expected>". */
  readonly message: string;
}

export type ParseResult = { readonly ok: true; readonly doc: ClusterDocument } | { readonly ok: false; readonly error: FormatError };

function fail(path: readonly PropertyKey[], expected: string, raw?: unknown): ParseResult {
  const where = formatPath(path);
  const context = raw === undefined ? '' : pathContext(raw, path);
  return { ok: false, error: { path: where, expected, message: `${where}${context}: ${expected}` } };
}

/**
 * Reads a cluster document from JSON text or an already parsed value. Checks, in order: JSON syntax, formatVersion
 * (a newer one is refused with a clear message), the schema, then references between records (members, leaders,
 * mergers). Scores out of range are not format errors: evaluateYear reports them naming unit, criterion and range.
 */
export function parseClusterDocument(input: string | unknown): ParseResult {
  let raw: unknown = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch (e) {
      return fail([], `cần một tài liệu JSON hợp lệ (${e instanceof Error ? e.message : String(e)}).`);
    }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail([], 'cần một đối tượng JSON có formatVersion, cluster, units, mergers, years.');
  }
  const version: unknown = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > FORMAT_VERSION) {
    return fail(
      ['formatVersion'],
      `tệp dùng định dạng phiên bản ${version}, mới hơn phiên bản ${FORMAT_VERSION} mà bản Cụm Thi Đua này đọc được. ` +
        'Hãy cập nhật ứng dụng rồi mở lại tệp.',
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_FORMAT_VERSION) {
    return fail(
      ['formatVersion'],
      `cần formatVersion từ ${OLDEST_FORMAT_VERSION} đến ${FORMAT_VERSION} (số nguyên), đang có ${JSON.stringify(version) ?? 'không có'}.`,
    );
  }
  const parsed = ClusterDocumentSchema.safeParse(upgradeDocument(raw, version), { error: z.locales.vi().localeError });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) return fail([], 'tài liệu không hợp lệ.');
    return fail(issue.path, describeIssue(issue, raw), raw);
  }
  const problem = checkReferences(parsed.data);
  if (problem) return fail(problem.path, problem.expected, raw);
  return { ok: true, doc: parsed.data };
}

/**
 * Brings a document of an older format to the current one (docs/format.md, "Phiên bản"). 1 → 2 adds only an optional
 * field (the per-criterion points of a finalised snapshot), so a version-1 document is a version-2 document with
 * its number raised; its snapshots keep their checksums and are checked without per-criterion points. 2 → 3 adds only
 * the optional `cluster.memberOrder`: an older document has no recorded order and lists members alphabetically.
 */
function upgradeDocument(raw: object, version: number): object {
  return version < FORMAT_VERSION ? { ...raw, formatVersion: FORMAT_VERSION } : raw;
}

/** Writes a document as stable, readable JSON (2-space indent, trailing newline). */
export function serializeClusterDocument(doc: ClusterDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The JSON Schema of the format, generated from the zod schema (docs/cluster-document.schema.json). */
export function clusterDocumentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ClusterDocumentSchema, { target: 'draft-2020-12' });
  return {
    ...schema,
    $id: `https://cum-thi-dua.local/schema/cluster-document-v${FORMAT_VERSION}.json`,
    title: `Tài liệu cụm thi đua (Cụm Thi Đua), formatVersion ${FORMAT_VERSION}`,
    description:
      'Một cụm thi đua với mọi năm: đơn vị, sáp nhập, bảng tiêu chí, bộ quy tắc, điểm, phiếu biểu quyết, giao ước, ' +
      'nhật ký. Điểm là số nguyên theo phần trăm điểm (7,5 điểm = 750); tiền là số nguyên đồng. Xem docs/format.md.',
  };
}
