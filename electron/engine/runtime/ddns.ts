/**
 * The runtime's part for dynamic DNS records kept in step (issue 41): composes the engine's
 * ddns keeper (electron/engine/ddns/keeper.ts) over the feature context: the engine's confirmed
 * changes feed it, the history store keeps its jobs, the settings' `ddns.records` build it, its
 * records' states are AppStatus.ddns, each change of a record's state is a `ddns-state` engine
 * event (ddns/state-events.ts: the notifier, the API, the runner and /metrics follow it), and
 * testDdnsRecord checks one record without changing it, and retryDdnsRecord ("Try again") sets a
 * record IPWatch stopped going again without touching its settings. The keeper itself
 * (ddns-keeper.ts: the providers, the DNS look-ups) loads when the settings first hold a record
 * or a record is first tested (issue 49).
 */
import { ApiError } from '../../../shared/contract';
import type { DdnsRecordStatus, DdnsStatus } from '../../../shared/contract/ddns';
import { fieldErrorText, restoreSecrets } from '../../../shared/contract/settings';
import type { Settings } from '../../../shared/settings';
import { type DdnsRecord, ddnsRecordSchema } from '../../../shared/settings/ddns';
import type { Family } from '../../../shared/types';
import type { DdnsKeeper } from '../ddns/keeper';
import { UPDATE_COUNTS } from '../ddns/keeper-options';
import { DDNS_STATE_MEMORY_START, ddnsStateStep } from '../ddns/state-events';
import type { DdnsKeeping } from './ddns-keeper';
import type { FeatureContext, FeaturePart } from './feature-types';

type Json = Parameters<typeof restoreSecrets>[0];

const NO_RECORDS: DdnsStatus = { records: [] };

export function ddnsPart(ctx: FeatureContext): FeaturePart {
  let settings = ctx.settings;
  const listeners = new Set<() => void>();
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
  // The keeper (ddns-keeper.ts) is loaded when the settings first hold a record, or a record is
  // first tested: a runner without dynamic DNS never loads the providers (issue 49).
  let keeping: DdnsKeeping | null = null;
  let loading: Promise<DdnsKeeping> | null = null;
  const keeperStatus = () => (keeping ? keeping.keeper.status() : NO_RECORDS);
  const publishStates = () => {
    const step = ddnsStateStep(memory, ctx.redactor.deep(keeperStatus()).records, ctx.clock.now());
    memory = step.memory;
    for (const event of step.events) ctx.engine.publish(event);
  };
  const load = () =>
    (loading ??= import('./ddns-keeper').then(({ startKeeping }) => {
      keeping = startKeeping(ctx, {
        attempted: (result) => {
          updates[result] = (updates[result] ?? 0) + 1;
        },
        changed: () => {
          publishStates();
          listeners.forEach((l) => l());
        },
        confirmed,
        address,
        from: (family) => settings.monitor[family === 4 ? 'fromV4' : 'fromV6'],
      });
      return keeping;
    }));
  let started = false;
  let running = false;
  /** The records handed to the keeper: started at its first records after the part's start, applied after. */
  const keep = async (records: readonly DdnsRecord[]) => {
    if (!loading && records.length === 0) return;
    const { keeper } = await load();
    if (!started || running) return keeper.apply(records);
    running = true;
    return keeper.start(records);
  };
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
          const restored = restoreSecrets(input.record as unknown as Json, stored, 'record');
          // A stored secret never follows a changed destination: refused as bad input, sent nowhere.
          if (restored.moved.length) throw new ApiError(400, fieldErrorText(restored.moved));
          if (restored.errors.length) return { ok: false, error: fieldErrorText(restored.errors), ms: 0 };
          raw = restored.value;
        }
        const parsed = ddnsRecordSchema.safeParse(raw);
        const result = await (await load()).test(raw as Record<string, unknown>, parsed.success ? parsed.data : null);
        return ctx.redactor.deep(result);
      },
      retryDdnsRecord: async ({ recordId }) =>
        retryRecord(settings.ddns.records.length ? (await load()).keeper : null, settings, recordId, ctx.redactor),
    },
    status: () => ({ ddns: { ...ctx.redactor.deep(keeperStatus()), updates: { ...updates } } }),
    async start() {
      started = true;
      off = ctx.engine.on((e) => keeping?.keeper.onEvent(e));
      await keep(settings.ddns.records);
    },
    async update(next: Settings) {
      settings = next;
      await keep(next.ddns.records);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      off?.();
      (await loading)?.keeper.close();
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
  keeper: DdnsKeeper | null,
  settings: Settings,
  recordId: string,
  redactor: FeatureContext['redactor'],
): Promise<DdnsRecordStatus> {
  const record = settings.ddns.records.find((r) => r.id === recordId);
  if (!record) throw new ApiError(404, `no dynamic DNS record "${recordId}"`);
  if (!record.enabled)
    throw new ApiError(409, `the record "${recordId}" is switched off in the settings: switch it on there`);
  const after = keeper ? await keeper.retry(recordId) : null;
  if (!after) throw new ApiError(404, `no dynamic DNS record "${recordId}"`);
  return redactor.deep(after);
}
