/**
 * Quiet windows, the pure decision (issue 78): is a channel's notice held by a window now, and
 * when does the window holding it end? A one-off window ("quiet for 2 hours") has a start and an
 * end; a recurring one (settings) starts at each time its cron names in its zone and lasts its
 * minutes. Times are wall stamps: the notifier puts a one-off's end, kept on the monotonic clock,
 * into the present wall frame before it asks (quiet.ts), and a recurring window is a wall-clock
 * time by nature (03:00 in Europe/Berlin).
 *
 * Truth table (a window W covering channels C, or every channel when C is empty; t = now):
 *
 *   windows                            | channel | held by     | quiet until
 *   -----------------------------------+---------+-------------+---------------------------
 *   none                               | any     | -           | -
 *   W, start <= t < end, C empty       | any     | W           | W's end
 *   W, start <= t < end, c in C        | c       | W           | W's end
 *   W, start <= t < end, c not in C    | c       | -           | -
 *   W, t >= end (or t < start)         | any     | -           | -
 *   W1, W2 both on for c               | c       | the later end | the later end
 *   recurring, starts again before its end | any | one window  | the last chained occurrence's end
 */
import { nextCronStart } from '../../../../shared/quiet-cron';
import type { QuietWindowSettings } from '../../../../shared/settings/quiet';

/** A window on now, as every reader (status, notifier, page) is told it. */
export interface QuietWindow {
  /** The settings window's id, or a one-off's (`once-…`). */
  id: string;
  kind: 'once' | 'recurring';
  /** The channel ids it holds; empty: every channel. */
  channels: readonly string[];
  start: number;
  end: number;
  /** Changes inside it are expected (marked so in the history). */
  expected: boolean;
}

/** A one-off window: from when it was asked for until its end. */
export type OneOffWindow = Omit<QuietWindow, 'kind'>;

/** Occurrences chained into one window at most: a window that always starts again before it ends is still read in bounded time. */
const CHAIN_MAX = 200;

/** The recurring window's occurrence on at `now` (chained with the ones that start before it ends), or null. */
export function recurringOn(w: QuietWindowSettings, now: number): QuietWindow | null {
  const length = w.minutes * 60_000;
  // The first start in (now - length, now]: the oldest occurrence still on.
  const start = nextCronStart(w.cron, w.timezone, now - length);
  if (start === null || start > now) return null;
  let end = start + length;
  for (let last = start, i = 0; i < CHAIN_MAX; i++) {
    const next = nextCronStart(w.cron, w.timezone, last);
    if (next === null || next >= end) break;
    end = next + length;
    last = next;
  }
  return { id: w.id, kind: 'recurring', channels: w.channels, start, end, expected: w.expected };
}

/** Every window on at `now`: the one-offs in their time, the recurring ones by their cron. */
export function windowsOn(
  once: readonly OneOffWindow[],
  recurring: readonly QuietWindowSettings[],
  now: number,
): QuietWindow[] {
  const on: QuietWindow[] = once
    .filter((w) => w.start <= now && now < w.end)
    .map((w) => ({ ...w, kind: 'once' as const }));
  for (const w of recurring) {
    const r = recurringOn(w, now);
    if (r) on.push(r);
  }
  return on;
}

const covers = (w: QuietWindow, channel: string) => w.channels.length === 0 || w.channels.includes(channel);

/** The window holding `channel`'s notices now (the one that ends last), or null: sent at once. */
export function holdingWindow(on: readonly QuietWindow[], channel: string): QuietWindow | null {
  let best: QuietWindow | null = null;
  for (const w of on) if (covers(w, channel) && (!best || w.end > best.end)) best = w;
  return best;
}

/** The next time a window on now ends (the notifier wakes then to send its summaries), or null. */
export function quietWake(on: readonly QuietWindow[]): number | null {
  return on.length ? Math.min(...on.map((w) => w.end)) : null;
}

/** True when a window on now says a change is expected (for every channel's sake: a change is the machine's). */
export const changeExpected = (on: readonly QuietWindow[]): boolean => on.some((w) => w.expected);
