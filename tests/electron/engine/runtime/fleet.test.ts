/**
 * The runtime's fleet part against Debian's real mosquitto: a runner that publishes its site and
 * watches the fleet shows itself as this machine, answers getSites and getSite as the contract
 * types them (404 for a site it does not watch), gives Prometheus its series per site, publishes
 * a change and, at a clean stop, itself offline; and no secret of its settings (channels' tokens,
 * the API token, the heartbeat's key, the broker password given by reference) is in anything it
 * published.
 */
import mqtt from 'mqtt';
import { afterEach, expect, it } from 'vitest';

import { createMetrics } from '../../../../electron/engine/api/metrics/metrics';
import { systemClock } from '../../../../electron/engine/clock';
import { createLogger } from '../../../../electron/engine/logger';
import { createRuntime, type Runtime } from '../../../../electron/engine/runtime';
import { resolveSecretRefs } from '../../../../electron/engine/secrets/resolve';
import { openHistoryStore } from '../../../../electron/engine/store';
import { api, ApiError } from '../../../../shared/contract';
import { type Broker, mosquittoPeer, startMosquitto } from '../../../fixtures/notify/mosquitto';
import { settingsFrom } from '../../../helpers/engine';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';

const A4 = '81.2.69.142';
const B4 = '81.2.69.222';
const FLEET_PASSWORD = 'fleet-broker-password-5150';
const secrets = { env: { FLEET_PASS: FLEET_PASSWORD }, readFile: () => '' };
const call = { actor: 'test' };

let world: World | null = null;
let broker: Broker | null = null;
let runtime: Runtime | null = null;
let sniffer: mqtt.MqttClient | null = null;

afterEach(async () => {
  await runtime?.close();
  await sniffer?.endAsync();
  await Promise.all([world?.close(), broker?.stop()]);
  runtime = world = broker = sniffer = null;
});

it.skipIf(mosquittoPeer.skip)(
  'publishes its site, watches it as this machine, answers the contract and keeps every secret out',
  async () => {
    world = await startWorld(A4);
    broker = await startMosquitto();
    const heard: { topic: string; body: string; retain: boolean }[] = [];
    sniffer = await mqtt.connectAsync(broker.url);
    sniffer.on('message', (topic, body, p) => heard.push({ topic, body: body.toString(), retain: p.retain }));
    await sniffer.subscribeAsync('#', { qos: 1 });

    const raw = {
      ...world.settings({ monitor: { ipv6: false } }),
      api: { token: 'api-token-0123456789abcdef' },
      heartbeat: { url: 'https://hc-ping.com/5b8e0a4c-0000-4000-8000-123456789abc' },
      notifications: {
        channels: [
          { id: 'gotify', type: 'gotify', url: 'http://127.0.0.1:9', token: 'GotifyAppToken-77' },
          {
            id: 'tg',
            type: 'telegram',
            token: '123456:TelegramSecretPart-xyz',
            chatId: 1,
            apiBase: 'http://127.0.0.1:9',
          },
        ],
      },
      fleet: {
        publish: true,
        watch: true,
        site: 'home',
        brokerUrl: broker.url,
        username: 'home',
        password: { env: 'FLEET_PASS' },
        keepAliveSec: 5,
      },
    };
    const settings = settingsFrom(raw);
    const logger = createLogger('test', { level: 'error', sink: () => undefined });
    const store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger });
    runtime = createRuntime({ settings, store, logger, version: 'test', secrets });
    const rt = runtime;
    // The page and the runner's lines hear of a watched site's change through the parts' onChange.
    let told = 0;
    rt.features.onChange(() => (told += 1));
    await runtime.start();
    const sites = () => rt.features.handlers.getSites({ limit: 100 }, call);

    await until(async () => (await sites()).sites[0]?.state?.families.v4?.ip === A4, {
      timeoutMs: 20_000,
      what: 'its own site watched',
    });
    await until(() => told > 0, { what: 'the status said changed' });
    const answer = await sites();
    expect(api.getSites.output.parse(answer)).toEqual(answer);
    expect(answer).toMatchObject({ watching: true, sites: [{ site: 'home', thisMachine: true, online: true }] });
    expect(rt.status().fleet).toMatchObject({
      link: { state: 'connected', error: null },
      publish: { site: 'home' },
      watch: { summary: { sites: 1, online: 1, offline: 0, unknown: 0 } },
    });

    const metrics = await createMetrics(
      () => rt.status(),
      'test',
      async () => (await sites()).sites,
    ).text();
    expect(metrics).toContain('ipwatch_fleet_site_up{site="home"} 1');
    expect(metrics).toMatch(/ipwatch_fleet_site_last_seen_seconds\{site="home"\} \d+/);

    world.setIp(B4, '2a02:1:2:3::5');
    await rt.runOnce(0);
    await until(() => heard.some((h) => h.topic === 'ipwatch/fleet/home/event' && h.body.includes(B4)), {
      what: 'the change published',
    });
    await until(
      async () =>
        (await rt.features.handlers.getSite(api.getSite.input.parse({ name: 'home' }), call)).events.some(
          (e) => e.kind === 'changed',
        ),
      {
        what: 'the change recorded',
      },
    );
    const detail = await rt.features.handlers.getSite(api.getSite.input.parse({ name: 'home', limit: '5' }), call);
    expect(api.getSite.output.parse(detail)).toEqual(detail);
    await expect(rt.features.handlers.getSite({ name: 'office', limit: 5 }, call)).rejects.toEqual(
      new ApiError(404, 'no site "office" is watched'),
    );

    await rt.close();
    runtime = null;
    const last = heard.filter((h) => h.topic === 'ipwatch/fleet/home/state').at(-1)!;
    expect(JSON.parse(last.body)).toMatchObject({ site: 'home', online: false, reason: 'stopped' });

    const resolved = resolveSecretRefs(raw as Record<string, unknown>, secrets);
    if (!resolved.ok) throw new Error(resolved.reason);
    const known = [...resolved.secrets, FLEET_PASSWORD];
    expect(known).toEqual(expect.arrayContaining(['GotifyAppToken-77', 'api-token-0123456789abcdef', FLEET_PASSWORD]));
    const published = heard.filter((h) => h.topic.startsWith('ipwatch/fleet/'));
    expect(published.length).toBeGreaterThan(3);
    for (const h of published) for (const s of known) expect(h.body, h.topic).not.toContain(s);
  },
  60_000,
);

it.skipIf(mosquittoPeer.skip)(
  'goes on monitoring while the broker is down, and publishes its site again when it is back',
  async () => {
    world = await startWorld(A4);
    broker = await startMosquitto();
    const port = broker.port;
    const logger = createLogger('test', { level: 'error', sink: () => undefined });
    const store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger });
    const fleet = { publish: true, site: 'home', brokerUrl: broker.url, keepAliveSec: 5 };
    runtime = createRuntime({
      settings: settingsFrom({ ...world.settings({ monitor: { ipv6: false } }), fleet }),
      store,
      logger,
      version: 'test',
    });
    await runtime.start();
    const rt = runtime;
    await until(() => rt.status().fleet?.publish.lastPublishedAt != null, { what: 'the first state published' });

    await broker.stop();
    await until(() => rt.status().fleet?.link.state === 'failing', { what: 'the link failing' });
    expect(rt.status().fleet?.link.error).toBe('the connection to the broker was lost');
    // Monitoring never waits for the broker.
    world.setIp(B4, '2a02:1:2:3::5');
    const report = await rt.runOnce(0);
    expect(report.families.v4?.ip).toBe(B4);

    // The same port again, with nothing retained (no persistence): the site publishes itself anew.
    broker = await startMosquitto(port);
    sniffer = await mqtt.connectAsync(broker.url);
    const states: string[] = [];
    sniffer.on('message', (_t, body) => states.push(body.toString()));
    await sniffer.subscribeAsync('ipwatch/fleet/home/state', { qos: 1 });
    await until(() => states.some((b) => b.includes(B4) && b.includes('"online":true')), {
      timeoutMs: 20_000,
      what: 'the state published again after the reconnect',
    });
    expect(rt.status().fleet?.link).toMatchObject({ state: 'connected', error: null });
  },
  60_000,
);

it.skipIf(mosquittoPeer.skip)(
  'a site renamed: the old link stops on the old topic under the old name, the new one publishes on the new',
  async () => {
    world = await startWorld(A4);
    broker = await startMosquitto();
    const logger = createLogger('test', { level: 'error', sink: () => undefined });
    const store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger });
    const raw = world.settings({ monitor: { ipv6: false } });
    const fleet = (site: string) => ({ publish: true, site, brokerUrl: broker!.url, keepAliveSec: 5 });
    runtime = createRuntime({
      settings: settingsFrom({ ...raw, fleet: fleet('home') }),
      store,
      logger,
      version: 'test',
    });
    await runtime.start();
    const rt = runtime;
    await until(() => rt.status().fleet?.publish.lastPublishedAt != null, { what: 'home published' });

    await rt.updateSettings(settingsFrom({ ...raw, fleet: fleet('office') }));
    await until(() => rt.status().fleet?.publish.lastPublishedAt != null, { what: 'office published' });
    // What the broker keeps under each topic, as a watcher connecting now would read it.
    sniffer = await mqtt.connectAsync(broker.url);
    const kept = new Map<string, { site: string; online: boolean; reason: string | null }>();
    sniffer.on('message', (topic, body, p) => {
      if (p.retain) kept.set(topic, JSON.parse(body.toString()) as { site: string; online: boolean; reason: null });
    });
    await sniffer.subscribeAsync('ipwatch/fleet/+/state', { qos: 1 });
    await until(() => kept.size === 2, { what: 'both retained states read' });
    expect(kept.get('ipwatch/fleet/home/state')).toMatchObject({ site: 'home', online: false, reason: 'stopped' });
    expect(kept.get('ipwatch/fleet/office/state')).toMatchObject({ site: 'office', online: true });
  },
  60_000,
);
