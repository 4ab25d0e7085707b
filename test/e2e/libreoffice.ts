/**
 * Opens exported files in LibreOffice headless, as a user without Word or Excel does, and turns them into PDF and
 * PNG to check and to look at. Each run gets its own LibreOffice profile, so several runs on one machine (several
 * engineers, parallel test files) never share one. Shared by the document and the workbook tests.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SOFFICE = process.env.SOFFICE_PATH ?? 'soffice';

export interface Conversion {
  /** The converted file of each input, in the order given. */
  readonly outputs: readonly string[];
  /** What LibreOffice printed: one "convert … -> …" line per file it opened. */
  readonly log: string;
}

/**
 * Converts `files` (.docx, .xlsx) to `format` in `outDir` with one LibreOffice process. Throws, naming the file, when
 * LibreOffice fails to open one (no "convert" line, an error message, or no output): a file it cannot open is a
 * file users cannot open.
 */
export function convertWithLibreOffice(files: readonly string[], outDir: string, format = 'pdf', timeoutMs = 240_000): Conversion {
  const profile = mkdtempSync(join(tmpdir(), 'cum-thi-dua-lo-'));
  try {
    const run = spawnSync(
      SOFFICE,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nologo', '--convert-to', format, '--outdir', outDir, ...files],
      { encoding: 'utf8', timeout: timeoutMs },
    );
    // stderr also carries harmless notes ("failed to launch javaldx"); errors are recognised by their words below.
    const log = `${run.stdout ?? ''}${run.stderr ?? ''}`;
    if (run.error || run.status !== 0) throw new Error(`LibreOffice dừng với mã ${String(run.status)} (${run.error?.message ?? ''}):\n${log}`);
    const outputs = files.map((file) => {
      const stem = basename(file).replace(/\.[^.]+$/u, '');
      const output = join(outDir, `${stem}.${format}`);
      if (!log.includes(basename(file)) || !existsSync(output) || statSync(output).size === 0) {
        throw new Error(`LibreOffice không mở được ${basename(file)}:\n${log}`);
      }
      return output;
    });
    if (/\bError\b|could not be loaded|general input\/output error/iu.test(log)) throw new Error(`LibreOffice báo lỗi:\n${log}`);
    return { outputs, log };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Number of pages of a PDF (pdfinfo). */
export function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1] ?? 0);
}

/** Pages of a PDF as PNG files `${prefix}-p${n}.png` (pdftoppm, `dpi` dots per inch), to look at. */
export function pdfToPngs(pdf: string, prefix: string, pages: readonly number[], dpi = 60): string[] {
  return pages.map((n) => {
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(n), '-l', String(n), '-singlefile', pdf, `${prefix}-p${n}`]);
    return `${prefix}-p${n}.png`;
  });
}
