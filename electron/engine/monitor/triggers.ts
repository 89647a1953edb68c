/**
 * Cheap local signals that something may have changed: the set of interface addresses
 * (sampled, since Node has no portable netlink-style event) and a jump of the wall clock
 * between samples (the machine slept). Both come from one sampling loop.
 */
import type { NetworkInterfaceInfo } from 'node:os';

import type { Clock, Timer } from '../clock';

export type InterfaceMap = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** Loopback and IPv6 link-local addresses never say anything about the public address. */
const LINK_LOCAL = /^fe80:/i;
const counted = (i: NetworkInterfaceInfo) => !i.internal && !LINK_LOCAL.test(i.address);

/** A stable signature of the machine's addresses, in any order the OS lists them. */
export function interfaceSignature(ifaces: InterfaceMap): string {
  const rows: string[] = [];
  for (const [name, list] of Object.entries(ifaces)) {
    for (const i of list ?? []) if (counted(i)) rows.push(`${name}|${i.family}|${i.address}/${i.netmask}`);
  }
  return rows.sort().join(',');
}

/** The counted entries as the OS listed them, flat: name, family, address, netmask of each. */
export function countedEntries(ifaces: InterfaceMap): string[] {
  const flat: string[] = [];
  for (const name in ifaces)
    for (const i of ifaces[name] ?? []) if (counted(i)) flat.push(name, i.family, i.address, i.netmask);
  return flat;
}

/**
 * Whether `ifaces` lists exactly `flat` (countedEntries), in the same order. It allocates
 * nothing: the sampler runs every second, and nearly always finds nothing changed.
 */
export function sameEntries(ifaces: InterfaceMap, flat: readonly string[]): boolean {
  let at = 0;
  for (const name in ifaces) {
    const list = ifaces[name] ?? [];
    for (let j = 0; j < list.length; j++) {
      const i = list[j]!;
      if (!counted(i)) continue;
      if (flat[at] !== name || flat[at + 1] !== i.family || flat[at + 2] !== i.address || flat[at + 3] !== i.netmask)
        return false;
      at += 4;
    }
  }
  return at === flat.length;
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
  /** The entries behind lastSignature, as last listed. */
  private lastEntries: string[] | null = null;
  private lastTick = 0;

  constructor(private opts: SamplerOptions) {}

  start(): void {
    this.stop();
    this.lastTick = this.opts.clock.now();
    this.lastEntries = null;
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
      const ifaces = this.opts.readInterfaces();
      // Listed as last time: the same signature, found without building it.
      if (this.lastEntries && this.lastSignature !== null && sameEntries(ifaces, this.lastEntries))
        return this.lastSignature;
      this.lastEntries = countedEntries(ifaces);
      return interfaceSignature(ifaces);
    } catch (err) {
      this.opts.onError(err);
      return null;
    }
  }
}
