/**
 * electron-builder afterPack hook: flips the fuses (scripts/fuses.cjs) in the packed
 * Electron binary with @electron/fuses, before signing.
 */
const { existsSync } = require('node:fs');
const path = require('node:path');

const { flipFuses, FuseVersion } = require('@electron/fuses');

const { fusesFor } = require('./fuses.cjs');

/** @param {import('app-builder-lib').AfterPackContext} context */
exports.default = async function afterPack(context) {
  const platform = context.electronPlatformName;
  const { productFilename } = context.packager.appInfo;
  const { executableName } = context.packager;
  const candidates =
    platform === 'darwin' || platform === 'mas'
      ? [`${productFilename}.app`]
      : platform === 'win32'
        ? [`${executableName}.exe`, `${productFilename}.exe`]
        : [executableName];
  const executable = candidates.map((c) => path.join(context.appOutDir, c)).find((p) => existsSync(p));
  if (!executable) throw new Error(`afterPack: no Electron binary in ${context.appOutDir} (${candidates.join(', ')})`);
  await flipFuses(executable, {
    version: FuseVersion.V1,
    // Signing follows afterPack; an arm64 mac build needs its ad-hoc signature redone meanwhile.
    resetAdHocDarwinSignature: platform === 'darwin' && context.arch === 3,
    ...fusesFor(platform),
  });
};
