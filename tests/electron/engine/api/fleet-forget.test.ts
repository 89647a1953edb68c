/**
 * POST /sites/forget through the real API server (issue 59): a change (access `write`, declared by
 * the contract's `mutates`), so a viewer is refused in words; an unknown site is a 404 in words;
 * an admin forgets a site the runner watches on Debian's real mosquitto: gone from GET /sites and
 * GET /sites/site, while the broker still keeps its retained state (never deleted); and it comes
 * back when it publishes again.
 */
import mqtt from 'mqtt';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { type Broker, mosquittoPeer, startMosquitto } from '../../../fixtures/notify/mosquitto';
import { type ApiServer, errorMessage, startApiServer } from '../../../helpers/api-server';
import { fleetState } from '../../../helpers/fleet-state';
import { until } from '../../../helpers/until';

const TOPIC = 'ipwatch/fleet/office/state';
let broker: Broker;
let server: ApiServer<'admin' | 'viewer'>;
let office: mqtt.MqttClient;

beforeAll(async () => {
  if (mosquittoPeer.skip) return;
  broker = await startMosquitto();
  server = await startApiServer({
    name: 'fleet-forget',
    settings: { fleet: { watch: true, brokerUrl: broker.url } },
    tokens: [
      ['admin', 'admin', 'the-admin'],
      ['viewer', 'viewer', 'a-viewer'],
    ],
  });
  office = await mqtt.connectAsync(broker.url);
}, 30_000);

afterAll(async () => {
  await office?.endAsync(true);
  await server?.close();
  await broker?.stop();
});

const publish = (ip: string) =>
  office.publishAsync(TOPIC, JSON.stringify(fleetState('office', Date.now(), { ip, since: Date.now() })), {
    qos: 1,
    retain: true,
  });
const listed = async () => {
  const res = await server.call('/sites', server.tokens.viewer);
  return ((await res.json()) as { sites: { site: string }[] }).sites.map((s) => s.site);
};
const forget = (name: string, token: string) => server.call('/sites/forget', token, { json: { name } });

it.skipIf(mosquittoPeer.skip)(
  'forgets a site on an admin word, in words, leaving the broker alone',
  async () => {
    await publish('203.0.113.7');
    await until(async () => (await listed()).includes('office'), { timeoutMs: 20_000, what: 'office watched' });

    const refused = await forget('office', server.tokens.viewer);
    expect(refused.status).toBe(403);
    expect(await errorMessage(refused)).toMatch(/a viewer reads everything and changes nothing/);
    expect(await listed()).toContain('office');

    const unknown = await forget('nowhere', server.tokens.admin);
    expect(unknown.status).toBe(404);
    expect(await errorMessage(unknown)).toBe('no site "nowhere" is watched, so there is none to forget');

    const bad = await server.call('/sites/forget', server.tokens.admin, { json: { site: 'office' } });
    expect(bad.status).toBe(400);

    const done = await forget('office', server.tokens.admin);
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({
      site: 'office',
      detail: 'forgot the site "office" and its events on this runner; it comes back when it publishes again',
      reason: { code: 'reason.fleet.forgot', values: { name: 'office' } },
    });
    expect(await listed()).not.toContain('office');
    expect((await server.call('/sites/site?name=office', server.tokens.viewer)).status).toBe(404);

    // The broker still keeps office's state: forgetting is this runner's alone.
    const reader = await mqtt.connectAsync(broker.url);
    const kept = new Promise<string>((resolve) => reader.on('message', (_t, body) => resolve(body.toString())));
    await reader.subscribeAsync(TOPIC, { qos: 1 });
    expect(JSON.parse(await kept)).toMatchObject({ site: 'office' });
    await reader.endAsync();

    await publish('198.51.100.4');
    await until(async () => (await listed()).includes('office'), { what: 'office back when it publishes' });
  },
  40_000,
);
