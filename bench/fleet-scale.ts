/**
 * `npm run bench -- fleet-scale` (issue 74): the fleet at its documented size. Debian's mosquitto
 * configured from docs/fleet.md's own code blocks (tests/fleet-lab/docs-broker.ts) holds 10,000
 * sites' retained states, each made by the publisher's own fleetState from the runner's status
 * (bench/fleet.ts siteState), published through a few connections; then a FRESH built headless
 * runner (fleet.watch on, defaults else, its store on disk) starts. Figures: seconds from its spawn
 * until GET /api/v1/sites holds all 10,000, the sites refused, what the broker's figures say of the
 * states heard (engine/fleet/heard.ts), and the runner tree's RSS with 10,000 sites against a
 * fresh runner on the same broker with none (the difference a site). bench/README.md, "Fleet at
 * 10,000 sites (issue 74)".
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

import mqtt from 'mqtt';

import { siteTopic } from '../electron/engine/fleet/publisher';
import type { FleetHeard } from '../shared/contract/fleet';
import { FLEET_DEFAULT_PREFIX } from '../shared/settings/fleet';
import { startDocsBroker } from '../tests/fleet-lab/docs-broker';
import { type Check, atMost } from './check';
import { heldSites, siteState } from './fleet';
import { treeRssReadings } from './fleet/proc-tree';
import { type RunnerSession, withRunner } from './runner/session';

const SITES = 10_000;
const TARGETS = { reachSec: 90, rssPerSiteKB: 50, refused: 0 };
const CONNECTIONS = 4;
/** After all are held: a quiet wait, then READINGS readings of the tree's RSS READ_EVERY_MS apart. */
const SETTLE_MS = 15_000;
const READINGS = 5;
const READ_EVERY_MS = 3_000;
const PASS = { watcher: 'bench-watcher-pass', fleetlab: 'bench-sites-pass' };

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function watchOf(api: { url: string; token: string }): Promise<{ refused: number; heard: FleetHeard | null }> {
  const res = await fetch(`${api.url}/api/v1/status`, { headers: { authorization: `Bearer ${api.token}` } });
  const body = (await res.json()) as { fleet?: { watch: { refused: number; heard?: FleetHeard } } };
  return { refused: body.fleet?.watch.refused ?? NaN, heard: body.fleet?.watch.heard ?? null };
}

/** A fresh runner: seconds from its spawn until it holds `sites`, what it says of them, its tree's RSS (median, KB). */
async function freshRunner(brokerUrl: string, sites: number) {
  const fleet = { watch: true, brokerUrl, username: 'watcher', password: PASS.watcher };
  return withRunner(
    60,
    {},
    async (s: RunnerSession) => {
      const api = await s.api();
      while ((await heldSites(api)) < sites) {
        if (performance.now() - s.startedAt > 180_000) throw new Error(`fewer than ${sites} sites after 180 s`);
        await sleep(100);
      }
      const reachSec = round((performance.now() - s.startedAt) / 1000);
      let watch = await watchOf(api);
      while (watch.heard?.verdict === 'counting') {
        await sleep(500);
        watch = await watchOf(api);
      }
      await sleep(SETTLE_MS);
      const rssKB = median(await treeRssReadings(s.pid, READINGS, READ_EVERY_MS));
      return { reachSec, ...watch, rssKB };
    },
    { settings: { fleet } },
  );
}

async function publishSites(url: string, status: Parameters<typeof siteState>[0]): Promise<void> {
  const clients = await Promise.all(
    Array.from({ length: CONNECTIONS }, () =>
      mqtt.connectAsync(url, { username: 'fleetlab', password: PASS.fleetlab, reconnectPeriod: 0 }),
    ),
  );
  try {
    await Promise.all(
      Array.from({ length: SITES }, (_, i) => {
        const st = siteState(status, i);
        return clients[i % CONNECTIONS]!.publishAsync(
          siteTopic(FLEET_DEFAULT_PREFIX, st.site, 'state'),
          JSON.stringify(st),
          { qos: 1, retain: true },
        );
      }),
    );
  } finally {
    await Promise.all(clients.map((c) => c.endAsync()));
  }
}

export default async function fleetScaleBench(): Promise<Record<string, unknown> & { checks: Check[] }> {
  const broker = await startDocsBroker(PASS);
  try {
    // The floor: a fresh runner on the same broker with no site; its status is the states' model.
    const floor = await withRunner(60, {}, async (s) => {
      await sleep(SETTLE_MS);
      return { status: await s.status(), rssKB: median(await treeRssReadings(s.pid, READINGS, READ_EVERY_MS)) };
    });
    await publishSites(broker.url, floor.status);
    const m = await freshRunner(broker.url, SITES);
    const perSiteKB = round((m.rssKB - floor.rssKB) / SITES, 1);
    process.stderr.write(
      `fleet-scale: ${SITES} sites held ${m.reachSec} s after a fresh runner's spawn; refused ${m.refused}; ` +
        `heard ${JSON.stringify(m.heard)}; tree RSS ${round(m.rssKB / 1024, 1)} MB against ` +
        `${round(floor.rssKB / 1024, 1)} MB with none (${perSiteKB} KB a site)\n`,
    );
    const checks: Check[] = [
      atMost(`${SITES} retained sites held by a fresh watcher, from its spawn`, m.reachSec, TARGETS.reachSec, 's'),
      atMost(`sites refused of ${SITES}`, m.refused, TARGETS.refused, ''),
      atMost(`watcher tree RSS a site at ${SITES} (against none)`, perSiteKB, TARGETS.rssPerSiteKB, 'KB'),
    ];
    return {
      sites: SITES,
      reachSec: m.reachSec,
      refused: m.refused,
      heard: m.heard,
      rssKB: m.rssKB,
      floorKB: floor.rssKB,
      perSiteKB,
      checks,
    };
  } finally {
    await broker.stop();
  }
}
