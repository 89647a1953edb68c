/**
 * `npm install`'s postinstall: fetches the Electron binary with Electron's own installer.
 * Where it cannot (no network, ELECTRON_SKIP_BINARY_DOWNLOAD, a Node the installer refuses),
 * the install still succeeds and one line says why, in words (installerFailure), and what to run
 * later: the headless runner and every test work without the binary.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import process from 'node:process';

import {
  electronBinaryInstalled,
  electronPackageDir,
  FETCH_COMMAND,
  installerFailure,
  nodeHint,
} from './electron-binary.mjs';

/** One line for the user, on stderr: stdout may be a pipe. */
const say = (line) => process.stderr.write(`${line}\n`);

const later = `run \`${FETCH_COMMAND}\` before \`npm start\` (the headless runner needs no Electron)`;

function main() {
  const dir = electronPackageDir(process.cwd());
  // Installed without its dev dependencies (a global install of the runner): no app to start.
  if (!dir || electronBinaryInstalled(dir)) return;
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    say(`ipwatch: the Electron binary was not fetched (ELECTRON_SKIP_BINARY_DOWNLOAD is set); ${later}.`);
    return;
  }
  const run = spawnSync(process.execPath, [join(dir, 'install.js')], {
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  if (run.status === 0 && electronBinaryInstalled(dir)) return;
  say(
    `ipwatch: could not fetch the Electron binary: ${installerFailure(run.stderr, run.error)}${nodeHint()}; ${later}.`,
  );
}

main();
