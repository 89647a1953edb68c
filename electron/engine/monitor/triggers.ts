/**
 * Cheap local signals that something may have changed: the set of interface addresses
 * (sampled, since Node has no portable netlink-style event) and a jump of the wall clock
 * between samples (the machine slept). Both come from one sampling loop.
 */
import type { NetworkInterfaceInfo } from 'node:os';

import type { Clock, Timer } from '../clock';

export type InterfaceMap = NodeJS.Dict<NetworkInterfaceInfo[]>;

/**
 * A stable signature of the machine's addresses. Loopback and IPv6 link-local are left out:
 * they never say anything about the public address.
 */
export function interfaceSignature(ifaces: InterfaceMap): string {
  const rows: string[] = [];
  for (const [name, list] of Object.entries(ifaces)) {
    for (const i of list ?? []) {
      if (i.internal || i.address.toLowerCase().startsWith('fe80:')) continue;
      rows.push(`${name}|${i.family}|${i.address}/${i.netmask}`);
    }
  }
  return rows.sort().join(',');
}

/** A gap this much longer than the sampling period means the machine was asleep. */
export const resumeGapMs = (pollMs: number): number => Math.max(15_000, 5 * pollMs);

export interface SamplerOptions {
  clock: Clock;
  readInterfaces: () => InterfaceMap;
  pollMs: number;
  watchNetwork: boolean;
  onNetworkChange: () => void;
  onResume: (sleptMs: number) => void;
  onError: (err: unknown) => void;
}

export class Sampler {
  private timer: Timer | null = null;
  private lastSignature: string | null = null;
  private lastTick = 0;

  constructor(private opts: SamplerOptions) {}

  start(): void {
    this.stop();
    this.lastTick = this.opts.clock.now();
    this.lastSignature = this.safeSignature();
    this.schedule();
  }

  stop(): void {
    if (this.timer) this.opts.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  update(opts: Partial<Pick<SamplerOptions, 'pollMs' | 'watchNetwork'>>): void {
    this.opts = { ...this.opts, ...opts };
    if (this.timer) this.start();
  }

  private schedule(): void {
    this.timer = this.opts.clock.setTimeout(() => this.tick(), this.opts.pollMs);
  }

  private tick(): void {
    const now = this.opts.clock.now();
    const gap = now - this.lastTick;
    this.lastTick = now;
    const signature = this.safeSignature();
    const changed = signature !== null && this.lastSignature !== null && signature !== this.lastSignature;
    if (signature !== null) this.lastSignature = signature;
    this.schedule();
    if (gap > this.opts.pollMs + resumeGapMs(this.opts.pollMs)) this.opts.onResume(gap);
    else if (changed && this.opts.watchNetwork) this.opts.onNetworkChange();
  }

  private safeSignature(): string | null {
    try {
      return interfaceSignature(this.opts.readInterfaces());
    } catch (err) {
      this.opts.onError(err);
      return null;
    }
  }
}
