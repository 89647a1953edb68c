/**
 * Properties (fast-check, seeded by tests/helpers/properties.ts) of the fleet's event message
 * (engine/fleet/payload.ts fleetEvent, what a site publishes to `<prefix>/<site>/event`): for any
 * two states a watcher reads, the event written between them holds the differences the model in
 * tests/helpers/fleet-model.ts finds (written from changes.ts's table, not its code), at most
 * FLEET_EVENT_CHANGES_MAX of them, and reads back equal through the contract's reader, as any
 * consumer of the topic reads it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { fleetEvent } from '../../../../electron/engine/fleet/payload';
import {
  FLEET_EVENT_CHANGES_MAX,
  FLEET_PAYLOAD_VERSION,
  FLEET_TEXT_MAX,
  fleetEventPayloadSchema,
  fleetStateSchema,
  readFleetPayload,
} from '../../../../shared/contract/fleet';
import { anyFleetState, epochMs as at, fleetStatePair } from '../../../helpers/fleet-arbitraries';
import { expectedChanges } from '../../../helpers/fleet-model';
import { propertyRun } from '../../../helpers/properties';

describe('the fleet event message', () => {
  it('any two readable states give an event of their differences that reads back equal, or none when they do not differ', () => {
    fc.assert(
      fc.property(fleetStatePair(), ([before, now]) => {
        const event = fleetEvent('home', before, now);
        const want = expectedChanges(before, now);
        if (want.length === 0) {
          expect(event).toBeNull();
          return;
        }
        const changes = want.slice(0, FLEET_EVENT_CHANGES_MAX);
        expect(event).toEqual({ v: FLEET_PAYLOAD_VERSION, site: 'home', at: now.at ?? 0, changes });
        expect(readFleetPayload(fleetEventPayloadSchema, JSON.stringify(event))).toEqual({ ok: true, value: event });
      }),
      propertyRun('fleet event read back'),
    );
  });

  it('says nothing of a first state, nor of a state that differs only in when it was taken', () => {
    fc.assert(
      fc.property(anyFleetState(), at, (now, later) => {
        expect(fleetEvent('home', null, now)).toBeNull();
        expect(fleetEvent('home', now, { ...now, at: later })).toBeNull();
      }),
      propertyRun('fleet event none'),
    );
  });
});

describe('the counterexample the property found', () => {
  const bare = fleetStateSchema.parse({ v: 1, site: 'home', online: true, families: {} });
  const long = 'n'.repeat(FLEET_TEXT_MAX);

  it("a DNS record whose name and type are as long as a state allows: the event's words are cut, not lost", () => {
    const now = { ...bare, ddns: [{ name: long, type: long, state: 'ok' }] };
    const event = fleetEvent('home', bare, now)!;
    // Unclipped, `DNS <name> (<type>)` is 1,030 characters: the reader then drops every change.
    expect(readFleetPayload(fleetEventPayloadSchema, JSON.stringify(event))).toEqual({ ok: true, value: event });
    expect(event.changes).toEqual([
      { what: `DNS ${long} (${long}`.slice(0, FLEET_TEXT_MAX - 1) + '…', from: null, to: 'ok' },
    ]);
  });
});
