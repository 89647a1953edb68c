import { describe, expect, it } from 'vitest';

import { maskSecrets, movedSecretErrors, restoreSecrets, toFieldErrors } from '../../../shared/contract/settings';

const stored = {
  monitor: { intervalSec: 60 },
  notifications: {
    channels: [
      { id: 'a', type: 'gotify', url: 'http://h', token: 'tok-a' },
      { id: 'b', type: 'discord-webhook', url: 'https://discord.com/api/webhooks/1/secret-b' },
      { id: 'c', type: 'webhook', url: 'http://h', headers: { Authorization: 'Bearer x' }, secret: '' },
      { id: 'd', type: 'email', auth: { user: 'u', pass: { file: '/run/secrets/smtp' } } },
    ],
  },
  api: { token: { env: 'IPWATCH_TOKEN' } },
};

describe('maskSecrets', () => {
  const { settings, secrets } = maskSecrets(stored) as { settings: typeof stored; secrets: unknown[] };
  it('replaces every secret by a marker and leaves the rest', () => {
    const [a, b, c, d] = settings.notifications.channels as Record<string, unknown>[];
    expect(a).toEqual({ id: 'a', type: 'gotify', url: 'http://h', token: { set: true } });
    expect(b!.url).toEqual({ set: true });
    expect(c!.headers).toEqual({ Authorization: { set: true } });
    expect(c!.secret).toEqual({ set: false });
    expect(d!.auth).toEqual({ user: 'u', pass: { set: true, from: 'file /run/secrets/smtp' } });
    expect(settings.api.token).toEqual({ set: true, from: 'environment variable IPWATCH_TOKEN' });
    expect(settings.monitor).toEqual({ intervalSec: 60 });
    expect(JSON.stringify(settings)).not.toMatch(/tok-a|secret-b|Bearer x/);
  });
  it('lists each secret as set or not set', () => {
    expect(secrets).toEqual([
      { path: 'notifications.channels.0.token', state: 'set' },
      { path: 'notifications.channels.1.url', state: 'set' },
      { path: 'notifications.channels.2.headers.Authorization', state: 'set' },
      { path: 'notifications.channels.2.secret', state: 'not set' },
      { path: 'notifications.channels.3.auth.pass', state: 'set', from: 'file /run/secrets/smtp' },
      { path: 'api.token', state: 'set', from: 'environment variable IPWATCH_TOKEN' },
    ]);
  });
});

describe('restoreSecrets', () => {
  it('round-trips: the masked settings sent back are the stored ones', () => {
    const r = restoreSecrets(maskSecrets(stored).settings, stored, 'settings');
    expect(r).toEqual({ value: stored, errors: [], moved: [] });
  });

  it('matches channels by id, so removing one keeps each other its own secret', () => {
    const masked = maskSecrets(stored).settings as typeof stored;
    const edited = { ...masked, notifications: { channels: masked.notifications.channels.slice(1) } };
    const r = restoreSecrets(edited, stored, 'settings').value as typeof stored;
    expect(r.notifications.channels[0]).toEqual(stored.notifications.channels[1]);
  });

  it('takes a new value as given and clears with { set: false }', () => {
    const edited = structuredClone(stored) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    edited.notifications.channels[0].token = 'new';
    edited.notifications.channels[1].url = { set: false };
    const r = restoreSecrets(edited, stored, 'settings').value as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(r.notifications.channels[0].token).toBe('new');
    expect(r.notifications.channels[1].url).toBe('');
  });

  it('names a marker with nothing stored behind it', () => {
    const r = restoreSecrets({ notifications: { channels: [{ id: 'z', token: { set: true } }] } }, stored, 'settings');
    expect(r.errors).toEqual([
      { path: 'notifications.channels.0.token', message: 'no stored secret to keep; enter the value' },
    ]);
  });
});

describe('toFieldErrors', () => {
  it.each([
    ['monitor.intervalSec: too small', { path: 'monitor.intervalSec', message: 'too small' }],
    ['(root): expected a JSON object', { path: '(root)', message: 'expected a JSON object' }],
    ['no path here', { path: '(root)', message: 'no path here' }],
  ])('%s', (line, error) => expect(toFieldErrors([line])).toEqual([error]));
});

describe('restoreSecrets and a changed destination', () => {
  const gotify = (url: string, token: unknown) => ({
    notifications: { channels: [{ id: 'g', type: 'gotify', url, token }] },
  });
  it('refuses to carry a stored token to another host, and says which field to enter again', () => {
    const r = restoreSecrets(gotify('http://b.example', { set: true }), gotify('http://a.example', 'tok'), 'settings');
    const error = {
      path: 'notifications.channels.0.token',
      message: "enter the token again: the channel's server changed (was a.example, now b.example)",
    };
    expect(r.errors).toEqual([error]);
    expect(r.moved).toEqual([error]);
  });
  it('takes a token entered again, and keeps the stored one for a new path on the same host', () => {
    expect(
      restoreSecrets(gotify('http://b.example', 'new'), gotify('http://a.example', 'tok'), 'settings').errors,
    ).toEqual([]);
    const samehost = restoreSecrets(
      gotify('http://a.example/g', { set: true }),
      gotify('http://a.example', 'tok'),
      'settings',
    );
    expect(samehost).toEqual({ value: gotify('http://a.example/g', 'tok'), errors: [], moved: [] });
  });
});

describe('movedSecretErrors: the same refusal known from the markers alone (the Settings page)', () => {
  const view = (server: string) =>
    maskSecrets({ notifications: { channels: [{ id: 'n', type: 'ntfy', topic: 't', server, token: 'tk' }] } }).settings;
  it('names the kept token of a channel that now sends elsewhere, and nothing for a path on the same host', () => {
    expect(movedSecretErrors(view('https://b.example'), view('https://a.example'), 'settings')).toEqual([
      {
        path: 'notifications.channels.0.token',
        message: "enter the token again: the channel's server changed (was a.example, now b.example)",
      },
    ]);
    expect(movedSecretErrors(view('https://a.example/x'), view('https://a.example'), 'settings')).toEqual([]);
  });
});
