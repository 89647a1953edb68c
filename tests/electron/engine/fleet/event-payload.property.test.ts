/**
 * Properties (fast-check, seeded by tests/helpers/properties.ts) of the fleet's event message
 * (engine/fleet/payload.ts fleetEvent, what a site publishes to `<prefix>/<site>/event`): for any
 * two states a watcher reads, the event written between them is within its bounds and reads back
 * equal through the contract's reader, as any consumer of the topic reads it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { fleetChanges } from '../../../../electron/engine/fleet/changes';
import { fleetEvent } from '../../../../electron/engine/fleet/payload';
import {
  FLEET_EVENT_CHANGES_MAX,
  FLEET_TEXT_MAX,
  fleetEventPayloadSchema,
  fleetStateSchema,
  readFleetPayload,
} from '../../../../shared/contract/fleet';
import { anyFleetState, epochMs as at } from '../../../helpers/fleet-arbitraries';
import { propertyRun } from '../../../helpers/properties';

describe('the fleet event message', () => {
  it('any two readable states give an event that reads back equal, or none when they do not differ', () => {
    fc.assert(
      fc.property(anyFleetState(), anyFleetState(), (before, now) => {
        const event = fleetEvent('home', before, now);
        if (fleetChanges(before, now).length === 0) {
          expect(event).toBeNull();
          return;
        }
        expect(event).not.toBeNull();
        expect(event!.changes.length).toBeLessThanOrEqual(FLEET_EVENT_CHANGES_MAX);
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
