/**
 * The online enrichment (off by default): asks the service the user named about an address the
 * engine confirmed, once per address (the answer is kept: online-cache.ts), and only when the
 * offline databases do not name it fully unless the user asked for always. Never on a check's or
 * a notification's path: `consider` returns at once, questions go one at a time from a short
 * queue, each bounded by the timeout (at most the etiquette's 15 s), and a failure is logged and
 * dropped. The service is asked as every other is (net/etiquette.ts): busy, over a limit or not
 * answering, nothing more is asked for 30 s, doubling with each such failure in a row up to 1 h,
 * its Retry-After on top (up to 6 h); a refused token (401/403) stops the questions until the
 * settings change.
 */
import type { IdentitySettings } from '../../../shared/settings/identity';
import type { Family } from '../../../shared/types';
import type { Logger } from '../logger';
import { deadline } from '../net/deadline';
import { ETIQUETTE, retryWait } from '../net/etiquette';
import type { HttpClient } from '../net/types';
import { fullyNamed } from './merge';
import type { IdentityService } from './network-identity';
import { ONLINE_PROVIDERS } from './online/registry';

/**
 * Addresses waiting to be asked: a line's changes bring one or two at a time, so 8 is a burst's
 * worth; any beyond are dropped (asked again when next seen, since they are not in the cache).
 */
export const QUEUE_LIMIT = 8;

export interface EnricherDeps {
  service: IdentityService;
  http: HttpClient;
  logger: Logger;
  /** The wall clock (epoch ms): stamps an answer and reads an HTTP-date Retry-After. */
  now: () => number;
  /** The monotonic clock (ms, Clock.monotonic): the backoff's pause, which no wall step moves. */
  monotonic: () => number;
  userAgent: string;
  /** The backoff's jitter, in [0, 1) (Math.random unless a test seeds it). */
  random?: () => number;
  /** Told each address whose answer was kept (the status and the history show it from then on). */
  onLearned?: (ip: string) => void;
}

export interface Enricher {
  /** New settings (and the token they resolve to); a refused token is forgiven by new settings. */
  configure(settings: IdentitySettings, token: string | undefined): void;
  /** An address the engine confirmed: asked about later (over `via`) if the settings say so. Never throws. */
  consider(ip: string, via: Family): void;
  /** Resolves when nothing is queued or being asked. */
  idle(): Promise<void>;
  /** Why no question is asked now (a refused token, a limit), or null. */
  paused(): string | null;
  close(): void;
}

export function createEnricher(deps: EnricherDeps): Enricher {
  const { service, logger } = deps;
  let settings: IdentitySettings | null = null;
  let token: string | undefined;
  let stopped: string | null = null;
  /** Nothing is asked before `until` (monotonic ms), for `reason`; `until` null: no pause. */
  let quiet: { until: number | null; reason: string } = { until: null, reason: '' };
  const quietNow = (): boolean => quiet.until !== null && deps.monotonic() < quiet.until;
  /** Questions in a row the service was busy for or did not answer: the backoff's count. */
  let failures = 0;
  const backOff = (reason: string, afterMs?: number) => {
    failures++;
    const wait = retryWait(failures, (deps.random ?? Math.random)(), afterMs);
    quiet = { until: deps.monotonic() + wait, reason };
    logger.warn('online identity paused', { reason, seconds: Math.ceil(wait / 1000) });
  };
  const queue: { ip: string; family: Family }[] = [];
  const queued = new Set<string>();
  let running: Promise<void> | null = null;
  const closing = new AbortController();

  const wanted = (ip: string): boolean => {
    if (!settings || settings.provider === 'off' || stopped || closing.signal.aborted) return false;
    if (queued.has(ip) || service.cache.has(ip)) return false;
    return settings.ask === 'always' || !fullyNamed(service.offline(ip));
  };

  async function askOne(ip: string, family: Family): Promise<void> {
    if (!settings || settings.provider === 'off' || stopped || quietNow()) return;
    const provider = ONLINE_PROVIDERS[settings.provider];
    const bound = deadline(closing.signal, Math.min(settings.timeoutMs, ETIQUETTE.requestTimeoutMs));
    try {
      const base = (settings.url ?? provider.defaultBase).replace(/\/+$/, '');
      const { http, userAgent, now } = deps;
      const outcome = await provider.ask(ip, { http, base, family, token, signal: bound.signal, userAgent, now });
      if (outcome.kind !== 'later') failures = 0;
      if (outcome.kind === 'answer') {
        const saved = service.cache.set(ip, { ...outcome.identity, provider: provider.id, at: deps.now() });
        await saved.catch((err: unknown) => logger.warn('cannot save the identity answers', { error: String(err) }));
        logger.info('identity answer kept', { ip, provider: provider.id });
        deps.onLearned?.(ip);
      } else if (outcome.kind === 'stop') {
        stopped = outcome.reason;
        logger.warn('online identity stopped until the settings change', { reason: outcome.reason });
      } else if (outcome.kind === 'later') backOff(outcome.reason, outcome.afterMs);
      else logger.warn('online identity not known', { ip, reason: outcome.reason });
    } catch (err) {
      if (closing.signal.aborted) return;
      const reason = bound.signal.aborted ? 'no answer in time' : err instanceof Error ? err.message : String(err);
      logger.warn('online identity not known', { ip, reason });
      // No answer is the service's trouble as much as a 503 is: it is left alone a while too.
      backOff(`${provider.id}: ${reason}`);
    } finally {
      bound.clear();
    }
  }

  async function drain(): Promise<void> {
    for (let next = queue.shift(); next; next = queue.shift()) {
      await askOne(next.ip, next.family);
      queued.delete(next.ip);
    }
    running = null;
  }

  return {
    configure(next, nextToken) {
      const changed = JSON.stringify(next) !== JSON.stringify(settings) || nextToken !== token;
      settings = next;
      token = nextToken;
      if (changed) {
        stopped = null;
        quiet = { until: null, reason: '' };
        failures = 0;
      }
    },
    consider(ip, family) {
      try {
        if (!wanted(ip) || queue.length >= QUEUE_LIMIT) return;
        queue.push({ ip, family });
        queued.add(ip);
        running ??= drain();
      } catch (err) {
        logger.warn('online identity not asked', { ip, error: String(err) });
      }
    },
    idle: () => running ?? Promise.resolve(),
    paused: () => stopped ?? (quietNow() ? quiet.reason : null),
    close() {
      closing.abort(new DOMException('IPWatch is stopping.', 'AbortError'));
      queue.length = 0;
      queued.clear();
    },
  };
}
