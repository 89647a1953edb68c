/**
 * The Electron fuses IPWatch flips in its packed binary, and the platforms each applies to.
 * Shared by the afterPack hook (scripts/after-pack.cjs) and the check that reads them back
 * (scripts/package-check.ts). CommonJS because electron-builder require()s its hooks.
 */
const { FuseV1Options } = require('@electron/fuses');

/** @param {string} platform electron-builder's electronPlatformName: darwin, win32, linux, mas */
function fusesFor(platform) {
  return {
    [FuseV1Options.RunAsNode]: false, // ELECTRON_RUN_AS_NODE cannot turn the app into a Node
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false, // no --inspect into the main process
    // Electron validates the asar's embedded hash on macOS and Windows only.
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: platform === 'darwin' || platform === 'win32',
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // The page comes from the ipwatch:// scheme (electron/shell/app-protocol.ts), so file: needs no extra powers.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

module.exports = { fusesFor };
