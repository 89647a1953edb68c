/**
 * `npm run bench -- fleet` (issue 51, "Scale, measured"): the BUILT headless runner watching the
 * fleet (fleet.watch on, defaults else, the store on disk) on Debian's real mosquitto
 * (bench/fleet/broker.ts). 1,000 simulated sites publish their retained state at once through
 * a few connections, each state made by the publisher's own payload function (fleetState) from
 * the runner's own status, one address per site. Figures: time until GET /api/v1/sites holds
 * all 1,000; the watcher tree's RSS per site (held and settled, minus the same runner before
 * any site); its CPU over a quiet window (BENCH_FLEET_QUIET_MIN, default 3) per hour per 100
 * sites; the Sites page's first 100 rows in chromium, broken down, beside the same page with 0 sites. bench/README.md, "Fleet (issue 51)".
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

import mqtt from 'mqtt';

import { fleetState } from '../electron/engine/fleet/payload';
import { siteTopic } from '../electron/engine/fleet/publisher';
import type { AppStatus } from '../shared/contract';
import { FLEET_DEFAULT_PREFIX } from '../shared/settings/fleet';
import { buildRenderer, CHROMIUM, launchChromium } from '../tests/helpers/dashboard';
import { type Check, atMost } from './check';
import { startBenchBroker } from './fleet/broker';
import { breakdownWords, measureSitesPage } from './fleet/page';
import { treeCpuSec, treeRssKB } from './fleet/proc-tree';
import { withRunner } from './runner/session';

const TARGETS = { reachSec: 10, rssPerSiteKB: 50, cpuSecPerHourPer100: 1, pageMs: 400 };
const SITES = 1000;
const CONNECTIONS = 4;
const SETTLE_MS = 30_000;
const PASS = { watcher: 'bench-watcher-pass', fleetbench: 'bench-sites-pass' };

/** The i-th site's state: the runner's own status through fleetState, with an address of its own. */
function siteState(status: AppStatus, i: number) {
  const v4 = { ...status.families.v4, enabled: true, ip: `198.51.${100 + (i >> 8)}.${i & 255}` };
  return fleetState({ ...status, families: { ...status.families, v4 } }, `site-${i}`, 'bench', Date.now());
}

async function heldSites(api: { url: string; token: string }): Promise<number> {
  const res = await fetch(`${api.url}/api/v1/sites`, { headers: { authorization: `Bearer ${api.token}` } });
  if (!res.ok) throw new Error(`GET /api/v1/sites: HTTP ${res.status}`);
  const body = (await res.json()) as { sites: { online?: boolean }[] };
  return body.sites.length;
}

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

export default async function fleetBench(): Promise<Record<string, unknown> & { checks: Check[] }> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  const quietMin = Number(process.env['BENCH_FLEET_QUIET_MIN'] ?? 3);
  await buildRenderer();
  const broker = await startBenchBroker(PASS);
  const fleet = { watch: true, brokerUrl: broker.url, username: 'watcher', password: PASS.watcher };
  try {
    return await withRunner(
      60,
      {},
      async (s) => {
        const api = await s.api();
        const status = await s.status();
        // The floor: the same page with no site (the app's own start, one small /api/v1/sites),
        // before the settle, so both RSS readings come after the runner has served pages.
        const browser = await launchChromium();
        const floor = await measureSitesPage(browser, api.url, api.token, 5, 0).catch(async (e: unknown) => {
          await browser.close();
          throw e;
        });
        process.stderr.write(`fleet: Sites page with 0 sites: ${breakdownWords(floor.breakdown)}\n`);
        await sleep(SETTLE_MS); // the runner with 0 sites, settled as the 1,000 will be
        const emptyRssKB = treeRssKB(s.pid);
        const clients = await Promise.all(
          Array.from({ length: CONNECTIONS }, () =>
            mqtt.connectAsync(broker.url, { username: 'fleetbench', password: PASS.fleetbench, reconnectPeriod: 0 }),
          ),
        );
        const states = Array.from({ length: SITES }, (_, i) => siteState(status, i));
        const t0 = performance.now();
        await Promise.all(
          states.map((st, i) =>
            clients[i % CONNECTIONS]!.publishAsync(
              siteTopic(FLEET_DEFAULT_PREFIX, st.site, 'state'),
              JSON.stringify(st),
              { qos: 1, retain: true },
            ),
          ),
        );
        let held = 0;
        while ((held = await heldSites(api)) < SITES) {
          if (performance.now() - t0 > 60_000) throw new Error(`only ${held} of ${SITES} sites after 60 s`);
          await sleep(100);
        }
        const reachSec = round((performance.now() - t0) / 1000);
        await sleep(SETTLE_MS);
        const fullRssKB = treeRssKB(s.pid);
        const rssPerSiteKB = round((fullRssKB - emptyRssKB) / SITES, 1);
        process.stderr.write(
          `fleet: ${SITES} sites held in ${reachSec} s; tree RSS ${emptyRssKB} KB with 0 sites, ${fullRssKB} KB with ${SITES}\n`,
        );
        const cpu0 = treeCpuSec(s.pid);
        await sleep(quietMin * 60_000);
        const cpuSec = treeCpuSec(s.pid) - cpu0;
        const cpuPerHourPer100 = quietMin > 0 ? round((cpuSec * 60) / quietMin / (SITES / 100), 3) : null;
        process.stderr.write(`fleet: ${round(cpuSec, 2)} s CPU over ${quietMin} min quiet\n`);
        let page;
        try {
          page = await measureSitesPage(browser, api.url, api.token);
        } finally {
          await browser.close();
        }
        await Promise.all(clients.map((c) => c.endAsync()));
        process.stderr.write(
          `fleet: ${SITES} sites held in ${reachSec} s; tree RSS ${round(emptyRssKB / 1024, 1)} MB with 0 sites, ${round(fullRssKB / 1024, 1)} MB with ${SITES}; ${round(cpuSec, 2)} s CPU over ${quietMin} min quiet; Sites page ${page.runsMs.join(', ')} ms\n` +
            `fleet: Sites page with ${SITES} sites: ${breakdownWords(page.breakdown)}\n`,
        );
        const checks: Check[] = [
          atMost(`${SITES} sites published at once, held by the watcher's API`, reachSec, TARGETS.reachSec, 's'),
          atMost(
            `watcher tree RSS a site (held and settled, minus 0 sites; total ${round(fullRssKB / 1024, 1)} MB)`,
            rssPerSiteKB,
            TARGETS.rssPerSiteKB,
            'KB',
          ),
          atMost(
            `watcher tree CPU per hour per 100 quiet sites (${quietMin} min window)`,
            cpuPerHourPer100 ?? Number.NaN,
            TARGETS.cpuSecPerHourPer100,
            's',
          ),
          atMost(
            `Sites page, first 100 rows of ${SITES} drawn (median of ${page.runsMs.length})`,
            page.medianMs,
            TARGETS.pageMs,
            'ms',
          ),
        ];
        // BENCH_FLEET_QUIET_MIN=0 (the page phase alone): no quiet window, so no CPU figure to check.
        if (quietMin === 0) checks.splice(2, 1);
        return {
          sites: SITES,
          reachSec,
          emptyRssKB,
          fullRssKB,
          rssPerSiteKB,
          quietMin,
          cpuSec: round(cpuSec, 3),
          cpuPerHourPer100,
          page,
          floor,
          checks,
        };
      },
      { settings: { fleet } },
    );
  } finally {
    await broker.stop();
  }
}
