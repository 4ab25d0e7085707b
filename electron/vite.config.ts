/**
 * Builds the Electron side: dist/electron/main.cjs and dist/electron/preload.cjs, each ONE CommonJS file.
 * Runtime libraries (zod...) are bundled in, so electron-builder packs no node_modules; only `electron` and node
 * built-ins stay external. The preload is built on its own (a second environment) so that no chunk is ever shared
 * with main: a sandboxed preload can require nothing but `electron`.
 *
 * `npm run build` runs `vite build -c electron/vite.config.ts` after the renderer build; `builder` makes that one
 * command build both environments.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { EnvironmentOptions, Plugin, UserConfig } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const external = ['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** Fails the build if an output is not a single self-contained file (no chunk, no require of a library). */
function singleFileGuard(allowed: readonly string[]): Plugin {
  return {
    name: 'cum-thi-dua:single-file-guard',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      if (chunks.length !== 1) this.error(`Expected one bundle, got ${chunks.map((chunk) => chunk.fileName).join(', ')}`);
      for (const chunk of chunks) {
        const stray = chunk.imports.filter((name) => !allowed.includes(name));
        if (stray.length > 0) this.error(`${chunk.fileName} requires ${stray.join(', ')}: bundle them or mark them allowed.`);
      }
    },
  };
}

function cjsEnvironment(outDir: string, entry: string, fileName: string, allowed: readonly string[], emptyOutDir: boolean): EnvironmentOptions {
  return {
    // 'server' so node built-ins resolve as in Node; noExternal so every library is bundled in.
    consumer: 'server',
    resolve: { noExternal: true, external: ['electron'] },
    build: {
      outDir,
      emptyOutDir,
      target: 'node22',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      lib: { entry: path.join(root, entry), formats: ['cjs'], fileName: () => fileName },
      rollupOptions: {
        external,
        output: { format: 'cjs', codeSplitting: false },
        plugins: [singleFileGuard(allowed)],
      },
    },
  };
}

/** The whole config, for another output folder too (test/electron/bundle.test.ts builds into a temp folder). */
export function electronBuildConfig(outDir: string): UserConfig {
  return {
    root,
    publicDir: false,
    logLevel: 'warn',
    environments: {
      main: cjsEnvironment(outDir, 'electron/main.ts', 'main.cjs', external, true),
      preload: cjsEnvironment(outDir, 'electron/preload.ts', 'preload.cjs', ['electron'], false),
    },
    builder: {
      async buildApp(builder) {
        // In order: main empties the folder, then the preload is added next to it.
        for (const name of ['main', 'preload']) {
          const environment = builder.environments[name];
          if (environment === undefined) throw new Error(`Missing build environment "${name}"`);
          await builder.build(environment);
        }
      },
    },
  };
}

export default defineConfig(electronBuildConfig(path.join(root, 'dist', 'electron')));
