import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../shared/platform/csp.ts';
import { staticShellMarkup } from './app/static-shell.tsx';

// The built page carries the same CSP as the app:// protocol serves in Electron, so the web build
// (and the e2e tests that run against it) enforce exactly what users get. `frame-ancestors` is
// dropped here only because browsers ignore it in a <meta> tag and warn about it.
export function cspMeta(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split(';')
    .map((d) => d.trim())
    .filter((d) => d && !d.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'cum-thi-dua-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * The code every screen needs (React, the store, the database, the text, shared components, the domain logic of
 * shared/ and the libraries under them) as one chunk, fetched while the shell paints and run right after
 * (renderer/main.ts), instead of a dozen small chunks fetched one after another when the first screen opens. The
 * shell's own modules stay in the start-up chunk; the demo data, the screens and their heavy libraries (ECharts,
 * ExcelJS, docx) load on demand.
 */
const APP_CORE =
  /[\\/](renderer[\\/](store|db|i18n|components|platform|commands)|shared)[\\/]|[\\/]renderer[\\/]zod-jitless\.ts$|[\\/]node_modules[\\/](react|react-dom|scheduler|zod|dexie|zustand|@noble[\\/](hashes|curves))[\\/]|[\\/]package\.json$/u;
// The chart component imports ECharts: in the core it would make the core import ECharts' chunk, fetched and run at
// every start; out of it, the chart component goes with the screens that draw charts.
const NOT_APP_CORE = /renderer[\\/]i18n[\\/]remembered-language|renderer[\\/]i18n[\\/](vi|en)[\\/]shell|shared[\\/]demo[\\/]|renderer[\\/]components[\\/]charts[\\/]/u;

/** The starting shell, prerendered into the page (app/static-shell.tsx): it paints before any script runs. */
function prerenderShell(): Plugin {
  const root = '<div id="root"></div>';
  return {
    name: 'cum-thi-dua-prerender-shell',
    transformIndexHtml(html) {
      if (!html.includes(root)) throw new Error('index.html: không thấy <div id="root"></div> để đặt khung ứng dụng.');
      const { shell, templates } = staticShellMarkup();
      return html.replace(root, `<div id="root">${shell}</div>${templates}`);
    },
  };
}

/**
 * The rest of the app is fetched while the shell paints: index.html preloads (`modulepreload`: fetched and parsed,
 * not run) the chunks of `renderer/app/start.tsx`, which main.tsx imports once the shell is on screen.
 */
export function preloadAfterShell(): Plugin {
  return {
    name: 'cum-thi-dua-preload-after-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        const chunks = new Map(Object.values(bundle ?? {}).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
        const start = [...chunks.values()].find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith('/renderer/app/start.tsx'));
        const loaded = new Set([chunk?.fileName, ...(chunk?.imports ?? [])]);
        const files: string[] = [];
        const visit = (file: string) => {
          if (loaded.has(file) || files.includes(file)) return;
          files.push(file);
          chunks.get(file)?.imports.forEach(visit);
        };
        if (start) visit(start.fileName);
        return files.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' }));
      },
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react(), cspMeta(), prerenderShell(), preloadAfterShell()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // No inline module preload polyfill: the CSP forbids inline scripts.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'app-core',
              test: (id: string) => APP_CORE.test(id) && !NOT_APP_CORE.test(id),
              // Only what matches: the shell's own modules stay in the start-up chunk.
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
