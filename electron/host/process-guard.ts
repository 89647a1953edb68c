/**
 * The process guard of the headless runner and of the app's main process: an unhandled promise
 * rejection or an uncaught exception no longer ends the process once monitoring runs. It goes
 * to the runtime's InternalErrors (engine/runtime/internal-errors.ts), which logs it with the
 * part whose work threw it, counts it (`ipwatch_internal_errors_total{part}`) and shows it in
 * Health, and monitoring goes on.
 *
 * Not survivable, by decision or by nature:
 * - **Before monitoring runs** (`arm` not called yet: reading the settings, opening the history,
 *   taking the data folder's lock, building the runtime): a process that cannot start must say
 *   why and exit (code 1), not sit there looking alive. `onFatal` says it and ends the process.
 * - **Out of memory** (V8's "heap out of memory") and other fatal V8 or native errors abort the
 *   process without running any JavaScript: nothing here sees them. A supervisor restarts the
 *   runner (systemd's Restart=, Docker's restart policy: docs/headless.md).
 * - **An error while the guard itself reports** (the log's sink throwing): written to stderr as a
 *   last resort, never reported again, so it cannot loop.
 * Everything else is survivable: a part's state may be left wrong by its error, but the part is
 * named in Health and the log, and the monitor, the other parts and the history go on. A stack
 * overflow (RangeError) is an exception like any other and is caught too.
 */

/** Where a caught error goes once monitoring runs (the runtime's `internalErrors.report`). */
export type ReportInternalError = (err: unknown) => void;

export interface ProcessGuard {
  /** From now on errors are reported and survived. */
  arm(report: ReportInternalError): void;
  /** Removes the listeners (tests; the process's end does it otherwise). */
  dispose(): void;
}

export interface ProcessGuardOptions {
  /** An error before `arm`: say why and end the process. */
  onFatal: (err: unknown) => void;
  /** Written to when reporting itself fails; process.stderr by default. */
  stderr?: (text: string) => void;
  proc?: NodeJS.Process;
}

/** Installs the guard on the process at once; call it first thing in an entry point. */
export function guardProcess(opts: ProcessGuardOptions): ProcessGuard {
  const proc = opts.proc ?? process;
  const stderr = opts.stderr ?? ((t: string) => void proc.stderr.write(t));
  let report: ReportInternalError | null = null;
  let reporting = false;
  const caught = (err: unknown) => {
    if (!report) return opts.onFatal(err);
    if (reporting) return stderr(`ipwatch: an error while reporting an internal error: ${String(err)}\n`);
    reporting = true;
    try {
      report(err);
    } catch (failed) {
      stderr(`ipwatch: internal error (${String(err)}); reporting it failed: ${String(failed)}\n`);
    } finally {
      reporting = false;
    }
  };
  const onRejection = (reason: unknown) => caught(reason);
  const onException = (err: unknown) => caught(err);
  proc.on('unhandledRejection', onRejection);
  proc.on('uncaughtException', onException);
  return {
    arm: (r) => void (report = r),
    dispose() {
      proc.off('unhandledRejection', onRejection);
      proc.off('uncaughtException', onException);
    },
  };
}

/** The one line a process that fails before monitoring runs prints: "ipwatch: internal error before monitoring started: ...". */
export function fatalLine(err: unknown): string {
  const message = err instanceof Error ? err.message || err.name : String(err);
  return `ipwatch: internal error before monitoring started: ${message}`;
}
