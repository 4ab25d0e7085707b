import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// A page with nothing but the code that turns a year's body into its stored row and back (npm run bench:store).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../../../test-results/stored-year-page', import.meta.url)),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
  },
  preview: { host: '127.0.0.1', port: 4175, strictPort: false },
});
