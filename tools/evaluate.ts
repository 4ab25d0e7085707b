/**
 * npm run evaluate -- <file.json> [--year YYYY] [--json]
 *
 * Recomputes a year's results from a cluster file so anyone can verify the secretariat's numbers.
 * Default output is a Vietnamese table; --json prints exactly one JSON object. A malformed file, a missing year or an
 * invalid entry exits with code 2 and one line: "<file>: <JSON path>: <what was expected>".
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseClusterDocument } from '../shared/interchange/cluster-document';
import { PACKAGE_KIND, parsePackage } from '../shared/interchange/handover-package';
import type { ClusterDocument } from '../shared/interchange/cluster-document';
import { evaluateYear } from '../shared/engine/evaluate-year';
import type { YearEvaluation } from '../shared/engine/evaluate-year';
import { formatPath } from '../shared/interchange/document-errors';
import { formatPoints, pointsToNumber } from '../shared/base/number-format';

export const EXIT_BAD_INPUT = 2;

interface Args {
  readonly file: string;
  readonly year: number | undefined;
  readonly json: boolean;
}

const USAGE = 'cách dùng: npm run evaluate -- <tệp.json> [--year YYYY] [--json]';

class InputError extends Error {}

function parseArgs(argv: readonly string[]): Args {
  let file: string | undefined;
  let year: number | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--year' || arg.startsWith('--year=')) {
      const text = arg === '--year' ? argv[(i += 1)] : arg.slice('--year='.length);
      if (text === undefined || !/^\d{4}$/u.test(text)) throw new InputError(`--year: cần một năm gồm 4 chữ số, đang có ${JSON.stringify(text ?? '')}. ${USAGE}`);
      year = Number(text);
    } else if (arg.startsWith('-')) throw new InputError(`không hiểu tùy chọn ${JSON.stringify(arg)}. ${USAGE}`);
    else if (file === undefined) file = arg;
    else throw new InputError(`chỉ nhận một tệp, có thêm ${JSON.stringify(arg)}. ${USAGE}`);
  }
  if (file === undefined) throw new InputError(`thiếu tên tệp. ${USAGE}`);
  return { file, year, json };
}

/** Without --year: the newest year with anything scored, else the newest year. */
function pickYear(doc: ClusterDocument, wanted: number | undefined, file: string): ClusterDocument['years'][number] {
  const years = [...doc.years].sort((a, b) => b.year - a.year);
  if (wanted !== undefined) {
    const found = years.find((y) => y.year === wanted);
    if (found) return found;
    const list = years.map((y) => y.year).sort((a, b) => a - b).join(', ') || 'không có năm nào';
    throw new InputError(`${file}: years: cần có năm ${wanted} trong tệp; tệp có: ${list}.`);
  }
  const scored = years.find((y) => y.scores.length + y.peerScores.length + y.indicatorValues.length > 0) ?? years[0];
  if (!scored) throw new InputError(`${file}: years: cần ít nhất một năm; mảng "years" đang rỗng.`);
  return scored;
}

export function jsonResult(evaluation: YearEvaluation, doc: ClusterDocument): Record<string, unknown> {
  const name = (id: string): string => doc.units.find((u) => u.id === id)?.name ?? id;
  return {
    year: evaluation.year,
    maxPoints: pointsToNumber(evaluation.maxPoints),
    ranking: evaluation.members.map((m) => ({
      unitId: m.unitId,
      unitName: m.unitName,
      total: pointsToNumber(m.total),
      rank: m.rank,
      tied: m.tied,
      reviewed: m.reviewed,
      band: m.band?.name ?? null,
    })),
    awards: evaluation.awards.tiers.map((t) => ({
      tierId: t.tierId,
      tierName: t.tierName,
      unitIds: t.unitIds,
      unitNames: t.unitIds.map(name),
      needsVote: t.status === 'needsVote',
      waiting: t.status === 'waiting',
      tiedUnitIds: t.tiedUnitIds,
      tiedUnitNames: t.tiedUnitIds.map(name),
    })),
    nextLeader: evaluation.nextLeader
      ? { unitId: evaluation.nextLeader.unitId, unitName: name(evaluation.nextLeader.unitId), source: evaluation.nextLeader.source }
      : null,
    warnings: evaluation.issues.filter((i) => i.severity === 'warning').map((i) => i.message),
  };
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

export function tableResult(evaluation: YearEvaluation, doc: ClusterDocument): string {
  const short = (id: string): string => {
    const unit = doc.units.find((u) => u.id === id);
    return unit?.shortName ?? unit?.name ?? id;
  };
  const tierName = new Map(evaluation.awards.tiers.map((t) => [t.tierId, t.tierName]));
  const waitingTier = evaluation.awards.tiers.find((t) => t.status === 'needsVote');
  const nameWidth = Math.max(8, ...evaluation.members.map((m) => m.unitName.length));
  const lines = [
    `${doc.cluster.name} — kết quả năm ${evaluation.year}`,
    `Điểm tối đa: ${formatPoints(evaluation.maxPoints)}`,
    '',
    `${pad('Hạng', 6)}${pad('Đơn vị', nameWidth + 2)}${pad('Tổng điểm', 11)}${pad('Thẩm định', 17)}Khen thưởng`,
  ];
  for (const m of evaluation.members) {
    const rank = `${m.rank}${m.tied ? '=' : ''}`;
    const tier = m.tierId ? (tierName.get(m.tierId) ?? m.tierId) : waitingTier?.tiedUnitIds.includes(m.unitId) ? 'cần biểu quyết' : '';
    const band = m.band ? ` [${m.band.name}]` : '';
    lines.push(`${pad(rank, 6)}${pad(m.unitName, nameWidth + 2)}${pad(formatPoints(m.total), 11)}${pad(m.reviewed ? 'đã thẩm định' : 'chưa thẩm định', 17)}${tier}${band}`);
  }
  lines.push('', 'Đề nghị khen thưởng:');
  for (const t of evaluation.awards.tiers) {
    const who = t.unitIds.map(short).join(', ');
    if (t.status === 'proposed') lines.push(`  ${t.tierName}: ${who || '(không có)'}`);
    else if (t.status === 'needsVote') lines.push(`  ${t.tierName}: ${who ? `${who}; ` : ''}CẦN BIỂU QUYẾT giữa ${t.tiedUnitIds.map(short).join(', ')}`);
    else lines.push(`  ${t.tierName}: chờ biểu quyết ở hình thức trên`);
  }
  for (const e of evaluation.awards.ineligible) lines.push(`  Không đủ điều kiện: ${short(e.unitId)} — ${e.reason}`);
  const next = evaluation.nextLeader;
  lines.push('', next ? `Cụm trưởng năm ${evaluation.year + 1}: ${short(next.unitId)} (${next.source === 'elected' ? 'được bầu' : 'đề xuất'}) — ${next.reason}` : `Cụm trưởng năm ${evaluation.year + 1}: chưa xác định.`);
  const tied = evaluation.members.some((m) => m.tied);
  if (tied) lines.push('Dấu "=" sau hạng: đồng hạng.');
  const warnings = evaluation.issues.filter((i) => i.severity === 'warning');
  if (warnings.length > 0) lines.push('', `Lưu ý (${warnings.length}):`, ...warnings.map((w) => `  - ${w.message}`));
  return lines.join('\n');
}

/**
 * A cluster document, or a hand-over file wrapping one (anyone can verify the secretariat's numbers from
 * the file they were handed). A package is checked whole — checksum included — before its cluster is evaluated.
 */
function readDocument(text: string, file: string): ClusterDocument {
  if (text.includes(`"kind": "${PACKAGE_KIND}"`) || text.includes(`"kind":"${PACKAGE_KIND}"`)) {
    const pkg = parsePackage(text);
    if (!pkg.ok) throw new InputError(`${file}: ${pkg.message}`);
    const [doc, ...others] = pkg.value.content.documents;
    if (!doc) throw new InputError(`${file}: content.documents: tệp không chứa cụm nào.`);
    if (others.length > 0) throw new InputError(`${file}: content.documents: tệp chứa ${others.length + 1} cụm; evaluate chỉ đọc tệp bàn giao của một cụm.`);
    return doc;
  }
  const parsed = parseClusterDocument(text);
  if (!parsed.ok) throw new InputError(`${file}: ${parsed.error.message}`);
  return parsed.doc;
}

export function run(argv: readonly string[]): { code: number; stdout: string; stderr: string } {
  try {
    const args = parseArgs(argv);
    let text: string;
    try {
      text = readFileSync(args.file, 'utf8');
    } catch (e) {
      throw new InputError(`${args.file}: $: cần một tệp JSON đọc được (${e instanceof Error ? e.message : String(e)}).`);
    }
    const doc = readDocument(text, args.file);
    const year = pickYear(doc, args.year, args.file);
    const evaluation = evaluateYear(year, doc);
    const errors = evaluation.issues.filter((i) => i.severity === 'error');
    const first = errors[0];
    if (first) {
      const at = formatPath(['years', doc.years.indexOf(year), ...first.path]);
      const more = errors.length > 1 ? ` (và ${errors.length - 1} lỗi khác)` : '';
      throw new InputError(`${args.file}: ${at}: ${first.message}${more}`);
    }
    const stdout = args.json ? JSON.stringify(jsonResult(evaluation, doc)) : tableResult(evaluation, doc);
    return { code: 0, stdout: `${stdout}\n`, stderr: '' };
  } catch (e) {
    if (e instanceof InputError) return { code: EXIT_BAD_INPUT, stdout: '', stderr: `${e.message.replace(/\s*\n\s*/gu, ' ')}\n` };
    throw e;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = run(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
