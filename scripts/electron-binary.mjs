/**
 * Whether this project's Electron binary is in place, read the way Electron's own installer
 * reads it (node_modules/electron/install.js `isInstalled`): dist/version matches the package,
 * path.txt names the executable, and the executable exists. Electron 42 and later no longer
 * fetch it in a postinstall of their own, and electron-vite reads path.txt directly, so a
 * missing binary surfaced as electron-vite's bare "Electron uninstall".
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';

/** The one command that fetches the binary (Electron's own `install-electron` bin). */
export const FETCH_COMMAND = 'npx install-electron';

/** Electron's installer declares this Node; older ones may fail to load it. */
const INSTALLER_NODE = [22, 12];

/** The electron package folder of the project at `projectDir`, or null where it is not installed (a production install). */
export function electronPackageDir(projectDir) {
  try {
    return dirname(createRequire(join(projectDir, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

const readText = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

/** True when the binary of the electron package in `dir` is installed and of its version. */
export function electronBinaryInstalled(dir, env = process.env) {
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const installed = readText(join(dir, 'dist', 'version'));
  const executable = readText(join(dir, 'path.txt'));
  if (!installed || !executable || installed.trim().replace(/^v/, '') !== version) return false;
  return existsSync(join(env.ELECTRON_OVERRIDE_DIST_PATH || join(dir, 'dist'), executable));
}

/** A hint for a Node older than the installer wants, else ''. */
export function nodeHint(version = process.versions.node) {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [wantMajor, wantMinor] = INSTALLER_NODE;
  const old = major < wantMajor || (major === wantMajor && minor < wantMinor);
  return old ? ` (Electron's installer wants Node ${wantMajor}.${wantMinor} or later; this is ${version})` : '';
}

/** What the installer's words say, in the order they are tried: the first match names the cause. */
const INSTALLER_FAILURES = [
  [
    /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up/i,
    'the download server could not be reached: no network, or a proxy or firewall in the way',
  ],
  [
    /HTTPError: Response code 404\b/,
    'the download server has no such file (no build of this version for this system, or ELECTRON_MIRROR points elsewhere)',
  ],
  [/HTTPError: Response code \d+/, 'the download server refused the download'],
  [/checksum|SHASUMS/i, 'the download did not match its published checksum'],
  [/ENOSPC/, 'the disk is full'],
  [/EACCES|EPERM/, "no permission to write Electron's folder in node_modules"],
];

/**
 * Why Electron's installer failed, in words, from its stderr (@electron/get prints the error's
 * name and message, then its stack) or the error that kept it from starting. What it does not
 * say in a known way is called unknown: its own output is one `npx install-electron` away. Pure.
 */
export function installerFailure(stderr, startError) {
  if (startError) return "Electron's installer could not be started";
  const found = INSTALLER_FAILURES.find(([pattern]) => pattern.test(stderr ?? ''));
  return found ? found[1] : "Electron's installer failed for a reason it did not say in words IPWatch knows";
}
