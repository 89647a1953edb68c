/**
 * A site's state is data, checked (issue 73): what a watcher takes from a site is read by the
 * payload's schema (payload.ts: shape and bounds), then each of its values by the checks here:
 *
 *   value                                   | check                                  | when it fails
 *   ----------------------------------------+----------------------------------------+-----------------------------------
 *   families.v4.ip / families.v6.ip         | an address of that family (parseAddress)| unknown (null), counted
 *   every name, label, state word, version, | no control, bidi or non-character      | each such character replaced by
 *   reason, network, site and instance      | (shared/text-chars.ts)                 | U+FFFD, counted
 *
 * A value is counted once however many characters it held: the count is the site's
 * `refusedValues` (sites.ts), said in words on the Sites page. Rows kept before these checks are read through
 * the same checks (storedSite, storedEvent), a value that cannot be read as unknown. Pure.
 */
import * as z from 'zod/mini';

import { parseAddress } from '../../ip';
import { hasUnsafeChar, replaceUnsafeChars } from '../../text-chars';
import type { Family } from '../../types';
import { epochMs, FLEET_TEXT_MAX } from './parts';
import {
  type FleetChange,
  fleetChangeSchema,
  type FleetRead,
  type FleetState,
  fleetStateSchema,
  readFleetPayload,
} from './payload';
import { type FleetEvent, fleetEventSchema, type FleetSite } from './sites';

/** A name or label a site sent, as it may be shown: bounded, no control, bidi or non-character. */
export const siteTextSchema = z.string().check(
  z.maxLength(FLEET_TEXT_MAX),
  z.refine((t) => !hasUnsafeChar(t), { error: 'holds a control, direction-changing or non-character' }),
);

/** An address of `family`, strictly formed (shared/ip.ts parseAddress). */
export const siteAddressSchema = (family: Family) =>
  z.string().check(
    z.refine((t) => parseAddress(t)?.family === family, {
      error: `not an IPv${family} address`,
    }),
  );
const ADDRESS = { 4: siteAddressSchema(4), 6: siteAddressSchema(6) } as const;

/** Checks values one by one, counting those refused or replaced. */
function checker() {
  let refused = 0;
  const text = (t: string): string => {
    if (siteTextSchema.safeParse(t).success) return t;
    refused += 1;
    return replaceUnsafeChars(t);
  };
  const maybe = (t: string | null | undefined): string | null => (typeof t === 'string' ? text(t) : null);
  const address = (ip: string | null, family: Family): string | null => {
    if (ip === null || ADDRESS[family].safeParse(ip).success) return ip;
    refused += 1;
    return null;
  };
  return { text, maybe, address, refused: () => refused };
}

type Check = ReturnType<typeof checker>;

function checkState(s: FleetState, c: Check): FleetState {
  const family = (f: FleetState['families']['v4'], n: Family) =>
    f && {
      ...f,
      ip: c.address(f.ip, n),
      identity: f.identity && {
        asn: f.identity.asn,
        org: c.maybe(f.identity.org),
        country: c.maybe(f.identity.country),
        vpn: c.maybe(f.identity.vpn),
      },
    };
  return {
    ...s,
    site: c.text(s.site),
    reason: c.maybe(s.reason),
    families: { v4: family(s.families.v4, 4), v6: family(s.families.v6, 6) },
    health: s.health && { state: c.text(s.health.state), label: c.text(s.health.label) },
    nat: s.nat && { verdict: c.text(s.nat.verdict), label: c.text(s.nat.label) },
    ddns: s.ddns.map((r) => ({ name: c.text(r.name), type: c.text(r.type), state: c.text(r.state) })),
    monitors: s.monitors.map((m) => ({ name: c.text(m.name), state: c.text(m.state) })),
    version: c.maybe(s.version),
    ...(s.instance === undefined ? {} : { instance: c.maybe(s.instance) }),
  };
}

/** A state read by the payload's schema, its values checked: the state as it may be shown, and how many were refused. */
export function checkedState(s: FleetState): { state: FleetState; refused: number } {
  const c = checker();
  const state = checkState(s, c);
  return { state, refused: c.refused() };
}

/** A state's body read by the payload's schema and checked: what it says, and how many values were refused. */
export function readSiteState(body: string): { read: FleetRead<FleetState>; refused: number } {
  const read = readFleetPayload<FleetState>(fleetStateSchema, body);
  if (!read.ok) return { read, refused: 0 };
  const { state, refused } = checkedState(read.value);
  return { read: { ok: true, value: state }, refused };
}

const orNull = <T extends z.ZodMiniType>(s: T) => z.catch(z.nullable(s), null);
const maybeNull = <T extends z.ZodMiniType>(s: T) => z.catch(z.optional(z.nullable(s)), null);

/** A kept site row as it may have been written by any version: each field that cannot be read is unknown. */
const storedSiteSchema = z.object({
  site: z.string(),
  thisMachine: z.catch(z.boolean(), false),
  online: orNull(z.boolean()),
  since: orNull(epochMs),
  lastSeenAt: orNull(epochMs),
  offlineReason: orNull(z.string()),
  nameMismatch: orNull(z.string()),
  unreadable: orNull(z.string()),
  state: orNull(fleetStateSchema),
  addressChangedAt: maybeNull(epochMs),
  clockOffMs: maybeNull(z.number()),
  twoRunnersAt: maybeNull(epochMs),
  refusedValues: maybeNull(z.number().check(z.int(), z.gte(0))),
});

/**
 * A site row kept in the history, read through the checks: a value refused now (a row kept
 * before them) is unknown or replaced, and counted; null when the row names no site (it is skipped).
 */
export function storedSite(raw: unknown): FleetSite | null {
  const r = storedSiteSchema.safeParse(raw);
  if (!r.success) return null;
  const c = checker();
  const row = r.data;
  const site: FleetSite = {
    ...row,
    offlineReason: c.maybe(row.offlineReason),
    nameMismatch: c.maybe(row.nameMismatch),
    // The watcher's own words, quoting the site's: checked as its texts are.
    unreadable: c.maybe(row.unreadable),
    state: row.state && checkState(row.state, c),
  };
  const refusedValues = (row.refusedValues ?? 0) + c.refused();
  return refusedValues > 0 ? { ...site, refusedValues } : site;
}

const changesSchema = z.catch(z.array(fleetChangeSchema), []);
const ADDRESS_CHANGE = /^IPv([46]) address$/;

/** One change, checked: an address change's sides are addresses of its family or unknown (null). */
function checkChange(ch: FleetChange, c: Check): FleetChange {
  const fam = ADDRESS_CHANGE.exec(ch.what)?.[1];
  if (fam) {
    const f = Number(fam) as Family;
    return { what: ch.what, from: c.address(ch.from, f), to: c.address(ch.to, f) };
  }
  return { what: c.text(ch.what), from: c.maybe(ch.from), to: c.maybe(ch.to) };
}

/** The changes of an event (kept, or about to be), checked as a state's values are. */
export function checkedChanges(changes: unknown): FleetChange[] {
  const c = checker();
  return changesSchema.parse(changes).map((ch) => checkChange(ch, c));
}

/** An event row kept in the history, its texts checked; null when it cannot be read as an event. */
export function storedEvent(raw: unknown): FleetEvent | null {
  const r = fleetEventSchema.safeParse({ ...(raw as object), changes: checkedChanges((raw as FleetEvent)?.changes) });
  if (!r.success) return null;
  const c = checker();
  return { ...r.data, site: c.text(r.data.site), detail: c.maybe(r.data.detail) };
}
