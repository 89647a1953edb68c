/**
 * The one way a headless command fails: one `ipwatch: ...` line on stderr and an exit code
 * a script can act on.
 *   0  done
 *   1  the operation failed (a file could not be read or written, the history is damaged,
 *      the data folder is in use by a running IPWatch, a test notification was not delivered)
 *   2  the request was wrong (unknown command or option, a bad value, invalid settings or
 *      environment): fix the command line or settings.json and run it again
 */
import { CommanderError } from 'commander';

import { HistoryDamagedError, WrongKeyError } from '../engine/store';
import { DataLockedError } from '../engine/store/data-lock';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** A problem with what was asked (exit 2), not with doing it. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function exitCodeOf(err: unknown): number {
  // Commander's own errors (unknown option, bad value, missing argument) are all usage errors;
  // --help and --version end through the same path with exit code 0.
  if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  if (err instanceof UsageError || err instanceof WrongKeyError) return EXIT_USAGE;
  return EXIT_FAILED;
}

/** The message, with what to do next where the error alone does not say it. */
export function describeError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof DataLockedError) return `${message}; stop it first, then try again`;
  if (err instanceof HistoryDamagedError) {
    return `${message}. Run "ipwatch repair" (or start the monitor) to recover it from the newest good copy`;
  }
  return message;
}

/** Writes the error line and returns the exit code for it. */
export function reportError(err: unknown, write: (text: string) => void = (t) => void process.stderr.write(t)): number {
  write(`ipwatch: ${describeError(err)}\n`);
  return exitCodeOf(err);
}

/**
 * Wraps a command's action: what it returns becomes the exit code (undefined: 0), and what it
 * throws becomes one error line and the exit code for that error. Nothing escapes.
 */
export function commandAction<A extends unknown[]>(
  fn: (...args: A) => Promise<number | void>,
  write?: (text: string) => void,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      process.exitCode = (await fn(...args)) ?? EXIT_OK;
    } catch (err) {
      process.exitCode = reportError(err, write);
    }
  };
}
