/**
 * The runtime's part for dynamic DNS records kept in step (issue 41): composes the engine's
 * ddns keeper (electron/engine/ddns/keeper.ts) over the feature context: the engine's confirmed
 * changes feed it, the history store keeps its jobs, the settings' `ddns.records` build it, its
 * records' states are AppStatus.ddns, each change of a record's state is a `ddns-state` engine
 * event (ddns/state-events.ts: the notifier, the API, the runner and /metrics follow it), and
 * testDdnsRecord checks one record without changing it, and retryDdnsRecord ("Try again") sets a
 * record IPWatch stopped going again without touching its settings.
 */
import { ApiError } from '../../../shared/contract';
import type { DdnsRecordStatus } from '../../../shared/contract-ddns';
import { restoreSecrets } from '../../../shared/contract-settings';
import { ddnsRecordSchema } from '../../../shared/ddns-settings';
import type { Settings } from '../../../shared/settings';
import type { Family } from '../../../shared/types';
import type { HostAddressReader } from '../ddns/host-view';
import { undiciHttp } from '../ddns/http';
import { DdnsKeeper } from '../ddns/keeper';
import { systemNsResolver } from '../ddns/propagation';
import { UPDATE_COUNTS } from '../ddns/record-keeper';
import { DDNS_STATE_MEMORY_START, ddnsStateStep } from '../ddns/state-events';
import { testRecord } from '../ddns/test-record';
import { osHostAddresses, readHostAddresses } from '../host-addresses';
import { ETIQUETTE } from '../net/etiquette';
import type { FeatureContext, FeaturePart } from './feature-types';

type Json = Parameters<typeof restoreSecrets>[0];

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

export function ddnsPart(ctx: FeatureContext): FeaturePart {
  let settings = ctx.settings;
  const listeners = new Set<() => void>();
  const addSecrets = (s: string[]) => ctx.redactor.add(s);
  const updaterDeps = { udp: ctx.net.udp, http: undiciHttp, clock: ctx.clock, timeoutMs: DDNS_TIMING.requestTimeoutMs };
  const address = (family: Family) =>
    ctx.engine.liveStatus().families[`v${family}`].ip ?? ctx.store.current(family)?.ip ?? null;
  const confirmed = (family: Family) => {
    const ip = address(family);
    return ip ? { address: ip, at: ctx.store.current(family)?.since ?? ctx.clock.now() } : null;
  };
  // Each change of the records' states, diffed into events (one per change, never per attempt),
  // and each update attempt counted by what it came to since the start.
  let memory = DDNS_STATE_MEMORY_START;
  const updates: Record<string, number> = Object.fromEntries(UPDATE_COUNTS.map((r) => [r, 0]));
  const publishStates = () => {
    const step = ddnsStateStep(memory, ctx.redactor.deep(keeper.status()).records, ctx.clock.now());
    memory = step.memory;
    for (const event of step.events) ctx.engine.publish(event);
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
    attempted: (result) => {
      updates[result] = (updates[result] ?? 0) + 1;
    },
    changed: () => {
      publishStates();
      listeners.forEach((l) => l());
    },
    updaterDeps,
    secrets: ctx.secrets,
    confirmed,
    addSecrets,
  });
  let off: (() => void) | null = null;
  return {
    name: 'ddns',
    handlers: {
      async testDdnsRecord(input) {
        const records = settings.ddns.records;
        let raw: Json;
        if ('recordId' in input) {
          const found = records.find((r) => r.id === input.recordId);
          if (!found) throw new ApiError(404, `no dynamic DNS record "${input.recordId}"`);
          raw = found as unknown as Json;
        } else {
          const stored = records.find((r) => r.id === input.record.id) as unknown as Json;
          const restored = restoreSecrets(input.record as unknown as Json, stored);
          if (restored.errors.length)
            return { ok: false, error: restored.errors.map((e) => `${e.path}: ${e.message}`).join('; '), ms: 0 };
          raw = restored.value;
        }
        const deps = { updaterDeps, secrets: ctx.secrets, clock: ctx.clock, limitMs: DDNS_TIMING.testLimitMs };
        // The record is compared with the address it should hold now (an AAAA record's target).
        const parsed = ddnsRecordSchema.safeParse(raw);
        const target = parsed.success ? await keeper.targetFor(parsed.data) : undefined;
        const wants = (family: Family) => (target === undefined ? address(family) : target);
        const result = await testRecord(raw as Record<string, unknown>, { ...deps, address: wants, addSecrets });
        return ctx.redactor.deep(result);
      },
      retryDdnsRecord: ({ recordId }) => retryRecord(keeper, settings, recordId, ctx.redactor),
    },
    status: () => ({ ddns: { ...ctx.redactor.deep(keeper.status()), updates: { ...updates } } }),
    async start() {
      off = ctx.engine.on((e) => keeper.onEvent(e));
      await keeper.start(settings.ddns.records);
    },
    async update(next: Settings) {
      settings = next;
      await keeper.apply(next.ddns.records);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      off?.();
      keeper.close();
    },
  };
}

/**
 * "Try again" on a record IPWatch stopped. A stop is the keeper's, not the user's: the record
 * stays `enabled` in the settings, so the stop is cleared here rather than by writing the
 * settings file (which a person may be editing, and whose reload would rebuild every record);
 * a record switched off in the settings is switched on there.
 */
async function retryRecord(
  keeper: DdnsKeeper,
  settings: Settings,
  recordId: string,
  redactor: FeatureContext['redactor'],
): Promise<DdnsRecordStatus> {
  const record = settings.ddns.records.find((r) => r.id === recordId);
  if (!record) throw new ApiError(404, `no dynamic DNS record "${recordId}"`);
  if (!record.enabled)
    throw new ApiError(409, `the record "${recordId}" is switched off in the settings: switch it on there`);
  const after = await keeper.retry(recordId);
  if (!after) throw new ApiError(404, `no dynamic DNS record "${recordId}"`);
  return redactor.deep(after);
}

/** This host's IPv6 addresses through the OS's command (host-addresses/), for the AAAA records that publish a stable one. */
function hostAddressReader(): HostAddressReader {
  const os = osHostAddresses(process.platform, process.env);
  return os.source ? { read: (signal) => readHostAddresses(os.source, signal) } : { none: os.none };
}
