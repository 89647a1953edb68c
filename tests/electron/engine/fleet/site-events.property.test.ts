/**
 * Properties (fast-check, seeded by tests/helpers/properties.ts) of the events a watcher makes
 * itself (engine/fleet/sites.ts applyHeard: changed, online, offline, mismatch, unreadable): for
 * any messages heard (a state, a will, or any text read as the watcher reads it), the events are
 * those the model in tests/helpers/fleet-model.ts keeps (written from sites.ts's table, not its
 * code), and every text of every event is within the contract's FLEET_TEXT_MAX, as the site's history
 * answer (`GET /sites/:site`, fleetChangeSchema and fleetEventSchema) reads it. The publisher's own event message is
 * event-payload.property.test.ts's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { applyHeard, type Heard } from '../../../../electron/engine/fleet/sites';
import type { NewFleetEvent } from '../../../../electron/engine/store/fleet';
import {
  FLEET_TEXT_MAX,
  fleetChangeSchema,
  fleetEventSchema,
  type FleetRead,
  type FleetState,
  fleetStateSchema,
  readFleetPayload,
} from '../../../../shared/contract/fleet';
import { anyFleetState, epochMs, keepFlags, mixState } from '../../../helpers/fleet-arbitraries';
import { WatcherModel } from '../../../helpers/fleet-model';
import { propertyRun } from '../../../helpers/properties';

/** A site name a state may carry: its topic's, or another (a mismatch), up to the 256 allowed. */
const siteName = fc.oneof(
  fc.constant('home'),
  fc.string({ maxLength: 8 }),
  fc.string({ minLength: 200, maxLength: 256 }),
);
/** What a watcher reads from a message: a state, or any text (JSON or not) through the contract's reader. */
const read: fc.Arbitrary<FleetRead<FleetState>> = fc.oneof(
  anyFleetState(siteName).map((value) => ({ ok: true as const, value })),
  fc
    .oneof(
      fc.string({ maxLength: 600 }),
      fc.json(),
      anyFleetState(siteName).map((s) => JSON.stringify({ ...s, v: 2 })),
    )
    .map((body) => readFleetPayload<FleetState>(fleetStateSchema, body)),
);
const heard = fc.record({ site: fc.constant('home'), read, at: epochMs, retained: fc.boolean() });
/** Messages in turn, each state read sharing parts with the one before it (mixState), so a state repeats, changes a little or flips. */
const messages = fc.array(fc.tuple(heard, keepFlags), { minLength: 1, maxLength: 5 }).map((list) => {
  let before: FleetState | null = null;
  return list.map(([m, keep]): Heard => {
    if (!m.read.ok) return m;
    const value: FleetState = before === null ? m.read.value : mixState(before, m.read.value, keep);
    before = value;
    return { ...m, read: { ok: true, value } };
  });
});

/** The texts of an event that stand beyond it: each change's words and its detail. */
const tooLong = (e: NewFleetEvent) =>
  [e.detail, ...e.changes.flatMap((c) => [c.what, c.from, c.to])].filter(
    (t): t is string => t !== null && t.length > FLEET_TEXT_MAX,
  );

describe("the watcher's own events", () => {
  it('any messages heard give the events the model keeps, in its order', () => {
    fc.assert(
      fc.property(messages, fc.boolean(), (list, thisMachine) => {
        const model = new WatcherModel();
        let held = null as ReturnType<typeof applyHeard>['site'] | null;
        for (const [i, m] of list.entries()) {
          const { site, events } = applyHeard(held, m, thisMachine);
          expect(events, `message ${i}`).toEqual(model.hear(m));
          held = site;
        }
      }),
      propertyRun('fleet watcher events'),
    );
  });

  it('any site held and any message heard give events whose texts are within FLEET_TEXT_MAX', () => {
    fc.assert(
      fc.property(fc.array(heard, { minLength: 1, maxLength: 3 }), fc.boolean(), (messages, thisMachine) => {
        let held = null as ReturnType<typeof applyHeard>['site'] | null;
        for (const m of messages) {
          const { site, events } = applyHeard(held, m as Heard, thisMachine);
          for (const e of events) {
            expect(tooLong(e), `${e.kind} event`).toEqual([]);
            for (const c of e.changes) expect(fleetChangeSchema.safeParse(c).success).toBe(true);
            expect(fleetEventSchema.safeParse({ id: 1, ...e }).success, `${e.kind} event as kept`).toBe(true);
          }
          held = site;
        }
      }),
      propertyRun('fleet watcher event texts'),
    );
  });
});

describe('the counterexample the property found', () => {
  it("a DNS record added whose name and type are as long as a state allows: the change's words are cut", () => {
    const long = ' '.repeat(FLEET_TEXT_MAX);
    const bare = fleetStateSchema.parse({ v: 1, site: 'home', online: false, families: {}, at: 0 });
    const first = applyHeard(null, { site: 'home', read: { ok: true, value: bare }, at: 0, retained: false }, false);
    const now = { ...bare, ddns: [{ name: long, type: long, state: 'ok' }] };
    const { events } = applyHeard(
      first.site,
      { site: 'home', read: { ok: true, value: now }, at: 1, retained: false },
      false,
    );
    // Unclipped, `DNS <name> (<type>)` is 1,030 characters: more than the history answer reads.
    expect(events).toMatchObject([
      {
        kind: 'changed',
        changes: [{ what: `DNS ${long} (${long}`.slice(0, FLEET_TEXT_MAX - 1) + '…', from: null, to: 'ok' }],
      },
    ]);
    expect(fleetChangeSchema.safeParse(events[0]!.changes[0]).success).toBe(true);
  });
});
