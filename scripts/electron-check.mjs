/**
 * Runs before `npm start` and `npm run dev`: without the Electron binary, electron-vite stops
 * with a bare "Electron uninstall". Say instead what is missing and the one command that fetches it.
 */
import process from 'node:process';

import { electronBinaryInstalled, electronPackageDir, FETCH_COMMAND, nodeHint } from './electron-binary.mjs';

/** One line for the user, on stderr: stdout may be a pipe. */
const say = (line) => process.stderr.write(`${line}\n`);

const dir = electronPackageDir(process.cwd());
if (!dir) {
  say('ipwatch: Electron is not installed: run `npm install` first.');
  process.exit(1);
}
if (!electronBinaryInstalled(dir)) {
  say(`ipwatch: the Electron binary is missing: fetch it with \`${FETCH_COMMAND}\`${nodeHint()}, then \`npm start\`.`);
  process.exit(1);
}
