/**
 * A stored secret never follows a changed destination (issue 50), through the real headless
 * runner's API: a DDNS record held at a Cloudflare stand-in A (tests/fakes/cloudflare-api.ts) is
 * edited to a second stand-in B with its token left masked (`{ "set": true }`): Test (400) and
 * Save (422, at the token's field) are both refused and B receives no credential at all; the
 * token entered again is what B receives, on Test and on the updates after Save; a new path on
 * the same host keeps the stored token. The same for an ntfy channel through the real notifier
 * (tests/fakes/notify-http.ts). Each stand-in counts every credential it receives.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { SettingsView } from '../../../../shared/contract';
import { type CloudflareStandIn, startCloudflare } from '../../../fakes/cloudflare-api';
import { type NotifyFake, startNotifyFake } from '../../../fakes/notify-http';
import { type ApiRunner, startApiRunner } from '../../../helpers/api-runner';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';

const STORED = 'stored-cloudflare-token-A';
const TYPED = 'typed-cloudflare-token-B';
const NTFY_STORED = 'tk_stored_ntfy_token';
const NTFY_TYPED = 'tk_typed_ntfy_token';
const ZONE = { id: 'z1', name: 'example.org' };
const HOST = 'home.example.org';
const cfRecord = () => [
  { id: 'r1', zone_id: 'z1', type: 'A', name: HOST, content: '192.0.2.1', proxied: false, ttl: 60 },
];

let world: World;
let runner: ApiRunner;
let cfA: CloudflareStandIn;
let cfB: CloudflareStandIn;
let ntfyA: NotifyFake;
let ntfyB: NotifyFake;

beforeAll(async () => {
  world = await startWorld('81.2.69.142');
  [cfA, cfB, ntfyA, ntfyB] = await Promise.all([
    startCloudflare(STORED, ZONE, cfRecord()),
    startCloudflare(TYPED, ZONE, cfRecord()),
    startNotifyFake(),
    startNotifyFake(),
  ]);
  runner = await startApiRunner({
    world,
    settings: {
      monitor: { ...(world.settings() as { monitor: object }).monitor, ipv6: false },
      ddns: {
        records: [{ id: 'home', provider: 'cloudflare', token: STORED, zone: ZONE.name, name: HOST, apiBase: cfA.url }],
      },
      notifications: {
        channels: [
          { id: 'desktop', type: 'desktop', enabled: false },
          { id: 'push', type: 'ntfy', topic: 'ipwatch', server: ntfyA.url, token: NTFY_STORED, events: ['offline'] },
        ],
      },
    },
  });
}, 60_000);

afterAll(async () => {
  await runner?.stop();
  await Promise.all([world?.close(), cfA?.close(), cfB?.close(), ntfyA?.close(), ntfyB?.close()]);
});

/**
 * The headers of a call the dangerous-change rule lets through: the CLI's proof that it runs on
 * this host (DATA_DIR/host-proof, read over loopback), where the runner writes one.
 */
function onHost(): Record<string, string> {
  const file = path.join(runner.dataDir, 'host-proof');
  return existsSync(file) ? { 'x-ipwatch-host-proof': readFileSync(file, 'utf8').trim() } : {};
}

const call = async (method: string, pathname: string, json: unknown) => {
  const res = await runner.fetch(pathname, { method, json, headers: onHost() });
  return { status: res.status, body: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
};
const view = async () => (await (await runner.fetch('/api/v1/settings')).json()) as SettingsView;
const settingsFile = () => readFileSync(path.join(runner.dataDir, 'settings.json'), 'utf8');
type Item = Record<string, unknown>;
const recordsOf = (v: SettingsView) => (v.settings.ddns as { records: Item[] }).records;
const channelsOf = (v: SettingsView) => (v.settings.notifications as { channels: Item[] }).channels;
const portOf = (url: string) => new URL(url).port;

describe('a DDNS record whose API address moves', () => {
  it('never sends the stored token to the new host, in Test or Save; the token entered again goes there', async () => {
    // The record is kept at A with the stored token first: the runner is really sending it there.
    await until(() => cfA.records[0]!.content === '81.2.69.142', { what: 'the record updated at A' });
    expect(new Set(cfA.credentials())).toEqual(new Set([`Bearer ${STORED}`]));

    const v = await view();
    const stored = recordsOf(v)[0]!;
    expect(stored.token).toEqual({ set: true });
    const moved = { ...stored, apiBase: `${cfB.url}/client/v4` };
    const message =
      "enter the token again: the record's API address changed " +
      `(was http://127.0.0.1:${portOf(cfA.url)}, now http://127.0.0.1:${portOf(cfB.url)})`;

    const test = await call('POST', '/api/v1/ddns/test', { record: moved });
    expect(test.status).toBe(400);
    expect(test.body.error.message).toBe(`token: ${message}`);

    const before = settingsFile();
    const save = await call('PUT', '/api/v1/settings', { settings: { ...v.settings, ddns: { records: [moved] } } });
    expect(save.status).toBe(422);
    expect(save.body.error.issues).toEqual([{ path: 'ddns.records.0.token', message }]);
    expect(settingsFile()).toBe(before);
    expect(cfB.credentials()).toEqual([]);

    // Entered again: B gets exactly that token, from the Test and from the updates after Save.
    const retyped = { ...moved, apiBase: cfB.url, token: TYPED };
    expect((await call('POST', '/api/v1/ddns/test', { record: retyped })).status).toBe(200);
    expect(cfB.credentials().length).toBeGreaterThan(0);
    const saved = await call('PUT', '/api/v1/settings', { settings: { ...v.settings, ddns: { records: [retyped] } } });
    expect(saved).toMatchObject({ status: 200, body: { ok: true } });
    await until(() => cfB.records[0]!.content === '81.2.69.142', { what: 'the record updated at B' });
    expect(new Set(cfB.credentials())).toEqual(new Set([`Bearer ${TYPED}`]));
    expect(JSON.stringify(cfB.requests)).not.toContain(STORED);
  }, 30_000);

  it('keeps the stored token for a new path on the same host', async () => {
    const stored = recordsOf(await view())[0]!;
    expect(stored.apiBase).toBe(cfB.url);
    const seen = cfB.credentials().length;
    const r = await call('POST', '/api/v1/ddns/test', { record: { ...stored, apiBase: `${cfB.url}/v4` } });
    expect(r.status).toBe(200);
    const sent = cfB.credentials().slice(seen);
    expect(sent.length).toBeGreaterThan(0);
    expect(new Set(sent)).toEqual(new Set([`Bearer ${TYPED}`]));
    expect(cfB.requests.at(-1)!.url.pathname).toMatch(/^\/v4\//);
  });
});

describe('an ntfy channel whose server moves', () => {
  it('never sends the stored token to the new server, in Test or Save; the token entered again goes there', async () => {
    const v = await view();
    const channels = channelsOf(v);
    const at = channels.findIndex((c) => c.id === 'push');
    const moved = { ...channels[at]!, server: ntfyB.url };
    const why = `the channel's server changed (was http://127.0.0.1:${ntfyA.port}, now http://127.0.0.1:${ntfyB.port})`;

    const test = await call('POST', '/api/v1/channels/test', { channel: moved });
    expect(test.status).toBe(400);
    expect(test.body.error.message).toBe(`token: enter the token again: ${why}`);

    const before = settingsFile();
    const notifications = {
      ...(v.settings.notifications as object),
      channels: channels.map((c, i) => (i === at ? moved : c)),
    };
    const save = await call('PUT', '/api/v1/settings', { settings: { ...v.settings, notifications } });
    expect(save.status).toBe(422);
    expect(save.body.error.issues).toEqual([
      { path: `notifications.channels.${at}.token`, message: `enter the token again: ${why}` },
    ]);
    expect(settingsFile()).toBe(before);
    expect(ntfyB.credentials()).toEqual([]);

    const retyped = await call('POST', '/api/v1/channels/test', { channel: { ...moved, token: NTFY_TYPED } });
    expect(retyped).toMatchObject({ status: 200, body: { ok: true } });
    expect(ntfyB.credentials()).toEqual([`Bearer ${NTFY_TYPED}`]);
  });

  it('keeps the stored token for a new path on the same server', async () => {
    const channel = channelsOf(await view()).find((c) => c.id === 'push')!;
    const r = await call('POST', '/api/v1/channels/test', { channel: { ...channel, server: `${ntfyA.url}/sub` } });
    expect(r).toMatchObject({ status: 200, body: { ok: true } });
    expect(ntfyA.credentials()).toEqual([`Bearer ${NTFY_STORED}`]);
    expect(ntfyA.requests.at(-1)!.path).toBe('/sub');
  });
});
