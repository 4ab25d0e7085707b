import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/**
 * Builds the web build once and serves it on 127.0.0.1 for every e2e file: the tests drive what a
 * user gets (production bundle, CSP meta tag), not the dev server.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configFile = 'renderer/vite.config.ts';
  // Its own output folder, so a `npm run build` running at the same time cannot pull files from under the tests.
  // Per process too: two test runs at once (several people on one machine) must not share it either.
  const outDir = resolve(`test-results/web-build-${process.pid}`);
  await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('Không khởi động được máy chủ xem trước bản web.');
  project.provide('baseURL', url);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
