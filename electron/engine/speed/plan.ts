/**
 * The order of a speed test's requests: @cloudflare/speedtest's default sequence
 * (src/config/defaultConfig.js, without its WebRTC packet-loss step) and its rule for when a
 * direction is done (BandwidthEngine.js: once every transfer of a step lasted more than
 * `bandwidthFinishRequestDuration`, 1 s, larger steps of that direction are skipped). Ours adds a
 * bound: a transfer that would take the test past its data budget ends its direction. Pure.
 */

export type Step =
  { kind: 'latency'; count: number } | { kind: 'down' | 'up'; bytes: number; count: number; bypassMinDuration?: true };

export const CLOUDFLARE_SEQUENCE: readonly Step[] = [
  { kind: 'latency', count: 1 },
  { kind: 'down', bytes: 1e5, count: 1, bypassMinDuration: true },
  { kind: 'latency', count: 20 },
  { kind: 'down', bytes: 1e5, count: 9 },
  { kind: 'down', bytes: 1e6, count: 8 },
  { kind: 'up', bytes: 1e5, count: 8 },
  { kind: 'up', bytes: 1e6, count: 6 },
  { kind: 'down', bytes: 1e7, count: 6 },
  { kind: 'up', bytes: 1e7, count: 4 },
  { kind: 'down', bytes: 2.5e7, count: 4 },
  { kind: 'up', bytes: 2.5e7, count: 4 },
  { kind: 'down', bytes: 1e8, count: 3 },
  { kind: 'up', bytes: 5e7, count: 3 },
  { kind: 'down', bytes: 2.5e8, count: 2 },
];

/** A direction is done once every transfer of one of its steps lasted more than this. */
export const FINISH_REQUEST_MS = 1000;

export type Request = { kind: 'latency' } | { kind: 'down' | 'up'; bytes: number };

/**
 * Walks the sequence: `next()` is the request to send (null when the test is done), `done(ms)`
 * reports how long the last transfer lasted. `cutByBytes` says whether the budget ended a direction.
 */
export class SpeedPlan {
  private step = 0;
  private sent = 0;
  private minMs = Infinity;
  private readonly finished = { down: false, up: false };
  private used = 0;
  cutByBytes = false;

  constructor(
    private readonly maxBytes: number,
    private readonly steps: readonly Step[] = CLOUDFLARE_SEQUENCE,
  ) {}

  get bytesPlanned(): number {
    return this.used;
  }

  next(): Request | null {
    for (;;) {
      const s = this.steps[this.step];
      if (!s) return null;
      if (s.kind !== 'latency' && this.finished[s.kind]) {
        this.advance();
        continue;
      }
      if (this.sent >= s.count) {
        if (s.kind !== 'latency' && !s.bypassMinDuration && this.minMs > FINISH_REQUEST_MS)
          this.finished[s.kind] = true;
        this.advance();
        continue;
      }
      if (s.kind === 'latency') {
        this.sent++;
        return { kind: 'latency' };
      }
      if (this.used + s.bytes > this.maxBytes) {
        this.finished[s.kind] = true;
        this.cutByBytes = true;
        continue;
      }
      this.sent++;
      this.used += s.bytes;
      return { kind: s.kind, bytes: s.bytes };
    }
  }

  /** The last transfer lasted `ms` (its duration as measure.ts counts it). */
  done(ms: number): void {
    this.minMs = Math.min(this.minMs, ms);
  }

  private advance(): void {
    this.step++;
    this.sent = 0;
    this.minMs = Infinity;
  }
}
