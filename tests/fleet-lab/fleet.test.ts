/**
 * A fleet against Debian's real mosquitto with a password file and an ACL (broker.ts): two sites
 * run as real headless runners (one over TLS with the CA the lab made, its password given by
 * reference), a watcher runs the engine's fleet over the history store. The sites are seen with
 * their addresses, a change reaches the watcher, a SIGKILLed site and a cleanly stopped one are
 * each shown offline in time, a site using another's name is refused by the ACL, a state whose
 * name differs from its topic is flagged, a watcher that was away records what it missed, and no
 * password appears in anything published.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { systemClock } from '../../electron/engine/clock';
import { type Fleet, startFleet } from '../../electron/engine/fleet';
import { testFleet } from '../../electron/engine/fleet/probe';
import { createLogger } from '../../electron/engine/logger';
import { type HistoryStore, openHistoryStore } from '../../electron/engine/store';
import { fleetStateSchema } from '../../shared/contract/fleet';
import { fleetSettingsSchema } from '../../shared/settings/fleet';
import { cleanEnv, spawnHeadless } from '../helpers/headless';
import { until } from '../helpers/until';
import { startWorld, type World } from '../helpers/world';
import { type FleetBroker, fleetBrokerPeer, PREFIX, startFleetBroker } from './broker';

const A4 = '81.2.69.142';
const B4 = '81.2.69.222';
const KEEP_ALIVE_SEC = 5;
const SEED = Date.now();

console.log(`fleet lab seed ${SEED}`);
const PASSWORDS = {
  home: `home-pass-${SEED.toString(36)}`,
  office: `office-pass-${(SEED * 7).toString(36)}`,
  watcher: `watch-pass-${(SEED * 13).toString(36)}`,
};
const logger = createLogger('fleet-lab', { level: 'error', sink: () => undefined });

let broker: FleetBroker;
let world: World;
let store: HistoryStore;
let watcher: Fleet;
let sniffer: mqtt.MqttClient;
const heard: { topic: string; body: string; retain: boolean }[] = [];
const dirs: string[] = [];
const children: ChildProcess[] = [];

function watch(): Fleet {
  return startFleet({
    settings: fleetSettingsSchema.parse({
      watch: true,
      brokerUrl: broker.url,
      username: 'watcher',
      keepAliveSec: KEEP_ALIVE_SEC,
    }),
    password: PASSWORDS.watcher,
    state: () => {
      throw new Error('a watcher only publishes nothing');
    },
    store,
    clock: systemClock,
    logger,
    onChange: () => undefined,
  });
}

async function site(name: 'home' | 'office', tls: boolean): Promise<ChildProcess> {
  const dir = await mkdtemp(path.join(tmpdir(), `ipwatch-fleet-${name}-`));
  dirs.push(dir);
  const fleet = {
    publish: true,
    site: name,
    brokerUrl: tls ? broker.tlsUrl : broker.url,
    username: name,
    // One by reference (the environment), one as the value itself.
    password: tls ? { env: 'FLEET_PASSWORD' } : PASSWORDS[name],
    keepAliveSec: KEEP_ALIVE_SEC,
    ...(tls ? { caFile: broker.caFile } : {}),
  };
  const settings = { ...world.settings({ monitor: { intervalSec: 10, ipv6: false } }), fleet };
  await writeFile(path.join(dir, 'settings.json'), JSON.stringify(settings));
  const child = spawnHeadless(['--data-dir', dir], cleanEnv({ FLEET_PASSWORD: PASSWORDS[name] }));
  children.push(child);
  return child;
}

const siteOf = (f: Fleet, name: string) => f.site(name);
const exited = (c: ChildProcess) =>
  c.exitCode !== null || c.signalCode !== null ? Promise.resolve() : new Promise((r) => c.once('exit', r));

describe.skipIf(fleetBrokerPeer.skip)('a fleet over a real mosquitto', () => {
  let home: ChildProcess;
  let office: ChildProcess;

  beforeAll(async () => {
    broker = await startFleetBroker(PASSWORDS);
    world = await startWorld(A4);
    store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger });
    sniffer = await mqtt.connectAsync(broker.url, { username: 'watcher', password: PASSWORDS.watcher });
    sniffer.on('message', (topic, body, p) => heard.push({ topic, body: body.toString(), retain: p.retain }));
    await sniffer.subscribeAsync(`${PREFIX}/#`, { qos: 1 });
    watcher = watch();
    home = await site('home', true);
    office = await site('office', false);
  }, 60_000);

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await Promise.all(children.map(exited));
    await watcher?.close();
    await sniffer?.endAsync();
    await store?.close();
    await world?.close();
    await broker?.stop();
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('shows both sites with their addresses, not as this machine, and a change as it happens', async () => {
    await until(() => ['home', 'office'].every((n) => siteOf(watcher, n)?.state?.families?.v4?.ip === A4), {
      timeoutMs: 40_000,
      what: 'both sites seen with their address',
    });
    for (const n of ['home', 'office']) {
      const s = siteOf(watcher, n)!;
      expect(s).toMatchObject({ site: n, online: true, thisMachine: false, nameMismatch: null, unreadable: null });
      expect(s.state?.health?.state).toBeTypeOf('string');
      expect(s.state?.version).toBeTypeOf('string');
    }
    // A watched site never enters this machine's own history.
    expect(store.history().items).toEqual([]);
    expect(watcher.status().link.state).toBe('connected');

    world.setIp(B4, '2a02:1:2:3::5');
    await until(() => watcher.events('home', 50).some((e) => e.kind === 'changed'), {
      timeoutMs: 40_000,
      what: "home's change recorded",
    });
    const change = watcher.events('home', 50).find((e) => e.kind === 'changed')!;
    expect(change.changes).toContainEqual({ what: 'IPv4 address', from: A4, to: B4 });
    expect(change.whileAway).toBe(false);
    // The event follows the state it tells of.
    const event = () => heard.find((h) => h.topic === `${PREFIX}/home/event` && h.body.includes(B4));
    await until(() => event() !== undefined, { what: "home's event" });
    expect(event()!.retain).toBe(false);
  }, 90_000);

  it('shows a SIGKILLed site offline within 1.5 times the keep-alive, and a stopped one as stopped', async () => {
    const killedAt = Date.now();
    home.kill('SIGKILL');
    await until(() => siteOf(watcher, 'home')?.online === false, {
      timeoutMs: 1.5 * KEEP_ALIVE_SEC * 1000,
      what: 'home offline after SIGKILL',
    });
    const h = siteOf(watcher, 'home')!;
    expect(h.offlineReason).toBe('connection lost');
    // The will carries no state: the last one known stays.
    expect(h.state?.families?.v4?.ip).toBe(B4);
    expect(h.since).toBeGreaterThanOrEqual(killedAt);

    office.kill('SIGTERM');
    await until(() => siteOf(watcher, 'office')?.online === false, {
      timeoutMs: 1.5 * KEEP_ALIVE_SEC * 1000,
      what: 'office offline after a clean stop',
    });
    expect(siteOf(watcher, 'office')!.offlineReason).toBe('stopped');
    await exited(office);
    expect(office.exitCode).toBe(0);
    const kinds = watcher.events('office', 50).map((e) => e.kind);
    expect(kinds[0]).toBe('offline');
  }, 30_000);

  it("refuses a site that uses another's name, and flags a state whose name differs from its topic", async () => {
    const before = heard.filter((h) => h.topic === `${PREFIX}/home/state`).length;
    const intruder = startFleet({
      settings: fleetSettingsSchema.parse({
        publish: true,
        site: 'home',
        brokerUrl: broker.url,
        username: 'office',
        keepAliveSec: KEEP_ALIVE_SEC,
      }),
      password: PASSWORDS.office,
      state: () => fleetStateSchema.parse({ v: 1, site: 'home', online: true, at: Date.now() }),
      store,
      clock: systemClock,
      logger,
      onChange: () => undefined,
    });
    try {
      await until(() => /refused|not authori[sz]ed/i.test(intruder.status().link.error ?? ''), {
        what: 'the intruder refused',
      });
    } finally {
      await intruder.close();
    }
    expect(heard.filter((h) => h.topic === `${PREFIX}/home/state`).length).toBe(before);
    expect(siteOf(watcher, 'home')).toMatchObject({ online: false, offlineReason: 'connection lost' });

    const liar = await mqtt.connectAsync(broker.url, {
      username: 'office',
      password: PASSWORDS.office,
      protocolVersion: 5,
    });
    const lie = { v: 1, site: 'home', online: true, at: Date.now(), families: { v4: { ip: A4, since: 1 }, v6: null } };
    await liar.publishAsync(`${PREFIX}/office/state`, JSON.stringify(lie), { qos: 1, retain: true });
    await liar.endAsync();
    await until(() => siteOf(watcher, 'office')?.nameMismatch === 'home', { what: 'the mismatch flagged' });
    expect(watcher.events('office', 50).map((e) => e.kind)).toContain('mismatch');
  }, 30_000);

  it('records on reconnecting what changed while the watcher was away', async () => {
    await watcher.close();
    // While no watcher listens, office comes back.
    const from = heard.length;
    office = await site('office', false);
    const republished = () =>
      heard.slice(from).some((h) => h.topic === `${PREFIX}/office/state` && h.body.includes(`"ip":"${B4}"`));
    await until(republished, {
      timeoutMs: 40_000,
      what: 'office published again',
    });
    watcher = watch();
    await until(() => siteOf(watcher, 'office')?.online === true && siteOf(watcher, 'office')?.nameMismatch === null, {
      what: 'office back online for the new watcher',
    });
    // The retained state told the latest: its difference from what the history held is recorded as missed.
    const missed = watcher.events('office', 50).find((e) => e.kind === 'changed')!;
    expect(missed.whileAway).toBe(true);
    expect(missed.changes).toContainEqual(expect.objectContaining({ what: 'IPv4 address', to: B4 }));
    // It started from what the history kept: home is still known, offline.
    expect(siteOf(watcher, 'home')).toMatchObject({ online: false, state: { families: { v4: { ip: B4 } } } });
  }, 60_000);

  it('Test says what the broker lets each user do', async () => {
    const test = (over: Record<string, unknown>, password: string) =>
      testFleet(fleetSettingsSchema.parse({ brokerUrl: broker.url, ...over }), password, systemClock);
    // The ACL lets a site write its own topics and read none; the watcher reads both sites kept.
    expect(await test({ publish: true, site: 'office', username: 'office' }, PASSWORDS.office)).toMatchObject({
      ok: true,
      publish: { ok: true, detail: 'can publish under ipwatch/fleet/office/' },
      read: { detail: 'reads 0 sites kept on the broker under ipwatch/fleet/' },
    });
    expect(await test({ watch: true, username: 'watcher' }, PASSWORDS.watcher)).toMatchObject({
      ok: true,
      publish: null,
      read: { ok: true, detail: 'reads 2 sites kept on the broker under ipwatch/fleet/' },
    });
    const intruder = await test({ publish: true, site: 'home', username: 'office' }, PASSWORDS.office);
    expect(intruder).toMatchObject({ ok: false, publish: { ok: false } });
    expect(intruder.publish?.detail).toMatch(/^the broker refused to take ipwatch\/fleet\/home\/: its ACL/);
    const wrong = await test({ watch: true, username: 'watcher' }, 'not-the-password');
    expect(wrong).toMatchObject({ ok: false, publish: null, read: null });
    expect(!wrong.ok && wrong.error).toMatch(/^the broker refused the user name or password/);
    const noCa = await test({ watch: true, username: 'watcher', brokerUrl: broker.tlsUrl }, PASSWORDS.watcher);
    expect(!noCa.ok && noCa.error).toMatch(/^the broker’s certificate is not signed by a trusted CA: name its CA file/);
    const tls = { watch: true, username: 'watcher', brokerUrl: broker.tlsUrl, caFile: broker.caFile };
    expect(await test(tls, PASSWORDS.watcher)).toMatchObject({ ok: true });
  });

  it('never publishes a password, retained or not', async () => {
    const retained = await mqtt.connectAsync(broker.url, { username: 'watcher', password: PASSWORDS.watcher });
    const kept: string[] = [];
    retained.on('message', (_t, body, p) => p.retain && kept.push(body.toString()));
    await retained.subscribeAsync(`${PREFIX}/#`, { qos: 1 });
    await until(() => kept.length >= 2, { what: 'the retained states' });
    await retained.endAsync();
    expect(heard.length).toBeGreaterThan(4);
    for (const body of [...kept, ...heard.map((h) => h.body)])
      for (const secret of Object.values(PASSWORDS)) expect(body).not.toContain(secret);
  });
});
