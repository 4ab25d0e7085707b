import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * axe-core, Deque's accessibility engine, run inside the page in a world of its own (as a browser extension's
 * content script is): it sees the app's DOM but none of its scripts, and the app none of its. It is evaluated
 * through the DevTools protocol, which the page's Content-Security-Policy does not govern, so the app keeps its
 * "no inline script, no eval" policy while it is checked.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  /** CSS selectors of the first offending nodes, with their HTML, to find them quickly. */
  nodes: string[];
}

/** Impacts that make a screen unusable or very hard to use for someone with a disability (axe's own scale). */
const BLOCKING = new Set(['serious', 'critical']);

/** Runs axe on the whole page (its default rules: WCAG 2.x A and AA, and best practices) and returns every violation. */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'axe-core' });
    const contextId = world.executionContextId;
    await cdp.send('Runtime.evaluate', { expression: AXE_SOURCE, contextId });
    const run = await cdp.send('Runtime.evaluate', {
      contextId,
      awaitPromise: true,
      returnByValue: true,
      expression: `axe.run(document, { resultTypes: ['violations'] }).then((result) => JSON.stringify(result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? 'unknown',
        help: v.help,
        nodes: v.nodes.slice(0, 4).map((n) => n.target.join(' ') + ' → ' + n.html.slice(0, 160)),
      }))))`,
    });
    if (run.exceptionDetails) throw new Error(`axe-core: ${run.exceptionDetails.exception?.description ?? run.exceptionDetails.text}`);
    return JSON.parse(String(run.result.value)) as AxeFinding[];
  } finally {
    await cdp.detach();
  }
}

export const blocking = (findings: AxeFinding[]): AxeFinding[] => findings.filter((f) => BLOCKING.has(f.impact));

/** One line per finding, for the test's output. */
export function describeFindings(screen: string, findings: AxeFinding[]): string {
  if (findings.length === 0) return `${screen}: 0 vi phạm`;
  const counts = findings.reduce<Record<string, number>>((acc, f) => ({ ...acc, [f.impact]: (acc[f.impact] ?? 0) + 1 }), {});
  const lines = findings.map((f) => `  [${f.impact}] ${f.id}: ${f.help}\n${f.nodes.map((n) => `      ${n}`).join('\n')}`);
  return `${screen}: ${JSON.stringify(counts)}\n${lines.join('\n')}`;
}
