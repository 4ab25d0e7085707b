// Builds the web build and checks what the browser must load before the window shows anything, and what it loads
// only on demand. Sizes are printed by npm run bench:start; here, what is in which chunk.
import { SECTIONS } from '../../../renderer/app/routes';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { captureStartup, type StartupBundle } from '../../bench/startup-bundle';
import { TIMEOUT } from '../../timeouts';

let startup: StartupBundle;
let html = '';
let outDir = '';
// Builds the renderer with Vite in this process.
beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'startup-bundle-'));
  const capture = captureStartup();
  await build({ configFile: 'renderer/vite.config.ts', logLevel: 'silent', plugins: [capture.plugin], build: { outDir, emptyOutDir: true } });
  startup = capture.result();
  html = readFileSync(join(outDir, 'index.html'), 'utf8');
}, TIMEOUT.bundle);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const project = (id: string) => id.replaceAll('\\', '/').replace(/^.*?\/(renderer|shared|node_modules)\//u, '$1/');
const chunkOf = (module: RegExp) => startup.chunks.find((c) => c.modules.some((m) => module.test(project(m))));
/** Every chunk `file` imports statically, directly or through another: all of them load and run with it. */
function staticImportsOf(file: string): string[] {
  const seen: string[] = [];
  const visit = (f: string) => {
    for (const next of startup.chunks.find((c) => c.file === f)?.imports ?? []) {
      if (seen.includes(next)) continue;
      seen.push(next);
      visit(next);
    }
  };
  visit(file);
  return seen;
}

describe('the start-up chunk', () => {
  test('holds the shell’s behaviour and text only: no React, no store, no database, no screen, no library', () => {
    const code = startup.modules.map(project).filter((m) => !m.endsWith('.css') && !m.endsWith('.html') && !m.startsWith('\0'));
    expect(code.filter((m) => m.startsWith('node_modules/'))).toEqual([]);
    expect(code.filter((m) => /^renderer\/(features|db|components|platform)\//u.test(m))).toEqual([]);
    expect(code.filter((m) => m.startsWith('shared/'))).toEqual([]);
    expect(code.filter((m) => m.startsWith('renderer/store/'))).toEqual([]);
    expect(code.filter((m) => m.startsWith('renderer/i18n/'))).toEqual(expect.arrayContaining(['renderer/i18n/vi/shell.ts', 'renderer/i18n/en/shell.ts']));
    expect(code.filter((m) => m.startsWith('renderer/i18n/') && !m.endsWith('/shell.ts'))).toEqual(['renderer/i18n/remembered-language.ts']);
    expect(startup.files).toHaveLength(1);
  });

  test('index.html carries the shell itself, in the app’s CSP (no inline script or style), and preloads the app core', () => {
    const body = html.slice(html.indexOf('<body>'));
    expect(body.match(/<button type="button" data-section="/gu)).toHaveLength(2 * SECTIONS.length); // Vietnamese, and the English template
    expect(body).toContain('Bỏ qua đến nội dung chính');
    expect(body).toContain('Đang mở ứng dụng và dữ liệu của cụm…');
    expect(html).not.toMatch(/\sstyle=|<style\b|\son[a-z]+=/iu);
    for (const tag of html.match(/<script\b[^>]*>/gu) ?? []) expect(tag).toMatch(/\bsrc="\.\/assets\/[^"]+\.js"/u);
    const core = chunkOf(/^renderer\/store\/index\.ts$/u);
    expect(core).toBeDefined();
    expect(html).toContain(`<link rel="modulepreload" crossorigin href="./${core?.file}">`);
  });
});

describe('what loads on demand', () => {
  const screens = [
    'clusters/ClusterScreen', 'year-setup/YearSetupScreen', 'criteria/CriteriaScreen', 'indicators/IndicatorsScreen', 'grid/GridScreen',
    'ranking/RankingScreen', 'charts/ChartsScreen', 'awards/AwardsScreen', 'ballots/BallotsScreen', 'leadership/LeadershipScreen',
    'pledges/PledgesScreen', 'audit/AuditScreen', 'data/DataScreen', 'excel/ExcelScreen', 'documents/meeting/MeetingScreen', 'documents/DocumentsScreen', 'settings/SettingsScreen',
  ];

  test.each(screens)('%s is a chunk of its own, loaded when the screen opens', (screen) => {
    const chunk = chunkOf(new RegExp(`^renderer/features/${screen}\\.tsx$`, 'u'));
    expect(chunk?.dynamicEntry).toBe(true);
    const others = screens.filter((s) => s !== screen);
    expect(chunk?.modules.map(project).filter((m) => others.some((s) => m === `renderer/features/${s}.tsx`))).toEqual([]);
  });

  test.each([
    ['the demo data', /^shared\/demo\//u],
    ['ECharts', /^node_modules\/echarts\//u],
    ['ExcelJS', /^node_modules\/exceljs\//u],
    ['docx', /^node_modules\/docx\//u],
  ])('%s is neither in the app core nor loaded with it: it loads when used', (_name, module) => {
    const core = chunkOf(/^renderer\/store\/index\.ts$/u);
    expect(core?.modules.map(project).filter((m) => module.test(m))).toEqual([]);
    const library = chunkOf(module);
    expect(library).toBeDefined();
    // A module of the core that imports the library would make the core import its chunk, and the browser fetch,
    // parse and run it at every start (ECharts did: 0,5 MB, through the shared chart component).
    expect(staticImportsOf(core?.file ?? '')).not.toContain(library?.file);
  });
});
