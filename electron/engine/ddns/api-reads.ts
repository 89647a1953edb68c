/**
 * What a record's keeper knows, between looks, of reading the record through its provider's API
 * (record-look.ts): whether the record is proxied (its servers answer an edge address, so only
 * the API can tell), and, after reads that failed, when the API may be asked again and since when
 * reads have failed. The wait is the etiquette's (net/etiquette.ts retryWait) from a first wait
 * of a minute (never at the servers' pace of a second): doubling to 1 h with jitter, counted by the
 * reads that failed in a row, the provider's Retry-After on top (up to 6 h). A read that succeeds
 * starts the count again.
 */
import { ETIQUETTE, type RetrySchedule, retryWait } from '../net/etiquette';
import type { ApiAnswer } from './record-look';

/** The backoff of reads through the API: the etiquette's, from a first wait of a minute. */
export const API_READ_SCHEDULE: RetrySchedule = { firstWaitMs: 60_000, maxWaitMs: ETIQUETTE.maxWaitMs };

export class ApiReads {
  /** Whether the API says the record is proxied; null until it has read the record. */
  proxied: boolean | null = null;
  private quietUntil = 0;
  private unreadSince: number | null = null;
  /** Reads in a row that failed: the backoff's count. */
  private failures = 0;

  /** `random`: the backoff's jitter, in [0, 1). */
  constructor(private readonly random: () => number) {}

  /** Whether the API may be asked at `now`. */
  open(now: number): boolean {
    return now >= this.quietUntil;
  }

  /** When the API may be asked again (epoch ms; in the past when it may now). */
  get openAt(): number {
    return this.quietUntil;
  }

  /** One look's read (null: the API was not asked) and what it taught; the failure's words when it could not read. */
  note(api: ApiAnswer, proxied: boolean | null, now: number): string | null {
    this.proxied = proxied;
    if (api === null) return null;
    if ('reason' in api) {
      this.failures += 1;
      const afterMs = api.kind === 'retry' ? api.afterMs : undefined;
      this.quietUntil = now + retryWait(this.failures, this.random(), afterMs, API_READ_SCHEDULE);
      this.unreadSince ??= now;
      return api.reason;
    }
    this.failures = 0;
    this.unreadSince = null;
    return null;
  }

  /** How many minutes reads have failed for, once it is at least `limitMs`; else null. */
  unreadFor(now: number, limitMs: number): number | null {
    const since = this.unreadSince;
    return since !== null && now - since >= limitMs ? Math.round((now - since) / 60_000) : null;
  }
}
