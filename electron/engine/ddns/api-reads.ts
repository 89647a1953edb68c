/**
 * What a record's keeper knows, between looks, of reading the record through its provider's API
 * (record-look.ts): whether the record is proxied (its servers answer an edge address, so only
 * the API can tell), and, after a read that failed, when the API may be asked again (a minute
 * on, never at the servers' pace of a second) and since when reads have failed.
 */
import type { ApiAnswer } from './record-look';

/** A read through the API that failed is tried again no sooner than this. */
export const API_READ_RETRY_MS = 60_000;

export class ApiReads {
  /** Whether the API says the record is proxied; null until it has read the record. */
  proxied: boolean | null = null;
  private quietUntil = 0;
  private unreadSince: number | null = null;

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
      this.quietUntil = now + API_READ_RETRY_MS;
      this.unreadSince ??= now;
      return api.reason;
    }
    this.unreadSince = null;
    return null;
  }

  /** How many minutes reads have failed for, once it is at least `limitMs`; else null. */
  unreadFor(now: number, limitMs: number): number | null {
    const since = this.unreadSince;
    return since !== null && now - since >= limitMs ? Math.round((now - since) / 60_000) : null;
  }
}
