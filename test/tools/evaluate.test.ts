import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runEvaluate } from '../../tools/evaluate/run-evaluate';
import { TIMEOUT } from '../timeouts';
import { ROOT, evaluate } from './run-evaluate';

const DEMO = 'shared/demo/trung-du-mien-nui-phia-bac.json';

function badFile(mutate: (doc: Record<string, unknown> & { years: Record<string, unknown>[] }) => void): string {
  const doc = JSON.parse(readFileSync(join(ROOT, DEMO), 'utf8'));
  mutate(doc);
  const file = join(mkdtempSync(join(tmpdir(), 'evaluate-')), 'bad.json');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

describe('npm run evaluate', () => {
  it('prints the published 2023 outcome as a Vietnamese table', () => {
    const r = evaluate(DEMO, '--year', '2023');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1\s+Ủy ban MTTQ Việt Nam tỉnh Phú Thọ\s+\d+,\d\d\s+đã thẩm định\s+Cờ thi đua xuất sắc toàn diện$/mu);
    expect(r.stdout).toMatch(/^2\s+Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn\s+\d+,\d\d\s+đã thẩm định\s+Cờ thi đua xuất sắc$/mu);
    expect(r.stdout).toContain('Bằng khen của Ủy ban Trung ương MTTQ Việt Nam: Bắc Giang, Thái Nguyên, Hòa Bình, Tuyên Quang, Yên Bái');
    expect(r.stdout).toContain('Cụm trưởng năm 2024: Bắc Kạn (được bầu)');
    expect(r.stdout).toContain('Điểm tối đa: 90,00');
  });

  it('--json prints exactly one object with the published outcome', () => {
    const r = evaluate(DEMO, '--year', '2023', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.year).toBe(2023);
    expect(out.maxPoints).toBe(90);
    expect(out.ranking).toHaveLength(7);
    expect(out.ranking[0]).toMatchObject({ unitId: 'u-phu-tho', rank: 1, tied: false, reviewed: true });
    for (const row of out.ranking) expect(Math.round(row.total * 100) / 100).toBe(row.total);
    expect(out.awards.map((a: { tierId: string; unitIds: string[]; needsVote: boolean }) => [a.tierId, a.unitIds.length, a.needsVote])).toEqual([
      ['tier-flag-comprehensive', 1, false], ['tier-flag-excellence', 1, false], ['tier-certificate', 5, false],
    ]);
    expect(out.awards[1].unitNames).toEqual(['Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn']);
    expect(out.awards[0].tiedUnitNames).toEqual([]);
    expect(out.nextLeader).toEqual({ unitId: 'u-bac-kan', unitName: 'Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn', source: 'elected' });
  });

  it('a missing year exits 2 with one line naming the file, the path and what is expected', () => {
    const r = evaluate(DEMO, '--year', '2019');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${DEMO}: years: cần có năm 2019 trong tệp; tệp có: 2023, 2024, 2025.\n`);
  });

  it('a malformed file exits 2 with the JSON path of the bad field', () => {
    const file = badFile((d) => { (d.years[0]!.scores as Record<string, unknown>[])[0]!.reviewed = 'mười'; });
    const r = evaluate(file, '--year', '2023');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${file}: years[0].scores[0].reviewed (năm 2023, đơn vị «Ủy ban MTTQ Việt Nam tỉnh Phú Thọ», tiêu chí «c-I.1»): cần một số; đang có chuỗi "mười".`);
  });

  it('a score above its maximum exits 2 naming unit, criterion and allowed range (never clamped)', () => {
    const file = badFile((d) => { (d.years[0]!.scores as Record<string, unknown>[])[0]!.reviewed = 1600; });
    const r = evaluate(file, '--year', '2023', '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${file}: years[0].scores[0].reviewed: Đơn vị «Ủy ban MTTQ Việt Nam tỉnh Phú Thọ», tiêu chí I.1 «Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước»: điểm thẩm định 16 vượt quá điểm tối đa. Điểm hợp lệ từ 0 đến 2.\n`);
  });

  it('not JSON, a newer format and a missing file all exit 2 with one line', () => {
    const notJson = join(mkdtempSync(join(tmpdir(), 'evaluate-')), 'x.json');
    writeFileSync(notJson, 'không phải JSON');
    const newer = badFile((d) => { d.formatVersion = 7; });
    for (const [args, expected] of [
      [[notJson], `${notJson}: $: cần một tài liệu JSON hợp lệ`],
      [[newer], `${newer}: formatVersion: tệp dùng định dạng phiên bản 7`],
      [['khong-co.json'], 'khong-co.json: $: cần một tệp JSON đọc được'],
      [[], 'thiếu tên tệp'],
    ] as const) {
      const r = evaluate(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(expected);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('bad arguments exit 2 with one line that says what is wrong and how to call it', () => {
    for (const [args, expected] of [
      [[DEMO, '--year', '23'], '--year: cần một năm gồm 4 chữ số, đang có "23".'],
      [[DEMO, '--year'], '--year: cần một năm gồm 4 chữ số, đang có "".'],
      [[DEMO, '--fast'], 'không hiểu tùy chọn "--fast".'],
      [[DEMO, 'ban-sao.json'], 'chỉ nhận một tệp, có thêm "ban-sao.json".'],
    ] as const) {
      const r = evaluate(...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`${expected} cách dùng: npm run evaluate -- <tệp.json> [--year YYYY] [--json]\n`);
    }
  });

  it('without --year evaluates the newest year that has entries', () => {
    const r = evaluate(DEMO, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).year).toBe(2025);
  });

  it('a file the system refuses to read exits 2 naming the file and the reason', () => {
    let stderr = '';
    const code = runEvaluate(['D:\\Cum\\ban-giao.json'], {
      stdout: () => expect.unreachable('nothing on stdout'),
      stderr: (text) => (stderr += text),
      readFile: () => {
        throw new Error('EACCES: permission denied');
      },
    });
    expect(code).toBe(2);
    expect(stderr).toBe('D:\\Cum\\ban-giao.json: $: cần một tệp JSON đọc được (EACCES: permission denied).\n');
  });
});

// The one check that needs a process: the command-line entry reaches runEvaluate and hands back its output and exit
// code. Starting tsx (esbuild, then the domain code) takes seconds on an idle machine and far longer on a busy one.

describe('npm run evaluate as a command', () => {
  it('exits 0 and prints the table to stdout', { timeout: TIMEOUT.process }, async () => {
    const { stdout, stderr } = await promisify(execFile)(join(ROOT, 'node_modules/.bin/tsx'), ['tools/evaluate.ts', DEMO, '--year', '2023'], {
      cwd: ROOT,
      timeout: TIMEOUT.process - 15_000, // killed before the test's limit, so a hang names the process
    });
    // execFile rejects on any exit code but 0, so reaching here is the exit code.
    expect(stdout).toMatch(/^1\s+Ủy ban MTTQ Việt Nam tỉnh Phú Thọ\s+88,50\s+đã thẩm định\s+Cờ thi đua xuất sắc toàn diện$/mu);
    expect(stderr).toBe('');
  });
});
