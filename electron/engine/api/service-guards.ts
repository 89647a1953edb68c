/**
 * What the contract's handlers add for who is calling (issue 50): the dangerous-change rule on a
 * settings write and on a Test of an edited record, channel or fleet (shared/settings/destinations.ts
 * names the changes, the caller's context says whether it may: routes.ts), and an audit row for
 * every feature method that changes something (a DDNS retry, a speed test, a hook test...), with
 * who asked.
 */
import {
  type ApiInput,
  ApiError,
  api,
  type CallContext,
  type FeatureHandlers,
  type FeatureMethod,
  featureApi,
} from '../../../shared/contract';
import { DANGEROUS_CODE } from '../../../shared/contract/error-codes';
import { restoreSecrets } from '../../../shared/contract/settings';
import type { Settings } from '../../../shared/settings';
import { dangerousChanges } from '../../../shared/settings/destinations';
import type { FieldInForce } from '../../../shared/settings/in-force';

type Json = Parameters<typeof restoreSecrets>[0];

/**
 * Throws 403 with what to do when the caller may not make the dangerous changes between the two.
 * `inForce` (what the environment sets, SettingsAccess.read) lets the rule see a secret given by
 * IPWATCH_DISCORD_TOKEN like a stored one (issue 58).
 */
export function refuseDanger(
  ctx: CallContext,
  before: Settings,
  after: Settings,
  inForce: readonly FieldInForce[] = [],
): void {
  const why = ctx.dangerous?.(dangerousChanges(before, after, inForce));
  if (why) throw new ApiError(403, why, DANGEROUS_CODE);
}

/** The settings as they would be with this record or channel (by id) in place of the stored one. */
export function withItem(settings: Settings, kind: 'record' | 'channel', item: unknown): Settings {
  const id = (item as { id?: unknown }).id;
  const put = <T extends { id: string }>(list: T[]) =>
    list.some((x) => x.id === id) ? list.map((x) => (x.id === id ? (item as T) : x)) : [...list, item as T];
  return kind === 'record'
    ? { ...settings, ddns: { ...settings.ddns, records: put(settings.ddns.records) } }
    : { ...settings, notifications: { ...settings.notifications, channels: put(settings.notifications.channels) } };
}

/** A DDNS record's Test with an edited record: the rule first, with the record as it would be sent. */
export function guardDdnsTest(
  test: FeatureHandlers['testDdnsRecord'],
  read: () => Promise<{ settings: Settings; inForce?: FieldInForce[] }>,
): FeatureHandlers['testDdnsRecord'] {
  return async (input: ApiInput<'testDdnsRecord'>, ctx) => {
    if ('record' in input && ctx.dangerous) {
      const { settings, inForce } = await read();
      const stored = settings.ddns.records.find((r) => r.id === input.record.id) as unknown as Json;
      const restored = restoreSecrets(input.record as unknown as Json, stored, 'record');
      refuseDanger(ctx, settings, withItem(settings, 'record', restored.value), inForce);
    }
    return test(input, ctx);
  };
}

/** The fleet's Test with edited settings: the rule first, with the fleet as it would connect (its password restored). */
export function guardFleetTest(
  test: FeatureHandlers['testFleet'],
  read: () => Promise<{ settings: Settings; inForce?: FieldInForce[] }>,
): FeatureHandlers['testFleet'] {
  return async (input: ApiInput<'testFleet'>, ctx) => {
    if (input?.fleet && ctx.dangerous) {
      const { settings, inForce } = await read();
      const restored = restoreSecrets(input.fleet as Json, settings.fleet as unknown as Json, 'fleet');
      refuseDanger(ctx, settings, { ...settings, fleet: restored.value as unknown as Settings['fleet'] }, inForce);
    }
    return test(input, ctx);
  };
}

type Audit = (ctx: CallContext, action: string, result: string, detail?: string | null) => void;

/** The feature methods, each that changes something writing who asked and how it ended. */
export function auditedFeatures(features: FeatureHandlers, audit: Audit): FeatureHandlers {
  const out = { ...features } as Record<FeatureMethod, (input: unknown, ctx: CallContext) => Promise<unknown>>;
  for (const name of Object.keys(featureApi) as FeatureMethod[]) {
    if (!api[name].mutates) continue;
    const call = features[name] as (input: unknown, ctx: CallContext) => Promise<unknown>;
    out[name] = async (input, ctx) => {
      try {
        const result = await call(input, ctx);
        const ok = (result as { ok?: unknown } | null)?.ok;
        audit(ctx, name, ok === false ? 'failed' : 'done');
        return result;
      } catch (err) {
        audit(ctx, name, 'refused', err instanceof Error ? err.message : String(err));
        throw err;
      }
    };
  }
  return out as unknown as FeatureHandlers;
}
