/**
 * The fleet's Test as the Settings page asks it (issue 51): with the fleet settings as edited, or
 * the saved ones when none are given. A password left as its marker is the stored one, carried only
 * while the broker is where it was (shared/settings/secret-carry.ts): a changed broker host never
 * gets the stored password, refused as bad input (400) in words, before anything connects.
 */
import { ApiError, type ApiInput } from '../../../shared/contract';
import type { FleetTestResult } from '../../../shared/contract/fleet';
import { fieldErrorText, restoreSecrets } from '../../../shared/contract/settings';
import { type FleetSettings, fleetSettingsSchema } from '../../../shared/settings/fleet';
import { testFleet } from '../fleet/probe';
import { resolveSecretRefs } from '../secrets/resolve';
import type { FeatureContext } from './feature-types';

type Json = Parameters<typeof restoreSecrets>[0];

const failed = (error: string): FleetTestResult => ({ ok: false, error, ms: 0, publish: null, read: null });

/** The settings a Test runs with: the edited ones, their stored password restored, or words why not. */
export function fleetToTest(
  saved: FleetSettings,
  input: ApiInput<'testFleet'>,
): { ok: true; settings: FleetSettings } | { ok: false; error: string } {
  if (!input?.fleet) return { ok: true, settings: saved };
  const restored = restoreSecrets(input.fleet as Json, saved as unknown as Json, 'fleet');
  // The stored password never follows a changed broker: refused as bad input, sent nowhere.
  if (restored.moved.length) throw new ApiError(400, fieldErrorText(restored.moved));
  if (restored.errors.length) return { ok: false, error: fieldErrorText(restored.errors) };
  const parsed = fleetSettingsSchema.safeParse(restored.value);
  if (!parsed.success)
    return {
      ok: false,
      error: fieldErrorText(
        parsed.error.issues.map((i) => ({ path: i.path.join('.') || 'fleet', message: i.message })),
      ),
    };
  return { ok: true, settings: parsed.data };
}

export async function testFleetSettings(
  ctx: Pick<FeatureContext, 'secrets' | 'redactor' | 'clock'>,
  saved: FleetSettings,
  input: ApiInput<'testFleet'>,
): Promise<FleetTestResult> {
  const chosen = fleetToTest(saved, input);
  if (!chosen.ok) return failed(chosen.error);
  const resolved = resolveSecretRefs({ password: chosen.settings.password }, ctx.secrets);
  if (!resolved.ok) return failed(`fleet.${resolved.reason}`);
  ctx.redactor.add(resolved.secrets);
  return testFleet(chosen.settings, String(resolved.value.password ?? ''), ctx.clock);
}
