/**
 * The ddns keeper over the feature context, and a record's Test: loaded by the runtime's ddns
 * part (ddns.ts) when the settings first hold a record or a record is first tested (issue 49),
 * so a runner without dynamic DNS never loads the providers, the keeper or the DNS look-ups.
 */
import type { DdnsRecord } from '../../../shared/settings/ddns';
import type { Family } from '../../../shared/types';
import type { HostAddressReader } from '../ddns/host-view';
import { ddnsHttp } from '../ddns/http';
import { DdnsKeeper } from '../ddns/keeper';
import type { UpdateCount } from '../ddns/keeper-options';
import type { Confirmed } from '../ddns/plan';
import { systemNsResolver } from '../ddns/propagation';
import { testRecord } from '../ddns/test-record';
import { osHostAddresses, readHostAddresses } from '../host-addresses';
import { ETIQUETTE } from '../net/etiquette';
import type { FeatureContext } from './feature-types';
import { pluginCaller } from './plugins';

/** The keeper's time limits and look intervals (tests shorten them through the fixtures). */
export const DDNS_TIMING = {
  requestTimeoutMs: ETIQUETTE.requestTimeoutMs,
  lookTimeoutMs: 3_000,
  proveLimitMs: 10 * 60_000,
  proveEveryMs: 100,
  // At most 1 s between looks while propagating: the time to in step is true to within it.
  proveMaxEveryMs: 1000,
  lookEveryMs: 10 * 60_000,
  testLimitMs: 20_000,
};

export interface KeeperHooks {
  /** Each update attempt, by what it came to. */
  attempted(result: UpdateCount): void;
  /** Each change of the records' states. */
  changed(): void;
  /** The address of `family` confirmed now, and since when; null before one is. */
  confirmed(family: Family): Confirmed | null;
  /** The current address of `family` (the live one, else the stored one). */
  address(family: Family): string | null;
  /** Where requests of `family` leave from now (monitor.fromV4/fromV6; issue 76). */
  from(family: Family): string;
}

export interface DdnsKeeping {
  keeper: DdnsKeeper;
  /** One record's Test against the address it should hold now, without changing it. */
  test(raw: Record<string, unknown>, parsed: DdnsRecord | null): ReturnType<typeof testRecord>;
}

export function startKeeping(ctx: FeatureContext, hooks: KeeperHooks): DdnsKeeping {
  const addSecrets = (s: string[]) => ctx.redactor.add(s);
  const updaterDeps = {
    udp: ctx.net.udp,
    http: ddnsHttp,
    clock: ctx.clock,
    timeoutMs: DDNS_TIMING.requestTimeoutMs,
    from: hooks.from,
    ...(ctx.plugins ? { plugins: pluginCaller(ctx.plugins, 'ddns', ctx.clock, ctx.logger.child('plugins')) } : {}),
  };
  const keeper = new DdnsKeeper({
    hostAddresses: hostAddressReader(),
    store: ctx.store,
    clock: ctx.clock,
    logger: ctx.logger,
    random: Math.random,
    resolver: ctx.ddnsLookups?.resolver ?? systemNsResolver(),
    ...(ctx.ddnsLookups?.dnsPort ? { dnsPort: ctx.ddnsLookups.dnsPort } : {}),
    lookTimeoutMs: DDNS_TIMING.lookTimeoutMs,
    proveLimitMs: DDNS_TIMING.proveLimitMs,
    proveEveryMs: DDNS_TIMING.proveEveryMs,
    proveMaxEveryMs: DDNS_TIMING.proveMaxEveryMs,
    lookEveryMs: DDNS_TIMING.lookEveryMs,
    attempted: hooks.attempted,
    changed: hooks.changed,
    updaterDeps,
    secrets: ctx.secrets,
    confirmed: hooks.confirmed,
    addSecrets,
  });
  return {
    keeper,
    async test(raw, parsed) {
      const deps = { updaterDeps, secrets: ctx.secrets, clock: ctx.clock, limitMs: DDNS_TIMING.testLimitMs };
      // The record is compared with the address it should hold now (an AAAA record's target).
      const target = parsed ? await keeper.targetFor(parsed) : undefined;
      const wants = (family: Family) => (target === undefined ? hooks.address(family) : target);
      return testRecord(raw, { ...deps, address: wants, confirmed: hooks.address, addSecrets });
    },
  };
}

/** This host's IPv6 addresses through the OS's command (host-addresses/), for the AAAA records that publish a stable one. */
function hostAddressReader(): HostAddressReader {
  const os = osHostAddresses(process.platform, process.env);
  return os.source ? { read: (signal) => readHostAddresses(os.source, signal) } : { none: os.none };
}
