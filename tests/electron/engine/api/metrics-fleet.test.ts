/**
 * The fleet's Prometheus series (electron/engine/api/metrics/metrics-fleet.ts) in prom-client's text: a
 * site this watcher never heard (only its will came, lastSeenAt null) has no last-seen series, as
 * Prometheus leaves an unknown value out, never 0 or NaN; its up series still says 0.
 */
import * as prom from 'prom-client';
import { describe, expect, it } from 'vitest';

import { fleetSeries } from '../../../../electron/engine/api/metrics/metrics-fleet';
import { emptySite } from '../../../../electron/engine/fleet/sites';
import type { FleetSite } from '../../../../shared/contract/fleet';

const AT = 1_790_000_000_000;

async function text(sites: FleetSite[]): Promise<string> {
  const registry = new prom.Registry();
  fleetSeries(prom, registry, () => Promise.resolve(sites));
  return registry.metrics();
}

describe('fleetSeries', () => {
  it.each([
    // [what, the site, its up line, its last-seen line or null when the series is left out]
    [
      'heard online',
      { ...emptySite('home', AT, false), online: true },
      'ipwatch_fleet_site_up{site="home"} 1',
      `ipwatch_fleet_site_last_seen_seconds{site="home"} ${AT / 1000}`,
    ],
    [
      'offline, heard before',
      { ...emptySite('home', AT, false), online: false },
      'ipwatch_fleet_site_up{site="home"} 0',
      `ipwatch_fleet_site_last_seen_seconds{site="home"} ${AT / 1000}`,
    ],
    [
      'known only by its will',
      { ...emptySite('home', null, false), online: false },
      'ipwatch_fleet_site_up{site="home"} 0',
      null,
    ],
  ])('%s', async (_what, site, up, seen) => {
    const out = await text([site]);
    expect(out).toContain(up);
    const line = out.split('\n').find((l) => l.startsWith('ipwatch_fleet_site_last_seen_seconds{')) ?? null;
    expect(line).toBe(seen);
    expect(out).not.toMatch(/NaN/);
  });
});
