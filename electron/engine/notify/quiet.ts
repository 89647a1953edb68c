/**
 * Quiet windows kept (issue 78): the one-off windows asked for ("quiet for 2 hours"), journalled
 * under the reserved channel QUIET_CHANNEL so a restart keeps them, and the notices each window
 * holds, journalled per channel under `~policy.quiet.<channel>` until the window ends and one
 * summary takes their place. The decision itself is policy/quiet.ts's.
 *
 * Clocks: a one-off's length runs on the monotonic clock while the process runs, so a step of the
 * wall clock neither ends it early nor stretches it. Across a restart only the wall stamp of its end
 * is left: it is re-read then, and what is left of it is never more than its whole length (a wall
 * clock set back while IPWatch was stopped cannot make it longer), nor less than nothing.
 */
import type { QuietRequest, QuietStatus } from '../../../shared/contract/quiet';
import type { QuietWindowSettings } from '../../../shared/settings/quiet';
import type { Clock } from '../clock';
import type { OutboxItem, OutboxStore } from '../store/types';
import { parseNotice } from './payload';
import { holdingWindow, windowsOn, type OneOffWindow, type QuietWindow } from './policy/quiet';
import type { PolicyNotice, QuietSummaryNotice } from './types';

export const QUIET_CHANNEL = '~policy.quiet';
/** The journal of the notices a window holds for one channel. */
export const quietHeldChannel = (channel: string): string => `${QUIET_CHANNEL}.${channel}`;
/** Notices one summary names one by one; the rest are counted. */
export const SUMMARY_ITEMS = 20;
/** Held notices read back per channel at a window's end: a bound on one summary's work. */
const HELD_READ = 1000;

interface Kept extends OneOffWindow {
  /** Its whole length, ms: the most a restart can leave of it. */
  lengthMs: number;
  /** When it ends on the monotonic clock. */
  endMono: number;
  row: number;
}

/** What ends a window brought: for each channel, its held notices, oldest first. */
export interface Released {
  channel: string;
  since: number;
  notices: PolicyNotice[];
}

export class QuietWindows {
  private readonly once = new Map<string, Kept>();
  private recurring: readonly QuietWindowSettings[];
  private made = 0;

  constructor(
    private readonly store: OutboxStore,
    private readonly clock: Clock,
    recurring: readonly QuietWindowSettings[],
  ) {
    this.recurring = recurring;
  }

  configure(recurring: readonly QuietWindowSettings[]): void {
    this.recurring = recurring;
  }

  /** Reads the one-offs kept before a restart: what is left of each from its end's wall stamp. */
  load(): void {
    const now = this.clock.now();
    for (const row of this.store.pending(QUIET_CHANNEL, 100)) {
      const w = readKept(row);
      if (!w) {
        this.store.markExpired(row.id, now, 'unreadable quiet window');
        continue;
      }
      // wall-clock: only the end's wall stamp outlives the process; what is left is bounded by the window's length
      const left = Math.min(Math.max(0, w.end - now), w.lengthMs);
      this.once.set(w.id, { ...w, end: now + left, endMono: this.clock.monotonic() + left, row: row.id });
    }
  }

  /** Asks for a one-off window, or ends them; returns true when the journal changed. */
  ask(req: QuietRequest): boolean {
    const now = this.clock.now();
    if ('end' in req) {
      let ended = false;
      for (const w of this.once.values())
        if (!req.channels.length || req.channels.some((c) => w.channels.length === 0 || w.channels.includes(c))) {
          w.endMono = this.clock.monotonic();
          ended = true;
        }
      return ended;
    }
    // wall-clock: "until 07:00" is a wall time; its length is taken once, then runs on the monotonic clock
    const lengthMs = 'minutes' in req ? req.minutes * 60_000 : Math.max(0, req.until - now);
    const id = `once-${now}-${++this.made}`;
    const w = { id, channels: req.channels, start: now, end: now + lengthMs, expected: req.expected, lengthMs };
    const row = this.store.enqueue({ channel: QUIET_CHANNEL, key: id, payload: JSON.stringify(w), createdAt: now });
    this.once.set(id, { ...w, endMono: this.clock.monotonic() + lengthMs, row: row.id });
    return true;
  }

  /** The windows on now, one-offs' ends put in the present wall frame. Ended one-offs leave the journal. */
  on(): QuietWindow[] {
    const now = this.clock.now();
    const mono = this.clock.monotonic();
    const once: OneOffWindow[] = [];
    for (const w of this.once.values()) {
      const left = w.endMono - mono;
      if (left > 0)
        once.push({ id: w.id, channels: w.channels, start: w.start, end: now + left, expected: w.expected });
      else {
        this.store.markSent(w.row, now);
        this.once.delete(w.id);
      }
    }
    return windowsOn(once, this.recurring, now);
  }

  /** Keeps `notice` for `channel` until the window holding it ends. */
  hold(channel: string, notice: PolicyNotice): void {
    const held = quietHeldChannel(channel);
    this.store.enqueue({
      channel: held,
      key: notice.key,
      payload: JSON.stringify(notice),
      createdAt: this.clock.now(),
    });
  }

  /**
   * The held notices of each of `channels` no window holds any longer, marked sent (their summary
   * goes in their place); those of a channel still held stay.
   */
  release(channels: readonly string[], on: readonly QuietWindow[]): Released[] {
    const now = this.clock.now();
    const out: Released[] = [];
    for (const channel of channels) {
      if (holdingWindow(on, channel)) continue;
      const rows = this.store.pending(quietHeldChannel(channel), HELD_READ);
      if (!rows.length) continue;
      const notices: PolicyNotice[] = [];
      for (const row of rows) {
        const n = parseNotice(row.payload);
        if (n && n.kind !== 'test' && n.kind !== 'quiet-summary') notices.push(n);
        this.store.markSent(row.id, now);
      }
      if (notices.length) out.push({ channel, since: rows[0]!.createdAt, notices });
    }
    return out;
  }

  /** Notices held now, over `channels`. */
  heldCount(channels: readonly string[]): number {
    return channels.reduce((sum, c) => sum + this.store.counts(quietHeldChannel(c)).pending, 0);
  }

  status(channels: readonly string[]): QuietStatus {
    const on = this.on();
    return {
      on: on.length > 0,
      until: on.length ? Math.max(...on.map((w) => w.end)) : null,
      windows: on.map((w) => ({ ...w, channels: [...w.channels] })),
      held: this.heldCount(channels),
    };
  }
}

function readKept(row: OutboxItem): (OneOffWindow & { lengthMs: number }) | null {
  try {
    const w = JSON.parse(row.payload) as Partial<OneOffWindow & { lengthMs: number }> | null;
    return w &&
      typeof w.id === 'string' &&
      typeof w.start === 'number' &&
      typeof w.end === 'number' &&
      typeof w.lengthMs === 'number' &&
      Array.isArray(w.channels) &&
      typeof w.expected === 'boolean'
      ? (w as OneOffWindow & { lengthMs: number })
      : null;
  } catch {
    return null;
  }
}

/** The summary that takes the place of what a window held for one channel. */
export function quietSummary(r: Released, at: number): QuietSummaryNotice {
  return {
    kind: 'quiet-summary',
    key: `quiet:${r.since}>${at}:${r.notices[0]!.key}`,
    at,
    since: r.since,
    notices: r.notices.slice(0, SUMMARY_ITEMS),
    count: r.notices.length,
  };
}
