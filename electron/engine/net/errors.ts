/**
 * How asking a public-address source fails, whatever its transport: the codes the monitor
 * shows and decides on. The network clients produce the transport ones (timeout, unreachable,
 * network); the sources add what only they can judge (http-status, rate-limited, parse).
 */
import type { Reason } from '../../../shared/reason';
import type { Family } from '../../../shared/types';

export type SourceErrorCode =
  /** No answer within the timeout. */
  | 'timeout'
  /** This family cannot reach the service at all (no route, no address of the family). */
  | 'unreachable'
  /** Connection refused/reset, DNS server failure, malformed transport reply. */
  | 'network'
  /** HTTP status other than 2xx, 403 and 429. */
  | 'http-status'
  /** 429, or 403 (the usual anti-bot answer): back off, honour Retry-After. */
  | 'rate-limited'
  /** The reply arrived but held no answer where expected (missing JSON field, no record). */
  | 'parse'
  /** Nothing was sent: the interface or address chosen to leave from is not usable (net/local-address.ts). */
  | 'no-egress';

export class SourceError extends Error {
  constructor(
    readonly code: SourceErrorCode,
    message: string,
    /** From Retry-After, when the service sent one. */
    readonly retryAfterMs?: number,
    /** The failure as a reason, in the reader's language, when the code alone does not say it. */
    readonly why?: Reason,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

/** The name exists, but has no address of the asked family: that family cannot reach it. */
export class NoAddressOfFamilyError extends Error {
  readonly code = 'ENOTFOUND';
  constructor(hostname: string, family: Family) {
    super(`${hostname} has no IPv${family} address`);
    this.name = 'NoAddressOfFamilyError';
  }
}

export const errorCode = (err: unknown): string | undefined =>
  typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;

const UNREACHABLE = new Set(['ENETUNREACH', 'EHOSTUNREACH', 'EAFNOSUPPORT', 'EADDRNOTAVAIL']);

/**
 * Maps a transport failure to a SourceError. An aborted signal wins over whatever error
 * the abort caused, so the engine sees 'timeout' for both its deadline and its cancel.
 */
export function toSourceError(err: unknown, signal: AbortSignal): SourceError {
  if (err instanceof SourceError) return err;
  if (signal.aborted) {
    const reason: unknown = signal.reason;
    const timedOut = reason instanceof Error && reason.name === 'TimeoutError';
    return new SourceError('timeout', timedOut ? 'no answer before the timeout' : 'cancelled');
  }
  if (err instanceof NoAddressOfFamilyError) return new SourceError('unreachable', err.message);
  const code = errorCode(err) ?? errorCode(err instanceof Error ? err.cause : undefined);
  const message = err instanceof Error ? err.message : String(err);
  if (code && UNREACHABLE.has(code)) return new SourceError('unreachable', `${code}: ${message}`);
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') return new SourceError('timeout', message);
  return new SourceError('network', code && !message.includes(code) ? `${code}: ${message}` : message);
}
