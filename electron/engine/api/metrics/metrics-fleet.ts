/**
 * The fleet's watched sites in Prometheus (metrics.ts registers them), read from the fleet part's
 * sites at each scrape (getSites: the status carries only their counts):
 *
 * - `ipwatch_fleet_site_up{site}`: 1 while the site is online, 0 when offline or not known yet;
 * - `ipwatch_fleet_site_last_seen_seconds{site}`: when this watcher last heard from it (epoch s),
 *   so `time() - ipwatch_fleet_site_last_seen_seconds > 300` finds a site gone quiet; a site this
 *   watcher never heard itself (only its will came) has no series, as Prometheus leaves an
 *   unknown value out rather than writing 0 or NaN.
 */
import type { Registry } from 'prom-client';

import type { FleetSite } from '../../../../shared/contract/fleet';

/** The watched sites now (none where no fleet runs). */
export type SitesSource = () => Promise<readonly FleetSite[]>;

export function fleetSeries(prom: typeof import('prom-client'), registry: Registry, sites: SitesSource): void {
  new prom.Gauge({
    name: 'ipwatch_fleet_site_up',
    help: 'Each watched site of the fleet: 1 online, 0 offline or not known yet',
    labelNames: ['site'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const s of await sites()) this.set({ site: s.site }, s.online === true ? 1 : 0);
    },
  });
  new prom.Gauge({
    name: 'ipwatch_fleet_site_last_seen_seconds',
    help: 'When this watcher last heard from each site of the fleet, epoch seconds',
    labelNames: ['site'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const s of await sites()) if (s.lastSeenAt !== null) this.set({ site: s.site }, s.lastSeenAt / 1000);
    },
  });
}
