/** Running a short OS command (route(8), ip(8)) for its output, bounded, never through a shell. */
import { execFile } from 'node:child_process';

const COMMAND_TIMEOUT_MS = 3000;

/** Resolves with the command's standard output; rejects with its standard error (or why it failed). */
export function runCommand(command: string, args: string[], signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      // LC_ALL=C keeps route(8) in English on the BSDs; Windows ignores it (the parsers read shapes).
      { signal, timeout: COMMAND_TIMEOUT_MS, windowsHide: true, env: { ...process.env, LC_ALL: 'C' } },
      (err, stdout, stderr) =>
        err ? reject(new Error(`${command}: ${stderr.trim() || err.message}`)) : resolve(stdout),
    );
  });
}

/**
 * Windows' route.exe by its full path: Windows looks for a bare name in the current folder
 * before PATH, so a planted route.exe there would run in our place.
 */
export const windowsRoute = (): string => `${process.env.SystemRoot ?? 'C:\\Windows'}\\System32\\route.exe`;
