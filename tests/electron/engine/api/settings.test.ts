/**
 * Settings through the API of the real headless runner: secrets only as "set", field-level
 * errors from the shared schema that change nothing, a valid edit stored, applied, audited
 * with the API as actor, and still in force after a restart.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { SettingsView, SettingsWriteResult } from '../../../../shared/contract';
import { monitorSchema } from '../../../../shared/settings';
import { fieldMeta } from '../../../../shared/settings/schema-fields';
import { type ApiRunner, startApiRunner } from '../../../helpers/api-runner';
import { startWorld, type World, WORLD_TIMEOUT_MS } from '../../../helpers/world';

const SECRET = 'gotify-app-token-s3cret';
const HOOK = 'https://discord.com/api/webhooks/123456/hook-token-s3cret';
let world: World;
let runner: ApiRunner;

const channels = [
  { id: 'desktop', type: 'desktop', enabled: false },
  { id: 'gotify', type: 'gotify', enabled: false, url: 'http://127.0.0.1:9', token: SECRET },
  { id: 'discord', type: 'discord-webhook', enabled: false, url: HOOK },
  { id: 'ref', type: 'gotify', enabled: false, url: 'http://127.0.0.1:9', token: { env: 'GOTIFY_TOKEN' } },
];

beforeAll(async () => {
  world = await startWorld();
  runner = await startApiRunner({
    world,
    settings: { notifications: { channels } },
    env: { GOTIFY_TOKEN: 'x'.repeat(20) },
  });
}, 60_000);

afterAll(async () => {
  await runner?.stop();
  await world?.close();
});

const settingsFile = () => readFileSync(path.join(runner.dataDir, 'settings.json'), 'utf8');
const read = async () => (await (await runner.fetch('/api/v1/settings')).json()) as SettingsView;
const write = async (settings: unknown) => {
  const res = await runner.fetch('/api/v1/settings', { method: 'PUT', json: { settings } });
  expect(res.status).toBe(200);
  return (await res.json()) as SettingsWriteResult;
};
type Refusal = { error: { code: string; message: string; issues: { path: string; message: string }[] } };
/** A write the API must refuse: 422 with each bad field, as `curl -f` and scripts can tell. */
const refused = async (settings: unknown) => {
  const res = await runner.fetch('/api/v1/settings', { method: 'PUT', json: { settings } });
  expect(res.status).toBe(422);
  const body = (await res.json()) as Refusal;
  expect(body.error.code).toBe('invalid_settings');
  return body.error;
};
type Channel = Record<string, unknown>;
const channelsOf = (v: SettingsView) => (v.settings.notifications as { channels: Channel[] }).channels;

describe('reading the settings', () => {
  it('shows every setting but no secret: each is only set or not set', async () => {
    const res = await runner.fetch('/api/v1/settings');
    const text = await res.text();
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('hook-token-s3cret');
    const view = JSON.parse(text) as SettingsView;
    expect((view.settings.monitor as { timeoutMs: number }).timeoutMs).toBe(WORLD_TIMEOUT_MS);
    const byId = Object.fromEntries(channelsOf(view).map((c) => [c.id, c]));
    expect(byId.gotify!.token).toEqual({ set: true });
    expect(byId.discord!.url).toEqual({ set: true });
    expect(byId.ref!.token).toEqual({ set: true, from: 'environment variable GOTIFY_TOKEN' });
    expect(view.secrets).toEqual(
      expect.arrayContaining([
        { path: 'notifications.channels.1.token', state: 'set' },
        { path: 'notifications.channels.2.url', state: 'set' },
      ]),
    );
  });
});

describe('fields that apply after a restart', () => {
  it('are named by the same leaf paths a write answers, so the page can mark each field', async () => {
    const view = await read();
    expect(view.restartFields).toEqual(expect.arrayContaining(['history.backupsKeep', 'api.port', 'api.lan']));
    expect(view.restartFields).not.toContain('monitor.intervalSec');
    // Each is a field of the settings the read returned, not a group of them.
    const at = (p: string) =>
      p.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], view.settings);
    for (const p of view.restartFields.filter((f) => f !== 'api.token')) expect(typeof at(p), p).not.toBe('object');
    const history = { ...(view.settings.history as object), backupsKeep: 9 };
    const r = await write({ ...view.settings, history });
    expect(r).toMatchObject({ ok: true, live: [], restart: ['history.backupsKeep'] });
    if (r.ok) expect(r.settings.restartFields).toEqual(expect.arrayContaining(r.restart));
  });
});

describe('writing the settings', () => {
  it('answers 422 with field-level errors from the shared schema and changes nothing', async () => {
    const before = settingsFile();
    const view = await read();
    const monitor = { ...(view.settings.monitor as object), intervalSec: 5, quorum: 0 };
    const r = await refused({ ...view.settings, monitor });
    expect(r.issues.map((e) => e.path).sort()).toEqual(['monitor.intervalSec', 'monitor.quorum']);
    expect(r.issues.find((e) => e.path === 'monitor.intervalSec')?.message).toMatch(/10/);
    expect(r.message).toMatch(/^monitor\.intervalSec: /);
    expect(settingsFile()).toBe(before);
    expect(await read()).toEqual(view);
    const status = (await (await runner.fetch('/api/v1/status')).json()) as { running: boolean };
    expect(status.running).toBe(true);
  });

  it('refuses a new channel whose own options are wrong for its type, naming the option, and changes nothing', async () => {
    const before = settingsFile();
    const view = await read();
    const bad = { id: 'hook', type: 'webhook', enabled: true, url: 'not a url' };
    const notifications = { ...(view.settings.notifications as object), channels: [...channelsOf(view), bad] };
    const r = await refused({ ...view.settings, notifications });
    expect(r.issues.map((e) => e.path)).toEqual([`notifications.channels.${channelsOf(view).length}.url`]);
    expect(settingsFile()).toBe(before);
    // The same channel switched off is a draft the engine keeps off: it is stored.
    const off = { ...notifications, channels: [...channelsOf(view), { ...bad, enabled: false }] };
    const saved = await write({ ...view.settings, notifications: off });
    expect(saved.ok).toBe(true);
    expect(channelsOf(await read()).map((c) => c.id)).toContain('hook');
    expect((await write(view.settings)).ok).toBe(true);
  });

  it('refuses a body that is not settings at all, with the field named', async () => {
    const before = settingsFile();
    const res = await runner.fetch('/api/v1/settings', { method: 'PUT', json: { settings: 'nope' } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { issues: { path: string }[] } };
    expect(body.error.issues[0]?.path).toBe('settings');
    expect((await refused({ monitor: { intervalSec: 'soon' } })).issues[0]?.path).toBe('monitor.intervalSec');
    expect(settingsFile()).toBe(before);
  });

  it.each([
    ['broken JSON', { body: '{"settings": {', headers: { 'content-type': 'application/json' } }, 400],
    ['not JSON at all', { body: 'settings=1', headers: { 'content-type': 'text/plain' } }, 400],
    ['an unknown content type', { body: 'x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415],
    ['an empty body', { body: '', headers: { 'content-type': 'application/json' } }, 400],
  ])('answers %s with a clear error, changing nothing', async (_what, init, status) => {
    const before = settingsFile();
    const res = await runner.fetch('/api/v1/settings', { method: 'PUT', ...init });
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.message.length).toBeGreaterThan(0);
    expect(settingsFile()).toBe(before);
    expect((await runner.fetch('/healthz')).status).toBe(200);
  });

  it('stores and applies a valid edit, keeping each secret sent back as { set: true }', async () => {
    const view = await read();
    const monitor = { ...(view.settings.monitor as object), intervalSec: 120 };
    const r = await write({ ...view.settings, monitor });
    expect(r).toMatchObject({ ok: true, live: ['monitor.intervalSec'], restart: [] });
    const stored = JSON.parse(settingsFile()) as {
      monitor: { intervalSec: number };
      notifications: { channels: Channel[] };
    };
    expect(stored.monitor.intervalSec).toBe(120);
    const byId = Object.fromEntries(stored.notifications.channels.map((c) => [c.id, c]));
    expect(byId.gotify!.token).toBe(SECRET);
    expect(byId.discord!.url).toBe(HOOK);
    expect(byId.ref!.token).toEqual({ env: 'GOTIFY_TOKEN' });
    const audit = (await (await runner.fetch('/api/v1/audit?limit=5')).json()) as {
      items: { actor: string; action: string; result: string }[];
    };
    expect(audit.items[0]).toMatchObject({
      actor: 'admin (admin, token)',
      action: 'settings.reload',
      result: 'applied',
    });
  });

  it('asks for a value when a new secret field is sent as { set: true } with nothing stored', async () => {
    const view = await read();
    const list = [...channelsOf(view), { id: 'new', type: 'gotify', url: 'http://127.0.0.1:9', token: { set: true } }];
    const before = settingsFile();
    const r = await refused({
      ...view.settings,
      notifications: { ...(view.settings.notifications as object), channels: list },
    });
    expect(r.issues).toEqual([
      { path: 'notifications.channels.4.token', message: 'no stored secret to keep; enter the value' },
    ]);
    expect(settingsFile()).toBe(before);
  });

  it('keeps the edit across a restart', async () => {
    const dataDir = runner.dataDir;
    expect(await runner.stop(true)).toBe(0);
    runner = await startApiRunner({ world, dataDir, env: { GOTIFY_TOKEN: 'x'.repeat(20) } });
    const view = await read();
    expect((view.settings.monitor as { intervalSec: number }).intervalSec).toBe(120);
    // The token made at first run is the same one after the restart.
    expect(runner.token).toBe(readFileSync(path.join(dataDir, 'api-token'), 'utf8').trim());
  }, 60_000);
});

describe('the OpenAPI document of the settings', () => {
  type Schema = { title?: string; description?: string; properties?: Record<string, Schema>; $ref?: string };
  type Op = {
    requestBody: { content: Record<string, { schema: Schema }> };
    responses: Record<string, { content: Record<string, { schema: Schema }> }>;
  };

  it("documents every field with the schema's own label and help, and the 422 a refused write gets", async () => {
    const doc = (await (await runner.fetch('/api/v1/openapi.json')).json()) as {
      paths: Record<string, { put: Op; get: Op }>;
      components: { schemas: { Settings: Schema } };
    };
    const result = await new Validator().validate(doc as unknown as Record<string, unknown>);
    expect(result.errors ?? [], JSON.stringify(result.errors ?? null).slice(0, 2000)).toEqual([]);
    const interval = doc.components.schemas.Settings.properties!.monitor!.properties!.intervalSec!;
    const meta = fieldMeta(monitorSchema.shape.intervalSec);
    expect(interval).toMatchObject({ title: meta.label, description: meta.help, minimum: 10 });
    const put = doc.paths['/api/v1/settings']!.put;
    const body = put.requestBody.content['application/json']!.schema;
    expect(body.properties!.settings!.$ref).toBe('#/components/schemas/Settings');
    const refusal = put.responses['422']!.content['application/json']!.schema;
    expect(Object.keys(refusal.properties!.error!.properties!)).toEqual(['code', 'message', 'issues']);
    // The 200 is the saved answer only: a refusal never comes with it.
    expect(put.responses['200']!.content['application/json']!.schema.properties!.ok).toMatchObject({ enum: [true] });
  });
});

describe('a secret typed into the page of a headless runner', () => {
  it('goes to a file of its own (0600 in a 0700 folder) that settings.json names, and reads back as set', async () => {
    const view = await read();
    const typed = 'typed-gotify-token-s3cret';
    const channel = { id: 'typed', type: 'gotify', enabled: false, url: 'http://127.0.0.1:9', token: typed };
    const notifications = { ...(view.settings.notifications as object), channels: [...channelsOf(view), channel] };
    expect((await write({ ...view.settings, notifications })).ok).toBe(true);
    const text = settingsFile();
    expect(text).not.toContain(typed);
    const stored = (JSON.parse(text) as { notifications: { channels: Channel[] } }).notifications.channels;
    const ref = stored.find((c) => c.id === 'typed')!.token as { file: string };
    const dir = path.join(runner.dataDir, 'secrets');
    expect(ref).toEqual({ file: path.join(dir, 'notifications.channels.typed.token') });
    expect(readFileSync(ref.file, 'utf8')).toBe(typed);
    expect(statSync(ref.file).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    // The secrets already in the file (written there by hand) stay where they were.
    expect(stored.find((c) => c.id === 'gotify')!.token).toBe(SECRET);
    const again = channelsOf(await read()).find((c) => c.id === 'typed')!;
    expect(again.token).toMatchObject({ set: true });
    expect(JSON.stringify(again)).not.toContain(typed);
  });
});
