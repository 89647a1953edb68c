/**
 * The notification policy: a pure reducer from engine events (plus clock ticks and the
 * "started" input) to notices. Each concern has its own file and truth table:
 * flap.ts (changes, flap suppression), outage.ts (offline/online), frequent.ts (flaky
 * connection), degraded.ts (detection degraded), nat.ts (the NAT verdict changed), provider.ts
 * (a change moved the address to another network), service.ts (a service monitor down or up), ddns.ts
 * (a dynamic DNS record stopped, waits, failed, or is in step again), fleet.ts (another site of the
 * fleet changed its address, went offline, came back), memory.ts (the runner's memory passed its bound). The
 * notifier keeps the state, calls `policyStep` for each input and wakes itself at `policyWake`.
 */
import type { NotificationSettings } from '../../../../shared/settings/notify';
import type { EngineEvent, Family } from '../../../../shared/types';
import type { PolicyNotice, SiteInput, StartedNotice } from '../types';
import { ddnsNotice } from './ddns';
import {
  degradedCheck,
  degradedJudge,
  degradedSource,
  emptyDegraded,
  type Degraded,
  type DegradedConfig,
} from './degraded';
import { flapChange, flapTick, flapWake, type Held } from './flap';
import { type SitesHeld, siteStep, siteTick, siteWake } from './fleet';
import { emptyFrequent, frequentChange, type Frequent } from './frequent';
import { memoryNotice, type MemoryInput } from './memory';
import { natNotice } from './nat';
import { outageOffline, outageOnline, outageTick, outageWake, type Outage } from './outage';
import { withProviderNotices } from './provider';
import { serviceNotice, type ServiceInput } from './service';

export interface PolicyConfig {
  offlineAfterMs: number;
  flapWindowMs: number;
  frequent: { count: number; windowMs: number };
  degraded: DegradedConfig;
  startup: boolean;
}

export const policyConfig = (s: NotificationSettings): PolicyConfig => ({
  offlineAfterMs: s.offlineAfterSec * 1000,
  flapWindowMs: s.flapWindowSec * 1000,
  frequent: { count: s.frequent.count, windowMs: s.frequent.windowSec * 1000 },
  degraded: { ...s.degraded },
  startup: s.startup,
});

type FamilyKey = 'v4' | 'v6';
const fk = (f: Family): FamilyKey => (f === 4 ? 'v4' : 'v6');

export interface PolicyState {
  held: Record<FamilyKey, Held>;
  frequent: Record<FamilyKey, Frequent>;
  outage: Outage | null;
  degraded: Degraded;
  /** Other sites' losses held until they last `offlineAfterMs`. */
  sites: SitesHeld;
}

export const initialPolicyState = (): PolicyState => ({
  held: { v4: null, v6: null },
  frequent: { v4: emptyFrequent(), v6: emptyFrequent() },
  outage: null,
  degraded: emptyDegraded(),
  sites: {},
});

export type PolicyInput =
  | EngineEvent
  | { type: 'tick'; at: number }
  | { type: 'started'; at: number; v4: string | null; v6: string | null }
  | ServiceInput
  | SiteInput
  | MemoryInput;

export interface PolicyResult {
  state: PolicyState;
  notices: PolicyNotice[];
}

function tick(s: PolicyState, now: number, c: PolicyConfig): PolicyResult {
  const v4 = flapTick(s.held.v4, now, c.flapWindowMs);
  const v6 = flapTick(s.held.v6, now, c.flapWindowMs);
  const o = outageTick(s.outage, now, c.offlineAfterMs);
  const sites = siteTick(s.sites, now, c);
  // Nothing due (every steady check): the same state, no copies.
  if (!v4.out.length && !v6.out.length && !o.out.length && !sites.out.length) return { state: s, notices: [] };
  return {
    state: { ...s, held: { v4: v4.held, v6: v6.held }, outage: o.outage, sites: sites.held },
    notices: [...v4.out, ...v6.out, ...o.out, ...sites.out],
  };
}

/** One input in, the new state and the notices it causes out (a change of network after its change). Pure. */
export function policyStep(state: PolicyState, input: PolicyInput, c: PolicyConfig): PolicyResult {
  const r = step(state, input, c);
  const notices = withProviderNotices(r.notices);
  return notices === r.notices ? r : { state: r.state, notices };
}

function step(state: PolicyState, input: PolicyInput, c: PolicyConfig): PolicyResult {
  // A step of the wall clock is news for the history, not a notice; its time is no tick either.
  if (input.type === 'clockStep') return { state, notices: [] };
  // Time moves first: anything due by this input's time is released before it is judged.
  const due = tick(state, input.at, c);
  const s = due.state;
  const out = due.notices;
  switch (input.type) {
    case 'tick':
      return due;
    case 'started': {
      if (!c.startup) return due;
      const n: StartedNotice = {
        kind: 'started',
        key: `started@${input.at}`,
        at: input.at,
        v4: input.v4,
        v6: input.v6,
      };
      return { state: s, notices: [...out, n] };
    }
    case 'change': {
      // The first sighting of a family (from null) is the monitor learning its state, not a
      // change: announcing it would fire on every new install. `started` reports it on request.
      if (input.from === null) return due;
      const k = fk(input.family);
      const flap = flapChange(s.held[k], input, c.flapWindowMs);
      const freq = frequentChange(s.frequent[k], input.family, input.at, c.frequent);
      const next = { ...s, held: { ...s.held, [k]: flap.held }, frequent: { ...s.frequent, [k]: freq.state } };
      return { state: next, notices: [...out, ...flap.out, ...freq.out] };
    }
    case 'offline': {
      const o = outageOffline(s.outage, input, c.offlineAfterMs);
      return { state: { ...s, outage: o.outage }, notices: [...out, ...o.out] };
    }
    case 'online': {
      const o = outageOnline(s.outage, input, c.offlineAfterMs);
      const d = degradedJudge(s.degraded, input.at, false, c.degraded);
      return { state: { ...s, outage: o.outage, degraded: d.state }, notices: [...out, ...o.out, ...d.out] };
    }
    case 'check':
    case 'source-health': {
      const fed = input.type === 'check' ? degradedCheck(s.degraded, input) : degradedSource(s.degraded, input);
      const d = degradedJudge(fed, input.at, s.outage !== null, c.degraded);
      return { state: { ...s, degraded: d.state }, notices: [...out, ...d.out] };
    }
    case 'nat': {
      const n = natNotice(input);
      return n ? { state: s, notices: [...out, n] } : due;
    }
    case 'service':
      return { state: s, notices: [...out, serviceNotice(input)] };
    case 'memory':
      return { state: s, notices: [...out, memoryNotice(input)] };
    case 'site': {
      const r = siteStep(s.sites, input, c);
      return { state: r.held === s.sites ? s : { ...s, sites: r.held }, notices: [...out, ...r.out] };
    }
    case 'ddns-state': {
      const n = ddnsNotice(input);
      return n ? { state: s, notices: [...out, n] } : due;
    }
    case 'cgnat':
    case 'monitoring':
      return due;
  }
}

/** The next time the policy needs a tick, or null. */
export function policyWake(s: PolicyState, c: PolicyConfig): number | null {
  const times = [
    flapWake(s.held.v4, c.flapWindowMs),
    flapWake(s.held.v6, c.flapWindowMs),
    outageWake(s.outage, c.offlineAfterMs),
    siteWake(s.sites, c),
  ];
  const set = times.filter((t): t is number => t !== null);
  return set.length ? Math.min(...set) : null;
}

/** Restores a held change from the journal after a restart. */
export function restoreHeld(s: PolicyState, held: NonNullable<Held>): PolicyState {
  return { ...s, held: { ...s.held, [fk(held.family)]: held } };
}
