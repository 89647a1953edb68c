/**
 * The fleet's payload (issue 51): what a site publishes to the broker and how a watcher reads it.
 * The payload is versioned: `v` is its major version. A watcher reads every shape of a version it
 * knows, older or newer in minor ways (a field it does not know is ignored, a field missing is
 * read as unknown); a `v` newer than it knows is named as such, never guessed at. Pure.
 */
import * as z from 'zod/mini';

import { epochMs, listOf, orNull, text } from './parts';

/** The payload version this IPWatch writes, and the newest it reads. */
export const FLEET_PAYLOAD_VERSION = 1;

/**
 * Two runs of IPWatch whose states alternate for one site within this are two runners claiming
 * it (engine/fleet/claims.ts); the word stays until a day passes with states from one run only.
 */
export const FLEET_CLAIM_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The most bytes a state may be: a longer one is not parsed (unreadable, in words). */
export const FLEET_STATE_MAX_BYTES = 512 * 1024;

const identitySchema = z.object({
  asn: z.catch(z.nullable(z.number()), null),
  org: z.catch(z.nullable(text), null),
  country: z.catch(z.nullable(text), null),
  vpn: z.catch(z.nullable(text), null),
});

/** One family's confirmed address and since when it has held it; null when the site does not watch it. */
export const fleetFamilySchema = z.object({
  ip: z.nullable(z.string().check(z.maxLength(64))),
  since: z.nullable(epochMs),
  identity: orNull(identitySchema),
});
export type FleetFamily = z.infer<typeof fleetFamilySchema>;

/**
 * A site's state as published retained to `<prefix>/<site>/state`. `online` is false in the
 * site's MQTT will (its connection died: only `v`, `site`, `online` and `reason`) and in what a
 * clean stop publishes (the whole state). States are read as words (`health.state`...), so a
 * newer site's new state does not make the payload unreadable.
 */
export const fleetStateSchema = z.object({
  v: z.number().check(z.int()),
  site: z.string().check(z.maxLength(256)),
  online: z.boolean(),
  /** Why offline: `stopped` (a clean stop) or `connection lost` (the will); null while online. */
  reason: orNull(text),
  families: z.catch(z.object({ v4: orNull(fleetFamilySchema), v6: orNull(fleetFamilySchema) }), { v4: null, v6: null }),
  health: orNull(z.object({ state: text, label: text })),
  nat: orNull(z.object({ verdict: text, label: text })),
  ddns: listOf(z.object({ name: text, type: text, state: text })),
  monitors: listOf(z.object({ name: text, state: text })),
  version: orNull(text),
  at: orNull(epochMs),
  /**
   * This run of the publisher: random at each start, never secret. Two that alternate for one
   * site are two runners claiming it (engine/fleet/claims.ts). Absent from older sites and wills.
   */
  instance: z.catch(z.optional(z.nullable(z.string().check(z.maxLength(64)))), null),
});
export type FleetState = z.infer<typeof fleetStateSchema>;

/** One difference between two states, in words: `IPv4 address`, `203.0.113.7`, `198.51.100.2`. */
export const fleetChangeSchema = z.object({ what: text, from: z.nullable(text), to: z.nullable(text) });
export type FleetChange = z.infer<typeof fleetChangeSchema>;

/** The most changes one event message carries (the state carries them all). */
export const FLEET_EVENT_CHANGES_MAX = 64;

/** What a site publishes, not retained, to `<prefix>/<site>/event` on each change of its state. */
export const fleetEventPayloadSchema = z.object({
  v: z.number().check(z.int()),
  site: z.string().check(z.maxLength(256)),
  at: epochMs,
  changes: z.catch(z.array(fleetChangeSchema).check(z.maxLength(FLEET_EVENT_CHANGES_MAX)), []),
});
export type FleetEventPayload = z.infer<typeof fleetEventPayloadSchema>;

export type FleetRead<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A payload over FLEET_STATE_MAX_BYTES, in words. */
export const tooLongWords = (bytes: number): string =>
  `its state is ${Math.ceil(bytes / 1024)} KiB, more than the ${FLEET_STATE_MAX_BYTES / 1024} KiB a state may be`;

/** Reads a payload of either topic; says why one cannot be read (a newer version is named). */
export function readFleetPayload<T extends { v: number }>(schema: z.ZodMiniType<T>, body: string): FleetRead<T> {
  // Measured before parsing: a state of megabytes is never held as objects (the packet's own
  // bytes are checked before decoding, watcher.ts; this is the same bound on the text).
  if (body.length > FLEET_STATE_MAX_BYTES) return { ok: false, reason: tooLongWords(body.length) };
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const v = typeof raw === 'object' && raw !== null ? (raw as { v?: unknown }).v : undefined;
  if (typeof v !== 'number' || !Number.isInteger(v))
    return { ok: false, reason: 'not an IPWatch fleet payload (no version)' };
  if (v > FLEET_PAYLOAD_VERSION)
    return {
      ok: false,
      reason: `written by a newer IPWatch (payload version ${v}; this one reads up to ${FLEET_PAYLOAD_VERSION}): update this watcher`,
    };
  if (v < 1) return { ok: false, reason: `payload version ${v} is not one IPWatch writes` };
  const r = schema.safeParse(raw);
  if (!r.success) {
    const first = r.error.issues[0];
    return { ok: false, reason: `unreadable ${first?.path.join('.') || 'payload'}: ${first?.message ?? 'bad shape'}` };
  }
  return { ok: true, value: r.data };
}
