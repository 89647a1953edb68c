/**
 * How a UPnP-IGD step fails inside this room (a thrown UpnpError), and the one mapping of any
 * failure to the RouterFailure every router protocol returns.
 */
import type { RouterErrorCode, RouterFailure } from './types';

export class UpnpError extends Error {
  constructor(
    readonly code: RouterErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UpnpError';
  }
}

const errno = (err: unknown): string | undefined =>
  typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;

/**
 * A failure as a RouterFailure. An aborted signal wins over whatever error the abort caused:
 * its own deadline reads 'timeout', the caller's abort 'cancelled'.
 */
export function toRouterFailure(err: unknown, signal: AbortSignal): RouterFailure {
  if (err instanceof UpnpError) return { code: err.code, message: err.message };
  if (signal.aborted) {
    const reason: unknown = signal.reason;
    return reason instanceof Error && reason.name === 'TimeoutError'
      ? { code: 'timeout', message: 'the router did not answer in time' }
      : { code: 'cancelled', message: 'cancelled' };
  }
  const code = errno(err);
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'ECONNREFUSED') return { code: 'refused', message: `the router refused the connection (${message})` };
  return { code: 'network', message };
}
