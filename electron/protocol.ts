/**
 * Serves the packaged renderer (dist/renderer) at `app://cumthidua/`, never a remote URL, with the
 * app's strict Content-Security-Policy on every response. A request can only ever read a file under the renderer
 * folder: `..`, encoded separators and other hosts are refused.
 */
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/platform/csp';
import { APP_HOST, APP_SCHEME } from './app-origin';

/** The part of Electron's `protocol` module used here. */
export interface AppProtocol {
  registerSchemesAsPrivileged(
    schemes: { scheme: string; privileges: { standard: boolean; secure: boolean; supportFetchAPI: boolean; corsEnabled: boolean; codeCache: boolean } }[],
  ): void;
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
}

export type ReadFile = (filePath: string) => Promise<Uint8Array<ArrayBuffer>>;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers of every response, errors included. */
export const RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Called before the app is ready: `standard` + `secure` give the scheme a real origin, so IndexedDB (where every
 * score lives) and ES modules work as they do on https.
 */
export function registerAppScheme(protocol: Pick<AppProtocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);
}

export type RendererPath =
  | { readonly kind: 'file'; readonly filePath: string; readonly spaFallback: boolean }
  | { readonly kind: 'refused'; readonly status: 400 | 403 | 404 };

/** Maps a request URL to a file under `rootDir`, or refuses it. Pure: no file is touched. */
export function resolveRendererPath(url: string, rootDir: string): RendererPath {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { kind: 'refused', status: 403 };
  const segments: string[] = [];
  for (const raw of parsed.pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { kind: 'refused', status: 400 };
    }
    // After decoding, a segment must be a plain file or folder name: no "..", no hidden separator or drive.
    if (segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return { kind: 'refused', status: 403 };
    segments.push(segment);
  }
  const root = path.resolve(rootDir);
  const filePath = path.join(root, ...(segments.length === 0 ? ['index.html'] : segments));
  const relative = path.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { kind: 'refused', status: 403 };
  // A path without an extension is a screen of the single-page app: serve index.html if no such file exists.
  const last = segments.at(-1) ?? 'index.html';
  return { kind: 'file', filePath, spaFallback: path.extname(last) === '' };
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The `app://` request handler: GET/HEAD of renderer files only. */
export function createRendererHandler(
  rootDir: string,
  readFile: ReadFile,
): (request: Pick<Request, 'url' | 'method'>) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405, 'Phương thức không được phép.');
    const resolved = resolveRendererPath(request.url, rootDir);
    if (resolved.kind === 'refused') return plainResponse(resolved.status, 'Không được phép đọc đường dẫn này.');
    let filePath = resolved.filePath;
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await readFile(filePath);
    } catch {
      if (!resolved.spaFallback) return plainResponse(404, 'Không tìm thấy tệp.');
      filePath = path.join(path.resolve(rootDir), 'index.html');
      try {
        body = await readFile(filePath);
      } catch {
        return plainResponse(404, 'Không tìm thấy tệp.');
      }
    }
    const contentType = CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...RESPONSE_HEADERS, 'Content-Type': contentType },
    });
  };
}

export function serveRenderer(protocol: Pick<AppProtocol, 'handle'>, rootDir: string, readFile: ReadFile): void {
  protocol.handle(APP_SCHEME, createRendererHandler(rootDir, readFile));
}
