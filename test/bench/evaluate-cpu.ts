/**
 * CPU time of the engine, for a machine shared with others: process.cpuUsage() counts the time this process ran, not
 * the time it waited for a core, so the figures hold when wall-clock benchmarks (evaluate.bench.ts) swing with the
 * load. Full evaluation of 34 × 150 and 1,000 × 150, and one typed score with the live update. Median and p90 of the
 * runs, in ms; figures for closing notes, never assertions. Run: npx tsx test/bench/evaluate-cpu.ts
 */
import { evaluateYear } from '../../shared/engine/evaluate-year';
import { docOf, syntheticYear } from '../shared/year-builder';
import { typingSession } from './typing-session';
import { median, pct } from './ui-harness';

function cpuMs(run: () => void, times: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    out.push((used.user + used.system) / 1000);
  }
  return out;
}

const line = (name: string, xs: number[]) => console.log(`| ${name} | ${median(xs).toFixed(1)} / ${pct(xs, 0.9).toFixed(1)} | ${xs.length} |`);
console.log('| CPU time (ms, median / p90) | | n |\n|---|---|---|');
for (const [members, runs] of [[34, 60], [1000, 15]] as const) {
  const { year, unitIds } = syntheticYear(members, 150, 2);
  const cluster = docOf([year], unitIds);
  cpuMs(() => evaluateYear(year, cluster), 3); // warm-up
  line(`evaluateYear, ${members} members × 150 criteria`, cpuMs(() => evaluateYear(year, cluster), runs));
  const edit = typingSession(year, cluster);
  cpuMs(edit, 5);
  line(`one score edit + live update, ${members} × 150`, cpuMs(edit, runs * 4));
}
