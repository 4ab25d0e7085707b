import { createRequire } from 'node:module';
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { TIMEOUT } from '../timeouts';

const root = path.resolve(import.meta.dirname, '../..');

// Read and validated by electron-builder's own loader, as `npm run dist` does (the installers themselves cannot be
// built on machines where Electron's binary cannot be downloaded).
const config = await getConfig(root, path.join(root, 'build', 'electron-builder.yml'), null);

// electron-builder's validator compiles its JSON schema on first use (seconds on a busy machine): tooling limit.
describe('build/electron-builder.yml', { timeout: TIMEOUT.tooling }, () => {
  it('passes electron-builder validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and packs only the bundles into an asar', () => {
    expect(config.appId).toBe('vn.cumthidua.app');
    expect(config.productName).toBe('Cụm Thi Đua');
    expect(config.asar).toBe(true);
    // electron-builder normalises `files` to one file set.
    expect(config.files).toEqual([{ filter: ['dist/**', 'package.json', '!dist/**/*.map'] }]);
  });

  it('flips the security fuses: no run-as-node, NODE_OPTIONS or --inspect; app only from an integrity-checked asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('packs no node_modules: the beforeBuild hook says dependencies are handled (bundled) elsewhere', async () => {
    expect(config.npmRebuild).not.toBe(false); // npmRebuild: false would skip the hook
    const hookModule: unknown = createRequire(import.meta.url)('../../build/before-build.cjs');
    const hook: unknown = typeof hookModule === 'object' && hookModule !== null ? Reflect.get(hookModule, 'beforeBuild') : undefined;
    expect(typeof hook === 'function' ? await hook() : hook).toBe(false);
  });

  it('builds a Vietnamese NSIS installer that a user without admin rights can install where they like', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      installerLanguages: ['vi_VN'],
      language: '1066',
    });
  });

  it('builds AppImage and deb for Linux', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });
});
