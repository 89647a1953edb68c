/**
 * The fleet's live word through the real headless runner's API (issue 51): a runner watching a
 * real mosquitto (tests/fleet-lab/broker.ts) tells an SSE client which sites changed, a burst of
 * sites in few words (gathered over 250 ms) and a site's will at once; its status carries the
 * fleet's counts, never a row per site, while GET /sites and /metrics have every site. The
 * Settings page's Test connects with the fleet as edited, the stored password carried only to the
 * stored broker.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, expect, it } from 'vitest';

import { type AppStatus } from '../../../../shared/contract';
import { SITES_EVENT_NAMES_MAX } from '../../../../shared/contract/fleet';
import { apiEventSchema } from '../../../../shared/contract/status';
import { type FleetBroker, fleetBrokerPeer, startFleetBroker } from '../../../fleet-lab/broker';
import { type LabSite, startLabSite } from '../../../fleet-lab/site';
import { type ApiRunner, openEvents, startApiRunner } from '../../../helpers/api-runner';
import { startWorld, type World } from '../../../helpers/world';

const SEED = Date.now();
console.log(`fleet live seed ${SEED}`);
const pass = (name: string) => `${name}-pass-${SEED.toString(36)}`;
const BURST = Array.from({ length: 30 }, (_, i) => `branch-${String(i).padStart(2, '0')}`);

let world: World;
let broker: FleetBroker;
let runner: ApiRunner;
const sites: LabSite[] = [];
let fleet: Record<string, unknown>;

beforeAll(async () => {
  if (fleetBrokerPeer.skip) return;
  world = await startWorld();
  broker = await startFleetBroker({
    watcher: pass('watcher'),
    office: pass('office'),
    ...Object.fromEntries(BURST.map((n) => [n, pass(n)])),
  });
  fleet = { watch: true, brokerUrl: broker.url, username: 'watcher', password: pass('watcher') };
  runner = await startApiRunner({ world, settings: { fleet } });
}, 60_000);

afterAll(async () => {
  await Promise.all(sites.map((s) => s.end()));
  await runner?.stop();
  await Promise.all([world?.close(), broker?.stop()]);
});

const json = async <T>(path: string): Promise<T> => {
  const res = await runner.fetch(`/api/v1${path}`);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
};

it.skipIf(fleetBrokerPeer.skip)(
  'says which sites changed, a burst in few words, a will at once; the status keeps counts only',
  async () => {
    const events = await openEvents(runner);
    const office = await startLabSite(broker, 'office', pass('office'), '203.0.113.9');
    sites.push(office);
    const first = await events.next((e) => e.type === 'sites', 20_000);
    expect(apiEventSchema.parse(first.data)).toEqual(first.data);
    expect(first.data).toEqual({ type: 'sites', at: expect.any(Number), sites: ['office'] });
    const listed = await json<{ watching: boolean; sites: { site: string; online: boolean }[] }>('/sites');
    expect(listed).toMatchObject({ watching: true, sites: [{ site: 'office', online: true }] });

    // Thirty sites at once: each named, in fewer words than sites (one word per 250 ms at most).
    const before = events.events.length;
    sites.push(...(await Promise.all(BURST.map((n, i) => startLabSite(broker, n, pass(n), `198.51.100.${i + 1}`)))));
    const named = new Set<string>();
    while (!BURST.every((n) => named.has(n))) {
      const e = await events.next((x) => x.type === 'sites', 20_000);
      const names = e.data.sites as string[] | null;
      expect(names === null || names.length <= SITES_EVENT_NAMES_MAX).toBe(true);
      for (const n of names ?? BURST) named.add(n);
    }
    const words = events.events.slice(before).filter((e) => e.type === 'sites');
    expect(words.length).toBeLessThan(BURST.length);

    const status = await json<AppStatus>('/status');
    expect(status.fleet!.watch).toEqual({
      enabled: true,
      // Each site was only first seen: no change of address.
      summary: { sites: 31, online: 31, offline: 0, unknown: 0, changedRecently: 0 },
      refused: 0,
      badNames: 0,
      // Published after it subscribed: no retained state among them (its verdict waits on the broker's $SYS figures).
      heard: expect.objectContaining({ retained: 0 }),
      twoRunners: [],
    });
    expect(JSON.stringify(status)).not.toContain('branch-');
    const metrics = await (await runner.fetch('/metrics')).text();
    expect(metrics).toContain('ipwatch_fleet_site_up{site="office"} 1');
    expect(metrics).toContain('ipwatch_fleet_site_up{site="branch-29"} 1');

    // The office's connection dies: the broker publishes its will, and the stream names it.
    office.die();
    const gone = await events.next((e) => e.type === 'sites' && (e.data.sites as string[]).includes('office'), 20_000);
    expect(gone.data.sites).toEqual(['office']);
    const detail = await json<{ site: { online: boolean; offlineReason: string } }>('/sites/site?name=office');
    expect(detail.site).toMatchObject({ online: false, offlineReason: 'connection lost' });
    expect((await json<AppStatus>('/status')).fleet!.watch.summary).toMatchObject({ online: 30, offline: 1 });
    events.close();
  },
  90_000,
);

/** The CLI's proof that it runs on this host: the dangerous-change rule lets its calls through (secret-destination.test.ts). */
const onHost = (): Record<string, string> => {
  const file = path.join(runner.dataDir, 'host-proof');
  return existsSync(file) ? { 'x-ipwatch-host-proof': readFileSync(file, 'utf8').trim() } : {};
};
const testFleet = (body: unknown) =>
  runner.fetch('/api/v1/fleet/test', { method: 'POST', json: body, headers: onHost() });

it.skipIf(fleetBrokerPeer.skip)(
  'tests the fleet as edited: the stored password kept for the stored broker, refused for another',
  async () => {
    const saved = await testFleet({});
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ ok: true, read: { ok: true } });
    // The edit publishes as 'office': the watcher's user may not (the ACL), and the Test says so.
    const kept = { ...fleet, password: { set: true } };
    const asOffice = await testFleet({ fleet: { ...kept, publish: true, site: 'office' } });
    expect(asOffice.status).toBe(200);
    expect(await asOffice.json()).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^signed in to mqtt:\/\/127\.0\.0\.1:\d+; .*ipwatch\/fleet\/office\//),
      publish: { ok: false },
    });
    const asWatcher = await testFleet({ fleet: { ...kept, publish: true, site: 'watcher' } });
    expect(await asWatcher.json()).toMatchObject({
      ok: true,
      detail: expect.stringContaining('can publish under ipwatch/fleet/watcher/'),
      publish: { ok: true },
    });
    // Another broker host never gets the stored password: refused in words, nothing sent.
    const port = new URL(broker.url).port;
    const elsewhere = { fleet: { ...kept, brokerUrl: `mqtt://localhost:${port}` } };
    // A caller the dangerous-change rule does not let through is stopped first (issue 50): 403.
    const plain = await runner.fetch('/api/v1/fleet/test', { method: 'POST', json: elsewhere });
    expect(plain.status).toBe(403);
    const moved = await testFleet(elsewhere);
    expect(moved.status).toBe(400);
    expect(((await moved.json()) as { error: { message: string } }).error.message).toBe(
      "password: enter the password again: the fleet's broker address changed (was 127.0.0.1, now localhost)",
    );
    const wrong = await testFleet({ fleet: { ...fleet, password: 'not-the-password' } });
    expect(await wrong.json()).toMatchObject({ ok: false, publish: null, read: null });
    const unreadable = await testFleet({ fleet: { ...kept, keepAliveSec: 'soon' } });
    expect(await unreadable.json()).toMatchObject({ ok: false, error: expect.stringContaining('keepAliveSec') });
  },
  60_000,
);
