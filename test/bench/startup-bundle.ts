/**
 * What a web build makes the browser load before anything can show: the entry chunk named in index.html and every
 * chunk it imports statically (dynamic imports load later, on demand), with their sizes raw and gzipped and the
 * source modules inside them. Read from the bundle itself through a Vite plugin, so the bench (npm run bench:start)
 * and the bundle test see exactly what Vite wrote.
 */
import { gzipSync } from 'node:zlib';
import type { Plugin, Rolldown } from 'vite';

export interface Size {
  raw: number;
  gzip: number;
}

export interface StartupBundle {
  /** The entry chunk and the chunks it imports statically, entry first. */
  files: string[];
  js: Size;
  /** Stylesheets linked from index.html (render-blocking). */
  css: Size;
  /** Source modules parsed at start-up (absolute paths, node_modules included). */
  modules: string[];
  /** Every chunk of the build with its modules, for the checks of what loads on demand. */
  chunks: { file: string; dynamicEntry: boolean; imports: string[]; modules: string[] }[];
}

const sizeOf = (texts: (string | Uint8Array)[]): Size => ({
  raw: texts.reduce((n, t) => n + Buffer.byteLength(t), 0),
  gzip: texts.reduce((n, t) => n + gzipSync(t).byteLength, 0),
});

type ChunkMeta = Rolldown.OutputChunk & { viteMetadata?: { importedCss: Set<string> } };

export function readStartup(bundle: Rolldown.OutputBundle): StartupBundle {
  const outputs = Object.values(bundle);
  const chunks = outputs.filter((o): o is ChunkMeta => o.type === 'chunk');
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error('Bản dựng không có chunk khởi động.');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const files: string[] = [];
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    byFile.get(file)?.imports.forEach(visit);
  };
  visit(entry.fileName);
  const startup = files.map((f) => byFile.get(f)).filter((c): c is ChunkMeta => c !== undefined);
  const cssFiles = new Set(startup.flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]));
  const css = outputs.filter((o): o is Rolldown.OutputAsset => o.type === 'asset' && cssFiles.has(o.fileName));
  return {
    files,
    js: sizeOf(startup.map((c) => c.code)),
    css: sizeOf(css.map((a) => a.source)),
    modules: startup.flatMap((c) => c.moduleIds),
    chunks: chunks.map((c) => ({ file: c.fileName, dynamicEntry: c.isDynamicEntry, imports: c.imports, modules: c.moduleIds })),
  };
}

/** A plugin to add to a build: after it, `result()` is what that build loads at start-up. */
export function captureStartup(): { plugin: Plugin; result: () => StartupBundle } {
  let captured: StartupBundle | undefined;
  return {
    plugin: {
      name: 'cum-thi-dua-startup-bundle',
      apply: 'build',
      enforce: 'post',
      generateBundle(_options, bundle) {
        captured = readStartup(bundle);
      },
    },
    result: () => {
      if (!captured) throw new Error('Chưa dựng bản nào.');
      return captured;
    },
  };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
