import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { cspMeta } from '../../../renderer/vite.config.ts';

// Built the way renderer/vite.config.ts builds the app (React plugin, the app's CSP meta tag, no inline preload
// polyfill, relative base), so the only difference npm run bench:start sees is what the page itself does.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: fileURLToPath(new URL('../../../test-results/bare-page', import.meta.url)),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  preview: { host: '127.0.0.1', port: 4174, strictPort: false },
});
