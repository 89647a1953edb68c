/**
 * fast-check arbitraries of the fleet's payloads (shared/contract/fleet.ts), for the properties of
 * the fleet's readers and words (tests/electron/engine/fleet/*.property.test.ts): what a site
 * could have published, as a watcher reads it.
 */
import fc from 'fast-check';

import { type FleetState, fleetStateSchema } from '../../shared/contract/fleet';

/** Whole ms from 1970 to 2100. */
export const epochMs = fc.integer({ min: 0, max: 4_102_444_800_000 });
/** Text up to the 512 characters a state's field may hold, long ones common. */
export const fleetText = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ minLength: 400, maxLength: 512 }));
const fam = fc.option(
  fc.record({
    ip: fc.option(fc.oneof(fc.ipV4(), fc.ipV6())),
    since: fc.option(epochMs),
    identity: fc.option(
      fc.record({
        asn: fc.option(fc.nat()),
        org: fc.option(fleetText),
        country: fc.option(fleetText),
        vpn: fc.option(fleetText),
      }),
    ),
  }),
);
const names = fc.constantFrom('a', 'b', 'c');
/**
 * A state as a watcher reads it (the schema's own parse): what the site could have published, its
 * site name `site` (a state may carry another name than its topic's).
 */
export const anyFleetState = (site: fc.Arbitrary<string> = fc.constant('home')): fc.Arbitrary<FleetState> =>
  fc
    .record({
      v: fc.constant(1),
      site,
      online: fc.boolean(),
      reason: fc.option(fleetText),
      families: fc.record({ v4: fam, v6: fam }),
      health: fc.option(fc.record({ state: fleetText, label: fleetText })),
      nat: fc.option(fc.record({ verdict: fleetText, label: fleetText })),
      ddns: fc.array(
        fc.record({ name: fc.oneof(names, fleetText), type: fc.oneof(names, fleetText), state: fleetText }),
        {
          maxLength: 40,
        },
      ),
      monitors: fc.array(fc.record({ name: fc.oneof(names, fleetText), state: fleetText }), { maxLength: 40 }),
      version: fc.option(fleetText),
      at: fc.option(epochMs),
    })
    .map((s): FleetState => fleetStateSchema.parse(s));

/** Flags that pick, one after another, whether a part of a state is kept from the state before. */
export const keepFlags = fc.array(fc.boolean(), { minLength: 1, maxLength: 64 });

/**
 * `now` with parts of `before` kept, as `keep` picks in turn: each top-level field, and each
 * entry of its DNS and monitor lists at the same place. Successive states then share most parts,
 * so that none, a few and many differences all come, not only states wholly new.
 */
export function mixState(before: FleetState, now: FleetState, keep: readonly boolean[]): FleetState {
  let i = 0;
  const kept = () => keep[i++ % keep.length]!;
  const list = <T>(was: readonly T[], is: readonly T[]) => is.map((e, j) => (j < was.length && kept() ? was[j]! : e));
  const field = <K extends keyof FleetState>(k: K) => (kept() ? before[k] : now[k]);
  return {
    ...now,
    site: field('site'),
    online: field('online'),
    reason: field('reason'),
    families: { v4: kept() ? before.families.v4 : now.families.v4, v6: kept() ? before.families.v6 : now.families.v6 },
    health: field('health'),
    nat: field('nat'),
    ddns: kept() ? before.ddns : list(before.ddns, now.ddns),
    monitors: kept() ? before.monitors : list(before.monitors, now.monitors),
    at: field('at'),
  };
}

/** Two states a site could publish one after the other (the second mixState's of the first). */
export const fleetStatePair = (): fc.Arbitrary<[FleetState, FleetState]> =>
  fc
    .tuple(anyFleetState(), anyFleetState(), keepFlags)
    .map(([before, now, keep]): [FleetState, FleetState] => [before, mixState(before, now, keep)]);
