// `npm start`: build, then start the Electron app. Where Electron's binary is missing (it cannot be downloaded on
// some machines) or Electron exits at once, say so in ONE line and serve the web build on 127.0.0.1 instead.
// `npm run web` (--web): build the renderer and serve it, no Electron attempt.
// --no-build: use dist/ as it is (e.g. right after `npm run build`).
// Never a stack trace of ours: every failure ends in one Vietnamese sentence (a failing build shows Vite's report).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webOnly = process.argv.includes('--web');
const skipBuild = process.argv.includes('--no-build');
const FIRST_PORT = 4173;
/** Electron failing within this time (no display, broken install) counts as "could not start". */
const EARLY_EXIT_MS = 10_000;

// Vite warns that configs importing without a file extension will need changes in a future major version: true,
// but it is a message for the config's authors, not for someone starting the app.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

class StartError extends Error {}

/** Runs `vite build` for one config in a child process; its own output (warnings, errors) stays visible. */
function viteBuild(config) {
  if (skipBuild) return Promise.resolve();
  const viteBin = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [viteBin, 'build', '-c', config, '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    child.on('error', (error) => reject(new StartError(`Không chạy được Vite: ${error.message}`)));
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new StartError(`Dựng ứng dụng thất bại ở bước ${config} (xem thông báo của Vite ở trên).`)),
    );
  });
}

/**
 * The Electron executable, or null when it is not there. Reads node_modules/electron/path.txt and checks the file:
 * never `require('electron')`, which starts a download and hangs where the network is closed.
 */
function electronExecutable() {
  let packageDir;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const executable = path.join(distDir, relative);
  return relative !== '' && existsSync(executable) ? executable : null;
}

/**
 * Electron 45 fetches its binary on first use, not at `npm install`: on a user's PC the first `npm start` downloads
 * it here (its own progress output stays visible). Where the network is closed the download fails within a second;
 * a download that hangs is given up after DOWNLOAD_LIMIT_MS. Resolves with the executable, or null.
 */
const DOWNLOAD_LIMIT_MS = 5 * 60_000;
function downloadElectron() {
  let installer;
  try {
    installer = path.join(path.dirname(createRequire(import.meta.url).resolve('electron/package.json')), 'install.js');
  } catch {
    return Promise.resolve(null);
  }
  if (!existsSync(installer)) return Promise.resolve(null);
  return new Promise((resolve) => {
    // Its error output is a stack trace of a failed fetch: kept out of sight, the one line below says what happened.
    const child = spawn(process.execPath, [installer], { cwd: root, stdio: ['ignore', 'inherit', 'ignore'] });
    const timer = setTimeout(() => child.kill('SIGTERM'), DOWNLOAD_LIMIT_MS);
    child.on('error', () => resolve(null));
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(electronExecutable());
    });
  });
}

/** Starts Electron; resolves with the reason when it could not run, or never returns while the app is open. */
function runElectron(executable) {
  return new Promise((resolve) => {
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    const startedAt = Date.now();
    const child = spawn(executable, ['.'], { cwd: root, stdio: 'inherit', env });
    child.on('error', (error) => resolve(`không chạy được tệp ${path.basename(executable)}: ${error.message}`));
    child.on('exit', (code, signal) => {
      if (code === 0 || Date.now() - startedAt > EARLY_EXIT_MS) process.exit(code ?? 0);
      resolve(`Electron dừng ngay khi mở (${signal ?? `mã ${code}`}), có thể máy không có màn hình đồ họa`);
    });
    for (const name of ['SIGINT', 'SIGTERM']) process.on(name, () => child.kill(name));
  });
}

/** First free port from 4173 on 127.0.0.1, so the printed URL is the one actually served. */
async function freePort(from) {
  for (let port = from; port < from + 50; port += 1) {
    const free = await new Promise((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new StartError(`Không tìm được cổng trống từ ${from} đến ${from + 49} trên 127.0.0.1.`);
}

async function serveWeb() {
  if (!existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
    throw new StartError('Chưa có bản dựng web (dist/renderer/index.html): chạy `npm run build` trước.');
  }
  const { preview } = await import('vite');
  const port = await freePort(FIRST_PORT);
  const server = await preview({
    configFile: path.join(root, 'renderer', 'vite.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  for (const name of ['SIGINT', 'SIGTERM']) process.on(name, () => void server.close().finally(() => process.exit(0)));
  return url;
}

async function main() {
  await viteBuild('renderer/vite.config.ts');
  if (webOnly) {
    console.log(`Đang phục vụ bản web tại ${await serveWeb()}`);
    return;
  }
  await viteBuild('electron/vite.config.ts');
  const executable = electronExecutable() ?? (await downloadElectron());
  const reason =
    executable === null ? 'chưa tải được tệp chạy của Electron trên máy này' : await runElectron(executable);
  const url = await serveWeb();
  console.log(`Không khởi động được Electron (${reason}) — đang phục vụ bản web tại ${url}`);
}

main().catch((error) => {
  const message = error instanceof StartError ? error.message : `Lỗi không mong đợi: ${error instanceof Error ? error.message : String(error)}`;
  console.error(message);
  process.exit(1);
});
