/**
 * The logic of `npm run evaluate -- <file.json> [--year YYYY] [--json]`, free of the process: it reads through and
 * writes to the `EvaluateIo` it is given and returns the exit code, so tests call it directly and the command-line
 * entry (tools/evaluate.ts) only wires it to the real process.
 *
 * Recomputes a year's results from a cluster file, or from a hand-over file wrapping one, so anyone can verify the
 * secretariat's numbers (docs/format.md, "Kiểm tra lại kết quả: npm run evaluate"). Default output is a Vietnamese
 * table; --json prints exactly one JSON object. A malformed file, a missing year or an invalid entry exits with code 2
 * and one line: "<file>: <JSON path>: <what was expected>".
 */
import { parseClusterDocument } from '../../shared/interchange/cluster-document';
import type { ClusterDocument } from '../../shared/interchange/cluster-document';
import { PACKAGE_KIND, parsePackage } from '../../shared/interchange/handover-package';
import { formatPath } from '../../shared/interchange/document-errors';
import { evaluateYear } from '../../shared/engine/evaluate-year';
import { jsonResult, tableResult } from './output';

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;

/** Where `runEvaluate` reads its file and writes its output: the process in real use, strings in tests. */
export interface EvaluateIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The file's text; throws when it cannot be read (the message is shown after the file name). */
  readonly readFile: (path: string) => string;
}

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

/**
 * A cluster document, or a hand-over file wrapping one, so the numbers can be checked from the very file that was
 * handed over (docs/format.md, "Hand-over files and backups"). A package is checked whole — checksum included —
 * before its cluster is evaluated.
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

function evaluateFile(args: Args, io: EvaluateIo): string {
  let text: string;
  try {
    text = io.readFile(args.file);
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
  return args.json ? JSON.stringify(jsonResult(evaluation, doc)) : tableResult(evaluation, doc);
}

/** Runs the command with `argv` (the arguments after the script name); returns the exit code. */
export function runEvaluate(argv: readonly string[], io: EvaluateIo): number {
  try {
    io.stdout(`${evaluateFile(parseArgs(argv), io)}\n`);
    return EXIT_OK;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    // One line, whatever the message holds, so a script can read "<file>: <path>: <expectation>".
    io.stderr(`${e.message.replace(/\s*\n\s*/gu, ' ')}\n`);
    return EXIT_BAD_INPUT;
  }
}
