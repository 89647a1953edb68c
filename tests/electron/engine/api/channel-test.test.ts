/**
 * POST /channels/test with a channel being edited (the Settings page's Test button before
 * saving), through the real headless runner: the stored secret stands in for its marker, a
 * typed one is used as typed, and no answer ever carries a secret.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type NotifyFake, startNotifyFake } from '../../../fakes/notify-http';
import { type ApiRunner, startApiRunner } from '../../../helpers/api-runner';
import { startWorld, type World } from '../../../helpers/world';

const STORED = 'stored-gotify-app-token';
let world: World;
let runner: ApiRunner;
let gotify: NotifyFake;

beforeAll(async () => {
  world = await startWorld();
  gotify = await startNotifyFake({ okBody: '{"id":1}' });
  const channels = [{ id: 'push', type: 'gotify', url: `${gotify.url}/g`, token: STORED, events: ['offline'] }];
  runner = await startApiRunner({ world, settings: { notifications: { channels } } });
}, 60_000);

afterAll(async () => {
  await runner?.stop();
  await world?.close();
  await gotify?.close();
});

type Result = { ok: true; ms: number } | { ok: false; error: string };
async function test(channel: Record<string, unknown>): Promise<{ status: number; text: string; result: Result }> {
  const res = await runner.fetch('/api/v1/channels/test', { method: 'POST', json: { channel } });
  const text = await res.text();
  return { status: res.status, text, result: JSON.parse(text) as Result };
}

describe('testing a channel being edited', () => {
  it('uses the stored secret where the page left its marker, with the edited options', async () => {
    const before = gotify.requests.length;
    const r = await test({
      id: 'push',
      type: 'gotify',
      url: `${gotify.url}/edited`,
      token: { set: true },
      priority: 9,
    });
    expect(r.result).toMatchObject({ ok: true });
    const sent = gotify.requests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.path).toBe('/edited/message');
    expect(sent[0]!.headers['x-gotify-key']).toBe(STORED);
    expect(JSON.parse(sent[0]!.body)).toMatchObject({ priority: 9 });
    expect(r.text).not.toContain(STORED);
    // The edit was only tested: the stored channel is unchanged.
    const view = (await (await runner.fetch('/api/v1/settings')).json()) as {
      settings: { notifications: { channels: { url: string }[] } };
    };
    expect(view.settings.notifications.channels[0]!.url).toBe(`${gotify.url}/g`);
  });

  it('sends a typed secret as typed, and keeps it out of the answer when the service refuses', async () => {
    gotify.setFault({ mode: 'status', status: 401, body: '{"error":"Unauthorized"}' });
    try {
      const typed = 'a-new-typed-token-1234';
      // (A base address takes no query since issue 58, so the typed secret is in the token alone.)
      const r = await test({ id: 'new', type: 'gotify', url: `${gotify.url}/x`, token: typed });
      expect(r.result.ok).toBe(false);
      expect(gotify.requests.at(-1)!.headers['x-gotify-key']).toBe(typed);
      expect(r.text).not.toContain(typed);
    } finally {
      gotify.setFault({ mode: 'ok' });
    }
  });

  it('says which field needs a value when there is no stored secret to keep', async () => {
    const r = await test({ id: 'other', type: 'gotify', url: `${gotify.url}/g`, token: { set: true } });
    expect(r.status).toBe(200);
    expect(r.result).toEqual({ ok: false, error: 'token: no stored secret to keep; enter the value' });
  });

  it("answers the channel's own reason for options it refuses, sending nothing", async () => {
    const before = gotify.requests.length;
    const r = await test({ id: 'fresh', type: 'gotify', url: 'not a url', token: 'typed-token' });
    expect(r.result.ok).toBe(false);
    expect(r.result.ok === false && r.result.error).toMatch(/^url: /);
    // With the stored secret's marker, text the rule cannot read is a changed server (fail closed, issue 58).
    const kept = await test({ id: 'push', type: 'gotify', url: 'not a url', token: { set: true } });
    expect(kept.status).toBe(400);
    expect(kept.text).toMatch(
      /token: enter the token again: the channel's server changed \(was 127\.0\.0\.1, now not a url\)/,
    );
    expect(gotify.requests.length).toBe(before);
    const unknown = await test({ id: 'z', type: 'pigeon' });
    expect(unknown.result).toEqual({ ok: false, error: 'unknown channel type "pigeon"' });
  });

  it('refuses a body that is not a channel with 400', async () => {
    const res = await runner.fetch('/api/v1/channels/test', { method: 'POST', json: { channel: { type: 'gotify' } } });
    expect(res.status).toBe(400);
  });
});
