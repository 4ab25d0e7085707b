/**
 * Writes a file so that, whatever fails and whenever the power goes, the target holds either its old content or
 * the complete new content, never half of it.
 *
 * Steps: temp file in the same folder (a rename is atomic only within one file system) → write → fsync → close →
 * rename over the target → fsync the folder so the rename itself survives a crash (POSIX; Windows cannot open a
 * folder for syncing, so that last step is best-effort). On any failure before the rename the temp file is removed
 * and the error rethrown; the target was never touched.
 *
 * The file system is a parameter so tests inject a failure into each step.
 */
import { randomBytes } from 'node:crypto';
import fsPromises from 'node:fs/promises';
import path from 'node:path';

/** The part of a `FileHandle` used here. */
export interface WritableFileHandle {
  writeFile(data: Uint8Array | string, encoding?: 'utf8'): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The part of `node:fs/promises` used here. */
export interface AtomicWriteFs {
  open(filePath: string, flags: 'wx' | 'r', mode?: number): Promise<WritableFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
}

export const nodeFs: AtomicWriteFs = fsPromises;

/** Name of the temp file: hidden, next to the target, unique, recognisable if a crash ever leaves one behind. */
export function tempPathFor(targetPath: string): string {
  const dir = path.dirname(targetPath);
  return path.join(dir, `.${path.basename(targetPath)}.${randomBytes(6).toString('hex')}.tmp`);
}

export async function writeFileAtomic(targetPath: string, data: Uint8Array | string, fs: AtomicWriteFs = nodeFs): Promise<void> {
  const tempPath = tempPathFor(targetPath);
  // 'wx': never reuse (or follow a symlink planted at) an existing path.
  const handle = await fs.open(tempPath, 'wx', 0o644);
  let closed = false;
  try {
    await (typeof data === 'string' ? handle.writeFile(data, 'utf8') : handle.writeFile(data));
    await handle.sync();
    closed = true;
    await handle.close();
    await fs.rename(tempPath, targetPath);
  } catch (error) {
    if (!closed) await handle.close().catch(() => undefined);
    await fs.unlink(tempPath).catch(() => undefined);
    throw error;
  }
  await syncFolder(path.dirname(targetPath), fs);
}

/** Best-effort: the new file is already in place; failing to sync its folder must not report the save as failed. */
async function syncFolder(dir: string, fs: AtomicWriteFs): Promise<void> {
  try {
    const folder = await fs.open(dir, 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  } catch {
    // Windows (EPERM/EISDIR) and some network drives cannot sync a folder.
  }
}
