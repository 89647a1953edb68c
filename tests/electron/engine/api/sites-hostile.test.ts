/**
 * A hostile site's state through a real broker to the API (issue 73), from outside: the real
 * headless runner watches a real mosquitto (tests/fleet-lab/broker.ts: the docs' password file and
 * ACL), where a site publishes, as its own user, a state whose `ip` is markup, whose names and
 * labels hold a right-to-left override, NUL, other controls, bidi isolates and non-characters,
 * and whose IPv6 slot holds an IPv4 address. `GET /api/v1/sites` and `GET /api/v1/sites/site`
 * show no non-address as an address and no control or bidi character (this file's own list of
 * them), and count the values refused; a plain site beside it is shown as sent, nothing refused.
 */
import { isIP } from 'node:net';

import mqtt from 'mqtt';
import { afterAll, beforeAll, expect, it } from 'vitest';

import type { FleetSite, SiteDetail, Sites } from '../../../../shared/contract/fleet';
import { type FleetBroker, fleetBrokerPeer, PREFIX, startFleetBroker } from '../../../fleet-lab/broker';
import { type LabSite, startLabSite } from '../../../fleet-lab/site';
import { type ApiRunner, openEvents, startApiRunner } from '../../../helpers/api-runner';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';

const SEED = Date.now();
console.log(`sites hostile seed ${SEED}`);
const pass = (name: string) => `${name}-pass-${SEED.toString(36)}`;
/** What may never reach a reader as sent: controls, bidi marks and overrides, non-characters. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]/u;

/** A state no IPWatch writes: every value of it a site's, and most of them hostile. */
const hostile = () => ({
  v: 1,
  site: 'evil\u202e',
  online: true,
  reason: null,
  families: {
    v4: {
      ip: '<img src=x onerror=alert(1)>',
      since: Date.now(),
      identity: { asn: 1, org: 'Evil\u0000Corp', country: '\u202eSU', vpn: null },
    },
    v6: { ip: '81.2.69.142', since: Date.now(), identity: null },
  },
  health: { state: 'pwned', label: 'Healthy \u2066— your admin token expired\u2069' },
  nat: { verdict: 'public', label: 'Public\u001b[31m' },
  ddns: [{ name: 'a\u200e.example.org', type: 'A', state: 'ok\u0007' }],
  monitors: [{ name: 'm\ufdd0', state: 'up' }],
  version: '9.9\u061c',
  at: Date.now(),
  instance: null,
});
/** A site user (and so its topic level) whose name holds a right-to-left override: mosquitto takes it. */
const BIDI_NAME = 'gnp.exe\u202e';

/** The values above that are refused: two addresses, org, country, label, NAT label, DNS name and state, monitor, version, site. */
const REFUSED = 11;

let world: World;
let broker: FleetBroker;
let runner: ApiRunner;
let home: LabSite;

beforeAll(async () => {
  if (fleetBrokerPeer.skip) return;
  world = await startWorld();
  broker = await startFleetBroker(Object.fromEntries(['watcher', 'home', 'evil', BIDI_NAME].map((n) => [n, pass(n)])));
  const fleet = { watch: true, brokerUrl: broker.url, username: 'watcher', password: pass('watcher') };
  runner = await startApiRunner({ world, settings: { fleet } });
}, 60_000);

afterAll(async () => {
  await home?.end();
  await runner?.stop();
  await Promise.all([world?.close(), broker?.stop()]);
});

/** Every string in `v`, with its path. */
function strings(v: unknown, path = ''): [string, string][] {
  if (typeof v === 'string') return [[path, v]];
  if (Array.isArray(v)) return v.flatMap((x, i) => strings(x, `${path}[${i}]`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => strings(x, `${path}.${k}`));
  return [];
}

function expectShownSafe(body: unknown): void {
  for (const [path, t] of strings(body)) expect(FORBIDDEN.test(t), `${path}: ${JSON.stringify(t)}`).toBe(false);
  for (const site of strings(body).filter(([p]) => /\.families\.v[46]\.ip$/.test(p)))
    expect(isIP(site[1]), `${site[0]}: ${site[1]}`).toBe(site[0].endsWith('v4.ip') ? 4 : 6);
}

it.skipIf(fleetBrokerPeer.skip)(
  'a hostile state shows no non-address as an address and no control or bidi character; the refusals counted',
  async () => {
    const events = await openEvents(runner);
    home = await startLabSite(broker, 'home', pass('home'), '81.2.69.142');
    const evil = await mqtt.connectAsync(broker.url, { username: 'evil', password: pass('evil'), reconnectPeriod: 0 });
    await evil.publishAsync(`${PREFIX}/evil/state`, JSON.stringify(hostile()), { qos: 1, retain: true });
    const heard = new Set<string>();
    while (!heard.has('evil') || !heard.has('home')) {
      const e = await events.next((x) => x.type === 'sites', 20_000);
      for (const n of (e.data.sites as string[] | null) ?? ['evil', 'home']) heard.add(n);
    }

    const res = await runner.fetch('/api/v1/sites');
    expect(res.status).toBe(200);
    const sites = (await res.json()) as Sites;
    expectShownSafe(sites);
    const bad = sites.sites.find((s) => s.site === 'evil') as FleetSite;
    expect(bad.state?.families.v4?.ip).toBeNull();
    expect(bad.state?.families.v6?.ip).toBeNull();
    expect(bad.state?.health?.label).toBe('Healthy \ufffd— your admin token expired\ufffd');
    expect(bad.nameMismatch).toBe('evil\ufffd');
    expect(bad.refusedValues).toBe(REFUSED);
    const good = sites.sites.find((s) => s.site === 'home') as FleetSite;
    expect(good.state?.families.v4?.ip).toBe('81.2.69.142');
    expect(good.refusedValues ?? 0).toBe(0);

    // Published again: counted again, per site.
    await evil.publishAsync(`${PREFIX}/evil/state`, JSON.stringify({ ...hostile(), at: Date.now() + 1 }), {
      qos: 1,
      retain: true,
    });
    const read = async (): Promise<SiteDetail> => {
      const one = await runner.fetch('/api/v1/sites/site?name=evil');
      expect(one.status).toBe(200);
      return (await one.json()) as SiteDetail;
    };
    await until(async () => (await read()).site.refusedValues !== REFUSED, {
      timeoutMs: 20_000,
      what: "the second state's refusals counted",
    });
    const detail = await read();

    expectShownSafe(detail);
    expect(detail.site.refusedValues).toBe(2 * REFUSED);
    expect(detail.events.map((e) => e.kind)).toContain('mismatch');
    await evil.endAsync();
  },
  60_000,
);

it.skipIf(fleetBrokerPeer.skip)(
  'a site whose name (its topic level) holds a bidi character is never held nor shown, and is counted',
  async () => {
    const sly = await mqtt.connectAsync(broker.url, {
      username: BIDI_NAME,
      password: pass(BIDI_NAME),
      reconnectPeriod: 0,
    });
    await sly.publishAsync(`${PREFIX}/${BIDI_NAME}/state`, JSON.stringify({ ...hostile(), site: BIDI_NAME }), {
      qos: 1,
      retain: true,
    });
    const badNames = async () => {
      const res = await runner.fetch('/api/v1/status');
      expect(res.status).toBe(200);
      return ((await res.json()) as { fleet: { watch: { badNames?: number } } }).fleet.watch.badNames ?? 0;
    };
    await until(async () => (await badNames()) >= 1, { timeoutMs: 20_000, what: 'the bad name counted' });
    const sites = (await (await runner.fetch('/api/v1/sites')).json()) as Sites;
    expect(sites.sites.map((x) => x.site)).not.toContain(BIDI_NAME);
    expect(sites.badNames).toBeGreaterThanOrEqual(1);
    expectShownSafe(sites);
    await sly.endAsync();
  },
  60_000,
);
