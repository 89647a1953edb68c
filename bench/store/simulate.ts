/**
 * The history the store bench writes: one check a minute per family, two of four sources
 * asked per check, 0.5% of source attempts failing (an outage when every family's check
 * fails), one address change a day per family. The write pattern is the monitor's: one
 * session whose sign of life every check moves on.
 */
import type { Clock, Timer } from '../../electron/engine/clock';
import type { HistoryStore } from '../../electron/engine/store';

export const MIN = 60_000;
export const DAY = 86_400_000;
export const START = Date.UTC(2024, 0, 1);
/** Printed with the figures, so a run can be told apart from one with another seed. */
export const SEED = 42;
export type Family = 4 | 6;
const BASES = ['ipify', 'identme', 'cloudflare-trace', 'google-stun'];

/** Small deterministic PRNG (mulberry32) so every run simulates the same history. */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type SimClock = Clock & { set(t: number): void };

/** A clock the simulation sets by hand; its timers never fire, so saves happen only when measured. */
export function simClock(): SimClock {
  let now = START;
  const timer = {} as Timer;
  return {
    now: () => now,
    // Simulated time only moves forward: the monotonic reading is the same.
    monotonic: () => now - START,
    set: (t) => (now = t),
    setTimeout: () => timer,
    clearTimeout: () => undefined,
  };
}

/** The address of day `n`, as the store keeps it (v6: a new delegated prefix a day). */
export const addressOf = (family: Family, n: number) =>
  family === 4 ? `198.51.${(n >> 8) & 255}.${n & 255}` : `2001:db8:${n.toString(16)}::1`;

/** v4 changes at noon, v6 in the evening: two separate events a day, as two ISPs' leases would. */
const changeMinute = (family: Family) => (family === 4 ? 720 : 1080);

export interface Simulation {
  /** Writes the checks of minute `m` (0 = START), changes included. */
  minute(m: number): void;
}

export function simulation(store: HistoryStore, clock: SimClock, families: readonly Family[]): Simulation {
  const random = rng(SEED);
  const ips = new Map<Family, string>();
  let outageStart: number | null = null;
  const sources = (family: Family, m: number) => {
    const first = m % BASES.length;
    return [BASES[first]!, BASES[(first + 1) % BASES.length]!].map((b) => `${b}-v${family}`);
  };
  const change = (family: Family, at: number, n: number, trigger: 'start' | 'interval', m: number) => {
    const to = addressOf(family, n);
    const from = ips.get(family) ?? null;
    store.recordChange({ type: 'change', family, from, to, at, fromSince: null, trigger, sources: sources(family, m) });
    ips.set(family, to);
  };
  const check = (family: Family, at: number, m: number): boolean => {
    const ok = sources(family, m).filter((sourceId) => {
      const success = random() >= 0.005;
      store.recordSourceAttempt({ sourceId, at, ok: success, latencyMs: 40 + Math.floor(random() * 120) });
      return success;
    });
    store.recordCheck({ family, ip: ok.length ? ips.get(family)! : null, at, trigger: 'interval', sources: ok });
    return ok.length > 0;
  };
  return {
    minute(m) {
      const at = START + m * MIN;
      clock.set(at);
      if (m === 0) {
        store.startSession(at);
        for (const f of families) change(f, at, 1, 'start', m);
        return;
      }
      let any = false;
      for (const f of families) {
        if (m % 1440 === changeMinute(f)) change(f, at, Math.floor(m / 1440) + 2, 'interval', m);
        any = check(f, at, m) || any;
      }
      store.alive(at);
      if (!any && outageStart === null) {
        outageStart = at;
        store.recordOutage({ start: at, end: null, cause: 'no source answered' });
      } else if (any && outageStart !== null) {
        store.recordOutage({ start: outageStart, end: at, cause: 'no source answered' });
        outageStart = null;
      }
    },
  };
}
