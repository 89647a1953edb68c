/** Running a short OS command (route(8), ip(8)) for its output, bounded, never through a shell. */
import { execFile } from 'node:child_process';

const COMMAND_TIMEOUT_MS = 3000;

/** A longer command's bounds (tracepath, traceroute): its time, its output, and whether an exit code other than 0 still gives its output. */
export interface CommandBounds {
  timeoutMs?: number;
  maxBytes?: number;
  /** True: a command that ran and printed, then exited with a code (tracepath when not reached), resolves with its output. */
  outputOnExitCode?: boolean;
}

/** Resolves with the command's standard output; rejects with its standard error (or why it failed). */
export function runCommand(
  command: string,
  args: string[],
  signal: AbortSignal,
  bounds: CommandBounds = {},
): Promise<string> {
  const { timeoutMs = COMMAND_TIMEOUT_MS, maxBytes = 1024 * 1024, outputOnExitCode = false } = bounds;
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      // LC_ALL=C keeps route(8) in English on the BSDs; Windows ignores it (the parsers read shapes).
      { signal, timeout: timeoutMs, maxBuffer: maxBytes, windowsHide: true, env: { ...process.env, LC_ALL: 'C' } },
      (err, stdout, stderr) => {
        const exited = typeof (err as { code?: unknown } | null)?.code === 'number' && !err?.killed;
        if (!err || (outputOnExitCode && exited && stdout.trim())) resolve(stdout);
        else reject(new Error(`${command}: ${stderr.trim() || err.message}`));
      },
    );
  });
}

/**
 * Windows' route.exe by its full path: Windows looks for a bare name in the current folder
 * before PATH, so a planted route.exe there would run in our place.
 */
export const windowsRoute = (): string => `${process.env.SystemRoot ?? 'C:\\Windows'}\\System32\\route.exe`;
