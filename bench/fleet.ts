/**
 * `npm run bench -- fleet` (issue 51, "Scale, measured"): the BUILT headless runner watching the
 * fleet (fleet.watch on, defaults else, the store on disk) on Debian's real mosquitto
 * (bench/fleet/broker.ts). 1,000 simulated sites publish their retained state at once through
 * a few connections, each state made by the publisher's own payload function (fleetState) from
 * the runner's own status, one address per site; then 250 more at a time up to 2,000. Figures: time until GET /api/v1/sites holds the first 1,000; the
 * watcher tree's RSS a site, the 95% upper bound of the slope of its RSS over the levels held
 * (bench/fleet/rss-fit.ts), and its total at 1,000; its CPU over a quiet window (BENCH_FLEET_QUIET_MIN, default 3) at 1,000
 * sites per hour per 100 sites; the Sites page's first 100 rows of 1,000 in chromium, broken
 * down, beside the same page with 0 sites. bench/README.md, "Fleet (issue 51)".
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

import mqtt, { type MqttClient } from 'mqtt';

import { fleetState } from '../electron/engine/fleet/payload';
import { siteTopic } from '../electron/engine/fleet/publisher';
import type { AppStatus } from '../shared/contract';
import { FLEET_DEFAULT_PREFIX } from '../shared/settings/fleet';
import { buildRenderer, CHROMIUM, launchChromium } from '../tests/helpers/dashboard';
import { type Check, atMost } from './check';
import { startBenchBroker } from './fleet/broker';
import { breakdownWords, measureSitesPage } from './fleet/page';
import { treeCpuSec, treeRssReadings } from './fleet/proc-tree';
import { type RssLevel, fitRssPerSite } from './fleet/rss-fit';
import { type RunnerSession, withRunner } from './runner/session';

const TARGETS = { reachSec: 10, rssPerSiteKB: 50, cpuSecPerHourPer100: 1, pageMs: 400 };
const SITES = 1000;
/**
 * The levels the RSS slope is read over: none, the 1,000 published at once, then 250 more at a
 * time up to 2,000 (the watcher's bound before issue 74; bench/fleet-scale.ts measures 10,000).
 */
const LEVELS = [0, SITES, 1250, 1500, 1750, 2000];
const CONNECTIONS = 4;
/** At each level: a quiet wait, then READINGS readings of the tree's RSS READ_EVERY_MS apart. */
const SETTLE_MS = 20_000;
const READINGS = 7;
const READ_EVERY_MS = 5_000;
const PASS = { watcher: 'bench-watcher-pass', fleetbench: 'bench-sites-pass' };

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
const mb = (kb: number) => round(kb / 1024, 1);

/** The i-th site's state: the runner's own status through fleetState, with an address of its own. */
export function siteState(status: AppStatus, i: number) {
  const v4 = { ...status.families.v4, enabled: true, ip: `198.51.${100 + (i >> 8)}.${i & 255}` };
  return fleetState({ ...status, families: { ...status.families, v4 } }, `site-${i}`, 'bench', Date.now());
}

export async function heldSites(api: { url: string; token: string }): Promise<number> {
  const res = await fetch(`${api.url}/api/v1/sites`, { headers: { authorization: `Bearer ${api.token}` } });
  if (!res.ok) throw new Error(`GET /api/v1/sites: HTTP ${res.status}`);
  // The summary counts every site held; the page (GET /sites is paged) holds at most 100 of them.
  const body = (await res.json()) as { summary: { sites: number } };
  return body.summary.sites;
}

/** The bench's publishers, and the sites [from, to) published at once; resolves with seconds until the API holds `to`. */
function publisher(clients: MqttClient[], status: AppStatus, api: { url: string; token: string }) {
  return async (from: number, to: number): Promise<number> => {
    const states = Array.from({ length: to - from }, (_, k) => siteState(status, from + k));
    const t0 = performance.now();
    await Promise.all(
      states.map((st, k) =>
        clients[k % clients.length]!.publishAsync(
          siteTopic(FLEET_DEFAULT_PREFIX, st.site, 'state'),
          JSON.stringify(st),
          { qos: 1, retain: true },
        ),
      ),
    );
    let held = 0;
    while ((held = await heldSites(api)) < to) {
      if (performance.now() - t0 > 60_000) throw new Error(`only ${held} of ${to} sites after 60 s`);
      await sleep(100);
    }
    return round((performance.now() - t0) / 1000);
  };
}

/** One level: the quiet wait, then the readings. */
async function readLevel(s: RunnerSession, sites: number): Promise<RssLevel> {
  await sleep(SETTLE_MS);
  const readingsKB = await treeRssReadings(s.pid, READINGS, READ_EVERY_MS);
  process.stderr.write(`fleet: ${sites} sites held, tree RSS ${readingsKB.map(mb).join(', ')} MB\n`);
  return { sites, readingsKB };
}

async function measure(s: RunnerSession, brokerUrl: string, quietMin: number) {
  const api = await s.api();
  const status = await s.status();
  const browser = await launchChromium();
  let clients: MqttClient[] = [];
  try {
    // The floor: the same page with no site (the app's own start, one small /api/v1/sites), before
    // level 0, as the 1,000's page comes before level 1,000: every level is read after pages were served.
    const floor = await measureSitesPage(browser, api.url, api.token, 5, 0);
    process.stderr.write(`fleet: Sites page with 0 sites: ${breakdownWords(floor.breakdown)}\n`);
    const levels = [await readLevel(s, 0)];
    clients = await Promise.all(
      Array.from({ length: CONNECTIONS }, () =>
        mqtt.connectAsync(brokerUrl, { username: 'fleetbench', password: PASS.fleetbench, reconnectPeriod: 0 }),
      ),
    );
    const publish = publisher(clients, status, api);
    const reachSec = await publish(0, SITES);
    const sitesPage = await measureSitesPage(browser, api.url, api.token);
    await browser.close(); // its processes are not the runner's, but they share the two cores
    process.stderr.write(`fleet: Sites page with ${SITES} sites: ${breakdownWords(sitesPage.breakdown)}\n`);
    levels.push(await readLevel(s, SITES));
    const cpu0 = treeCpuSec(s.pid);
    await sleep(quietMin * 60_000);
    const cpuSec = treeCpuSec(s.pid) - cpu0;
    for (let i = 2; i < LEVELS.length; i++) {
      await publish(LEVELS[i - 1]!, LEVELS[i]!);
      levels.push(await readLevel(s, LEVELS[i]!));
    }
    return { reachSec, floor, page: sitesPage, cpuSec, levels };
  } finally {
    await browser.close(); // a second close does nothing
    await Promise.all(clients.map((c) => c.endAsync()));
  }
}

export default async function fleetBench(): Promise<Record<string, unknown> & { checks: Check[] }> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  const quietMin = Number(process.env['BENCH_FLEET_QUIET_MIN'] ?? 3);
  await buildRenderer();
  const broker = await startBenchBroker(PASS);
  const fleet = { watch: true, brokerUrl: broker.url, username: 'watcher', password: PASS.watcher };
  try {
    const m = await withRunner(60, {}, (s) => measure(s, broker.url, quietMin), { settings: { fleet } });
    const fit = fitRssPerSite(m.levels);
    const totalKB = fit.levels.find((l) => l.sites === SITES)!.medianKB;
    const cpuPerHourPer100 = quietMin > 0 ? round((m.cpuSec * 60) / quietMin / (SITES / 100), 3) : null;
    const fitWords = `± ${round(fit.seKB, 1)} KB, R² ${round(fit.r2, 3)}`;
    process.stderr.write(
      `fleet: ${SITES} sites held in ${m.reachSec} s; RSS a site ${round(fit.slopeKB, 1)} KB (${fitWords}) over ` +
        fit.levels.map((l) => `${l.sites}: ${mb(l.medianKB)} MB`).join(', ') +
        `; ${round(m.cpuSec, 2)} s CPU over ${quietMin} min quiet; Sites page ${m.page.runsMs.join(', ')} ms\n`,
    );
    const checks: Check[] = [
      atMost(`${SITES} sites published at once, held by the watcher's API`, m.reachSec, TARGETS.reachSec, 's'),
      atMost(
        `watcher tree RSS a site, the 95% upper bound of its slope over ${LEVELS.join('/')} sites ` +
          `(slope ${round(fit.slopeKB, 1)} ${fitWords}; tree ${mb(totalKB)} MB with ${SITES})`,
        round(fit.upperKB, 1),
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
        `Sites page, first 100 rows of ${SITES} drawn (median of ${m.page.runsMs.length})`,
        m.page.medianMs,
        TARGETS.pageMs,
        'ms',
      ),
    ];
    // BENCH_FLEET_QUIET_MIN=0 (no quiet window): no CPU figure to check.
    if (quietMin === 0) checks.splice(2, 1);
    return {
      sites: SITES,
      reachSec: m.reachSec,
      rss: { ...fit, totalAt1000KB: totalKB, readings: m.levels },
      quietMin,
      cpuSec: round(m.cpuSec, 3),
      cpuPerHourPer100,
      page: m.page,
      floor: m.floor,
      checks,
    };
  } finally {
    await broker.stop();
  }
}
