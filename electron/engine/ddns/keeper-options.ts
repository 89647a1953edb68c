/**
 * What a RecordKeeper (record-keeper.ts) is given: the store of its jobs, the clock, the
 * resolver and timings of its looks, and whom it tells; and what an update attempt came to, as
 * /metrics counts it.
 */
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { RouteTo } from '../net/route-to';
import type { DdnsJobStore } from '../store/ddns-jobs';
import type { NsResolver } from './propagation';
import type { DdnsOutcome } from './types';

export interface KeeperOptions {
  store: DdnsJobStore;
  clock: Clock;
  logger: Logger;
  random: () => number;
  resolver: NsResolver;
  /** The authoritative servers' port (53; a stand-in's in tests). */
  dnsPort?: number;
  /** One DNS question's timeout. */
  lookTimeoutMs: number;
  /** How long after an update the servers may lag before the record is failed. */
  proveLimitMs: number;
  /** The first wait between looks while propagating; each next wait doubles, up to proveMaxEveryMs. */
  proveEveryMs: number;
  /** The longest wait between looks while propagating: at most (and by default) 1 s, so the time to in step is true to within it. */
  proveMaxEveryMs?: number;
  /** Whether this host has a route to a server (net/route-to.ts, the default); a server without one is not asked. */
  routeTo?: RouteTo;
  /** How often a record in step is looked at again (drift). */
  lookEveryMs: number;
  /** A record's status changed. */
  changed(): void;
  /** One update attempt came to this (counted for /metrics, whatever the state shows after it). */
  attempted?(result: UpdateCount): void;
}

/** What an update attempt came to, as ipwatch_ddns_updates_total{result} counts it. */
export const UPDATE_COUNTS = ['updated', 'unchanged', 'retry', 'stopped'] as const;
export type UpdateCount = (typeof UPDATE_COUNTS)[number];
export const UPDATE_COUNT: Record<DdnsOutcome['kind'], UpdateCount> = {
  updated: 'updated',
  unchanged: 'unchanged',
  retry: 'retry',
  stop: 'stopped',
};
