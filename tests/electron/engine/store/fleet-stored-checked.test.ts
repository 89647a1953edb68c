/**
 * Rows the history kept before a site's state was checked (issue 73) keep loading, through the
 * contract's checks (contract/fleet/checked.ts): over the real store, a row as an older watcher
 * wrote it, with a non-address as its address, a right-to-left override, NUL and a field of the
 * wrong kind, reads back with the address unknown, the characters replaced and counted, the bad
 * field unknown; an event row the same; nothing throws and no other row is lost.
 */
import { expect, it } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import { openHistoryStore } from '../../../../electron/engine/store';
import type { FleetSite } from '../../../../shared/contract/fleet';
import { FakeClock } from '../../../helpers/fake-clock';
import { fleetSite } from '../../../helpers/fleet-state';

const logger = createLogger('test', { level: 'error', sink: () => undefined });
/** This test's own list of what may never be shown: controls, bidi marks, non-characters. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]/u;

it('reads a row kept before the checks: bad address unknown, bad characters replaced and counted, bad field unknown', async () => {
  const store = await openHistoryStore({ dataDir: ':memory:', clock: new FakeClock(), logger });
  try {
    const good = fleetSite('home', 1_000_000);
    const old = fleetSite(
      'evil',
      1_000_000,
      { offlineReason: 'stopped\u0000', nameMismatch: 'home\u202e' },
      {
        families: {
          v4: { ip: '<img src=x onerror=alert(1)>', since: 1, identity: null },
          v6: { ip: '203.0.113.7', since: 1, identity: null },
        },
        health: { state: 'ok', label: 'Healthy\u202e' },
      },
    );
    // A field of the wrong kind (as no version wrote, but a damaged file may hold): unknown, not thrown.
    const damaged = { ...fleetSite('odd', 1_000_000), online: 'yes', state: 'garbage' } as unknown as FleetSite;
    for (const s of [good, old, damaged]) store.saveFleetSite(s);
    const read = store.fleetSites();
    expect(read.map((s) => s.site)).toEqual(['evil', 'home', 'odd']);
    const evil = read[0]!;
    expect(evil.state?.families.v4?.ip).toBeNull();
    expect(evil.state?.families.v6?.ip).toBeNull();
    expect(evil.state?.health?.label).toBe('Healthy\ufffd');
    expect(evil.nameMismatch).toBe('home\ufffd');
    expect(evil.offlineReason).toBe('stopped\ufffd');
    // Two addresses, the label, the mismatch, the reason.
    expect(evil.refusedValues).toBe(5);
    expect(JSON.stringify(read)).not.toMatch(/<img/);
    for (const s of read)
      for (const t of JSON.stringify(s).match(/"(?:[^"\\]|\\.)*"/g) ?? [])
        expect(FORBIDDEN.test(JSON.parse(t) as string), t).toBe(false);
    expect(read[1]).toEqual(good);
    expect(read[2]).toMatchObject({ site: 'odd', online: null, state: null });

    store.recordFleetEvent({
      site: 'evil',
      at: 5,
      kind: 'changed',
      changes: [
        { what: 'IPv4 address', from: '<img src=x>', to: '81.2.69.142' },
        { what: 'Health', from: 'Healthy', to: 'Call\u202e 555' },
      ],
      detail: null,
      whileAway: false,
    });
    store.recordFleetEvent({
      site: 'evil',
      at: 6,
      kind: 'newer-kind' as 'changed',
      changes: [],
      detail: null,
      whileAway: false,
    });
    const events = store.fleetEvents('evil', 10);
    // The row of a kind this version does not know is not shown, and not thrown on.
    expect(events).toHaveLength(1);
    expect(events[0]!.changes).toEqual([
      { what: 'IPv4 address', from: null, to: '81.2.69.142' },
      { what: 'Health', from: 'Healthy', to: 'Call\ufffd 555' },
    ]);
  } finally {
    await store.close();
  }
});
