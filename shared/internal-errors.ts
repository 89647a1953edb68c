/**
 * Errors no part of IPWatch handled (an unhandled promise rejection or an uncaught exception),
 * caught by the process guard (electron/host/process-guard.ts) so that monitoring goes on, and
 * shown: in the status, in Health while recent, and as `ipwatch_internal_errors_total{part}`.
 * Types only, and the one window of "recent".
 */

/** One caught error: the part whose work threw (a feature part, the monitor, notify...) or `unknown`. */
export interface InternalError {
  part: string;
  /** The error's message, secrets masked; never its stack. */
  message: string;
  at: number;
}

export interface InternalErrorsStatus {
  /** Since this process started. */
  total: number;
  /** The same, per part. */
  byPart: Record<string, number>;
  last: InternalError | null;
  /** The last one is under RECENT_INTERNAL_ERROR_MS old: Health says Degraded while it is. */
  recent: boolean;
}

/** How long one caught error keeps Health at Degraded. */
export const RECENT_INTERNAL_ERROR_MS = 60 * 60 * 1000;
