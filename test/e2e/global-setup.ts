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
  const config = 'renderer/vite.config.ts';
  await build({ configFile: config, logLevel: 'warn' });
  const server: PreviewServer = await preview({ configFile: config, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('Không khởi động được máy chủ xem trước bản web.');
  project.provide('baseURL', url);
  return async () => {
    await server.close();
  };
}
