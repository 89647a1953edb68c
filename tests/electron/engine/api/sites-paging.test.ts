/**
 * `GET /api/v1/sites` a page at a time, from outside (issue 61): the real headless runner watching
 * a real mosquitto (tests/fleet-lab/broker.ts), sites that publish as their own users. The first
 * page holds the fleet's summary and the cursor of the next; the next page starts after the
 * cursor; the last says there is none after it; a bad page size is refused in words; a site added
 * between two pages is neither read twice nor makes another missed, and one added before the
 * cursor is named by the live stream's `sites` word.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';

import type { Sites } from '../../../../shared/contract/fleet';
import { type FleetBroker, fleetBrokerPeer, startFleetBroker } from '../../../fleet-lab/broker';
import { type LabSite, startLabSite } from '../../../fleet-lab/site';
import { type ApiRunner, openEvents, startApiRunner } from '../../../helpers/api-runner';
import { startWorld, type World } from '../../../helpers/world';

const SEED = Date.now();
console.log(`sites paging seed ${SEED}`);
const pass = (name: string) => `${name}-pass-${SEED.toString(36)}`;
const FIRST = ['site-a', 'site-c', 'site-e', 'site-g'];
const LATER = ['site-b', 'site-d'];

let world: World;
let broker: FleetBroker;
let runner: ApiRunner;
const sites: LabSite[] = [];

beforeAll(async () => {
  if (fleetBrokerPeer.skip) return;
  world = await startWorld();
  broker = await startFleetBroker(Object.fromEntries(['watcher', ...FIRST, ...LATER].map((n) => [n, pass(n)])));
  const fleet = { watch: true, brokerUrl: broker.url, username: 'watcher', password: pass('watcher') };
  runner = await startApiRunner({ world, settings: { fleet } });
}, 60_000);

afterAll(async () => {
  await Promise.all(sites.map((s) => s.end()));
  await runner?.stop();
  await Promise.all([world?.close(), broker?.stop()]);
});

const page = async (query: string): Promise<Sites> => {
  const res = await runner.fetch(`/api/v1/sites${query}`);
  expect(res.status, query).toBe(200);
  return (await res.json()) as Sites;
};
const names = (p: Sites) => p.sites.map((s) => s.site);

/** Starts the sites and waits for the live stream to name each of them. */
async function publish(events: Awaited<ReturnType<typeof openEvents>>, list: string[]): Promise<void> {
  sites.push(...(await Promise.all(list.map((n, i) => startLabSite(broker, n, pass(n), `198.51.100.${i + 1}`)))));
  const named = new Set<string>();
  while (!list.every((n) => named.has(n))) {
    const e = await events.next((x) => x.type === 'sites', 20_000);
    for (const n of (e.data.sites as string[] | null) ?? list) named.add(n);
  }
}

it.skipIf(fleetBrokerPeer.skip)(
  'pages the sites by name from a cursor: first, next, last, a bad size refused, a site added between pages',
  async () => {
    const events = await openEvents(runner);
    await publish(events, FIRST);

    const first = await page('?limit=2');
    expect(first).toMatchObject({ watching: true, total: 4, next: 'site-c' });
    expect(first.summary).toEqual({ sites: 4, online: 4, offline: 0, unknown: 0, changedRecently: 0 });
    expect(names(first)).toEqual(['site-a', 'site-c']);
    // No size: the page of 100, every site of this fleet, none after it.
    expect(await page('')).toMatchObject({ total: 4, next: null });

    // Two sites come between the pages: one before the cursor, one after it.
    await publish(events, LATER);
    const next = await page(`?limit=2&after=${first.next}`);
    // Neither site-c repeated (as an offset of 2 would have: site-b moved it down) nor site-e missed.
    expect(names(next)).toEqual(['site-d', 'site-e']);
    expect(next).toMatchObject({ total: 6, next: 'site-e' });
    expect(next.summary.sites).toBe(6);
    const last = await page(`?limit=2&after=${next.next}`);
    expect(names(last)).toEqual(['site-g']);
    expect(last.next).toBeNull();
    // The one before the cursor was named by the live word; the first page read again has it.
    expect(names(await page('?limit=2'))).toEqual(['site-a', 'site-b']);
    expect(names(await page('?limit=10&find=SITE-E'))).toEqual(['site-e']);

    for (const [limit, words] of [
      ['501', 'limit: a page holds at most 500 sites'],
      ['0', 'limit: a page holds at least 1 site'],
      ['ten', 'limit: the page size must be a number of sites'],
    ]) {
      const res = await runner.fetch(`/api/v1/sites?limit=${limit}`);
      expect(res.status, limit).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe(words);
    }
    events.close();
  },
  90_000,
);
