/**
 * A model of uptime for uptime.property.test.ts, written from the documented semantics
 * (engine/store/uptime.ts and sessions.ts), not from their code: it replays the steps a monitor
 * records and measures each window by elementary segments (every edge any span has, each piece
 * between two edges counted when it lies inside), where the store merges and intersects spans.
 *
 * - Monitored time starts at the first check the history holds: the first address seen, or the
 *   first outage's start (a check no source answered).
 * - A session runs from its start to its stop; the one running in this process lasts until now;
 *   one a process left open (no stop) lasts until its last sign of life, and the next start ends
 *   it there. A start while one runs stops that one first.
 * - An outage is offline only inside monitored time. A stop ends an outage still open at the
 *   stop; a start ends it at the last moment a session is known to have lasted (else the start).
 *   An outage recorded again at the same start replaces the first.
 */
export type Step =
  | { kind: 'start'; gap: number }
  | { kind: 'stop'; gap: number }
  | { kind: 'check'; gap: number }
  | { kind: 'alive'; gap: number }
  | { kind: 'restart'; gap: number }
  | { kind: 'outage'; gap: number; length: number | null };

interface Session {
  start: number;
  end: number | null;
  lastAlive: number;
}

export class UptimeModel {
  private readonly sessions: Session[] = [];
  private readonly outages = new Map<number, number | null>();
  private live: Session | null = null;
  private firstCheck: number | null = null;

  apply(s: Step, t: number): void {
    if (s.kind === 'start') this.start(t);
    else if (s.kind === 'stop') this.stop(t);
    else if (s.kind === 'check') this.firstCheck ??= t;
    else if (s.kind === 'alive' && this.live && t > this.live.lastAlive) this.live.lastAlive = t;
    else if (s.kind === 'restart') this.live = null;
    else if (s.kind === 'outage') this.outages.set(t, s.length === null ? null : t + s.length);
  }

  private closeOutages(at: number): void {
    for (const [start, end] of this.outages) if (end === null) this.outages.set(start, Math.max(start, at));
  }

  private stop(t: number): void {
    if (!this.live) return;
    this.live.end = Math.max(t, this.live.start);
    this.live.lastAlive = this.live.end;
    this.closeOutages(this.live.end);
    this.live = null;
  }

  private start(t: number): void {
    this.stop(t);
    for (const s of this.sessions) if (s.end === null) s.end = s.lastAlive;
    const ends = this.sessions.map((s) => s.end!);
    this.closeOutages(ends.length > 0 ? Math.min(Math.max(...ends), t) : t);
    // The same start again (a stop and a start in one millisecond) goes on as one session.
    const same = this.sessions.find((s) => s.start === t);
    if (same) same.end = null;
    this.live = same ?? { start: t, end: null, lastAlive: t };
    if (!same) this.sessions.push(this.live);
  }

  /** Monitored and offline ms in [from, now), asked at `now`. */
  over(from: number, now: number): { monitoredMs: number; offlineMs: number } {
    const firsts = [...(this.firstCheck === null ? [] : [this.firstCheck]), ...this.outages.keys()];
    if (firsts.length === 0) return { monitoredMs: 0, offlineMs: 0 };
    const lo = Math.max(from, Math.min(...firsts));
    const watched = this.sessions.map((s): [number, number] => [
      s.start,
      s.end ?? (s === this.live ? now : s.lastAlive),
    ]);
    const offline = [...this.outages].map(([s, e]): [number, number] => [s, e ?? now]);
    const edges = [...new Set([lo, now, ...watched.flat(), ...offline.flat()])]
      .filter((x) => x >= lo && x <= now)
      .sort((a, b) => a - b);
    const covers = (spans: [number, number][], a: number, b: number) => spans.some(([s, e]) => s <= a && b <= e);
    let monitoredMs = 0;
    let offlineMs = 0;
    for (let i = 0; i + 1 < edges.length; i++) {
      const [a, b] = [edges[i]!, edges[i + 1]!];
      if (!covers(watched, a, b)) continue;
      monitoredMs += b - a;
      if (covers(offline, a, b)) offlineMs += b - a;
    }
    return { monitoredMs, offlineMs };
  }
}
