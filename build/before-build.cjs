// electron-builder hook. Returning false tells electron-builder that node_modules are "handled externally", so it
// neither installs nor packs any dependency: main, preload and renderer are Vite bundles with every runtime
// library inside (electron/vite.config.ts), and the package ships only dist/** and package.json.
// (Do not set `npmRebuild: false` in electron-builder.yml: it returns before this hook is called.)
exports.beforeBuild = async function beforeBuild() {
  return false;
};
