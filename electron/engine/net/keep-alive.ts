/**
 * Whether an idle connection is worth keeping for the next request to the same origin and
 * family. A source is asked once per check, so "the next request" comes a check interval
 * later (10 s to minutes). A connection the server closes before then is pure cost: the
 * runner wakes mid-gap just to take the close (about 0.3 ms of CPU per connection on a small
 * VM, bench/runner), and the next check connects anew anyway. Closing it right after its
 * answer costs one close in the check instead, and no wake-up.
 *
 * What the server allows is learnt per origin and family: from its `Keep-Alive: timeout=N`
 * answer header (Node's and Apache's servers send one; RFC 2068 section 19.7.1.1), else from
 * how long a kept connection stayed idle before the server closed it. An observed close is
 * forgotten after RELEARN_MS, so a server that starts keeping connections longer is noticed.
 */

/** A request this close to the server's idle limit could cross its close on the wire. */
export const KEEP_MARGIN_MS = 1_000;
/** An idle limit learnt from a close is trusted this long, then found out again. */
export const RELEARN_MS = 3_600_000;

export interface KeepInput {
  /** The last gap between two requests to the origin (end of one to start of the next); null before a second request. */
  gapMs: number | null;
  /** How long the server keeps an idle connection; null while unknown. */
  serverIdleMs: number | null;
  /** How long we keep one ourselves. */
  ownIdleMs: number;
}

/**
 * Pure.
 *
 * | gap     | server idle limit | keep? | why                                               |
 * |---------|-------------------|-------|---------------------------------------------------|
 * | unknown | any               | yes   | HTTP/1.1's default, until the rhythm is known     |
 * | g       | unknown           | g + margin < own limit                            |
 * | g       | s                 | g + margin < min(s, own limit): it will still be open |
 */
export function keepIdle({ gapMs, serverIdleMs, ownIdleMs }: KeepInput): boolean {
  if (gapMs === null) return true;
  return gapMs + KEEP_MARGIN_MS < Math.min(serverIdleMs ?? Infinity, ownIdleMs);
}

/** Seconds of `timeout=N` in a Keep-Alive header, as ms; null when absent or malformed. */
export function keepAliveTimeoutMs(header: string | string[] | undefined): number | null {
  const value = Array.isArray(header) ? header.join(',') : header;
  const m = value ? /(?:^|[\s,;])timeout\s*=\s*"?(\d{1,6})"?(?=$|[\s,;])/i.exec(value) : null;
  return m ? Number(m[1]) * 1000 : null;
}

interface Rhythm {
  lastDoneAt: number | null;
  gapMs: number | null;
  /** From the header, renewed by every answer that has one. */
  advertisedMs: number | null;
  observedMs: number | null;
  observedAt: number;
}

/** What keepIdle() needs, per origin and family, learnt as requests come and go. */
export class KeepAliveBook {
  private readonly byKey = new Map<string, Rhythm>();

  constructor(
    private readonly now: () => number,
    private readonly ownIdleMs: number,
  ) {}

  /** A request to `key` starts. */
  started(key: string): void {
    const r = this.rhythm(key);
    if (r.lastDoneAt !== null) r.gapMs = Math.max(0, this.now() - r.lastDoneAt);
  }

  /** A request to `key` was answered with `keepAliveHeader`; true when its connection is worth keeping. */
  answered(key: string, keepAliveHeader: string | string[] | undefined): boolean {
    const r = this.rhythm(key);
    const now = this.now();
    r.lastDoneAt = now;
    const advertised = keepAliveTimeoutMs(keepAliveHeader);
    if (advertised !== null) r.advertisedMs = advertised;
    const observed = r.observedMs !== null && now - r.observedAt < RELEARN_MS ? r.observedMs : null;
    // The sooner of the two limits the server showed, whichever are known.
    const serverIdleMs =
      observed === null || r.advertisedMs === null ? (observed ?? r.advertisedMs) : Math.min(observed, r.advertisedMs);
    return keepIdle({ gapMs: r.gapMs, serverIdleMs, ownIdleMs: this.ownIdleMs });
  }

  /** The server closed a connection of `key` after it had been idle `idleMs`. */
  serverClosed(key: string, idleMs: number): void {
    const r = this.rhythm(key);
    r.observedMs = idleMs;
    r.observedAt = this.now();
  }

  private rhythm(key: string): Rhythm {
    let r = this.byKey.get(key);
    if (!r) {
      // Origins come from the settings: a handful. The cap only bounds a long run of edits.
      if (this.byKey.size >= 64) this.byKey.clear();
      this.byKey.set(key, (r = { lastDoneAt: null, gapMs: null, advertisedMs: null, observedMs: null, observedAt: 0 }));
    }
    return r;
  }
}
