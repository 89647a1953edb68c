/**
 * A bad channel never crashes the notifier: wrong options switch it off with the reason in
 * its status; an unreachable host shows as retrying/failing with the network error; the
 * other channels keep working.
 */
import { describe, expect, it } from 'vitest';

import { CHANNELS } from '../../../../electron/engine/notify';
import { CHANNEL_TYPES } from '../../../../shared/notify-types';
import type { ChannelSettingsInput } from '../../../../shared/settings/notify';
import { startNotifyFake } from '../../../fakes/notify-http';
import { uncheckedNotifiers } from '../../../helpers/unchecked-notifier';
import { until } from '../../../helpers/until';
import { change, notifySettings } from './helpers';

const notifierWith = uncheckedNotifiers();

describe('registry', () => {
  it('has one provider per channel type, each under its own type', () => {
    expect(Object.keys(CHANNELS).sort()).toEqual([...CHANNEL_TYPES].sort());
    for (const [type, p] of Object.entries(CHANNELS)) expect(p.type).toBe(type);
  });
});

describe('invalid channel settings', () => {
  it.each<[string, ChannelSettingsInput, string]>([
    [
      'malformed URL',
      { id: 'c', type: 'discord-webhook', url: 'htp:/discord' },
      'url: expected an http:// or https:// URL',
    ],
    ['missing token', { id: 'c', type: 'telegram', chatId: 1 }, 'token: token is required'],
    [
      'malformed token',
      { id: 'c', type: 'telegram', chatId: 1, token: 'abc' },
      'token: expected a bot token like 123456:ABC-DEF...',
    ],
    ['gotify without token', { id: 'c', type: 'gotify', url: 'https://push.example.org' }, 'token: token is required'],
    ['ntfy bad topic', { id: 'c', type: 'ntfy', topic: 'a/b' }, 'topic: letters, digits, - and _, at most 64'],
    [
      'email without recipient',
      { id: 'c', type: 'email', host: 'smtp.example.org', from: 'a@example.org' },
      'to: to is required: an address or a list of addresses',
    ],
    [
      'mqtt http URL',
      { id: 'c', type: 'mqtt', url: 'http://broker:1883' },
      'url: expected an mqtt://, mqtts://, ws:// or wss:// URL',
    ],
    [
      'a typo in an option',
      { id: 'c', type: 'slack', url: 'https://hooks.slack.com/x', chanel: '#ip' },
      '(options): Unrecognized key: "chanel"',
    ],
    ['unknown type', { id: 'c', type: 'pager', url: 'https://x' }, 'unknown channel type "pager"'],
  ])('%s: invalid with a clear reason', async (_label, channel, reason) => {
    const { notifier } = await notifierWith([channel]);
    expect(notifier.status()[0]).toMatchObject({ id: 'c', state: 'invalid', reason });
    expect(await notifier.test('c')).toEqual({ ok: false, error: reason });
    await notifier.handle(change('203.0.113.1', '198.51.100.2', Date.now()));
  });

  it('a duplicate id: the second is invalid, the first works', async () => {
    const fake = await startNotifyFake();
    try {
      const { notifier } = await notifierWith(
        [{ id: 'c', type: 'webhook', url: fake.url }],
        [{ id: 'c', type: 'slack', url: fake.url }],
      );
      expect(notifier.status().map((s) => [s.type, s.state, s.reason])).toEqual([
        ['webhook', 'ok', null],
        ['slack', 'invalid', 'duplicate channel id "c": only the first one is used'],
      ]);
      await notifier.handle(change('203.0.113.1', '198.51.100.2', Date.now()));
      await fake.waitFor((r) => r.length === 1);
    } finally {
      await fake.close();
    }
  });

  it('a disabled channel: validated but never sent to', async () => {
    const { notifier, store } = await notifierWith([
      { id: 'c', type: 'slack', url: 'https://hooks.slack.com/x', enabled: false },
    ]);
    expect(notifier.status()[0]).toMatchObject({ state: 'disabled', reason: null });
    await notifier.handle(change('203.0.113.1', '198.51.100.2', Date.now()));
    expect(store.counts('c').pending).toBe(0);
  });

  it('an unreachable host: retrying with the network error, the others unaffected', async () => {
    const fake = await startNotifyFake();
    const dead = await startNotifyFake();
    await dead.close();
    try {
      const { notifier } = await notifierWith([
        { id: 'dead', type: 'webhook', url: `${dead.url}/x` },
        { id: 'nohost', type: 'ntfy', server: 'http://ipwatch-test.invalid', topic: 't' },
        { id: 'ok', type: 'webhook', url: fake.url },
      ]);
      expect((await notifier.test('dead')) as { error: string }).toEqual({
        ok: false,
        error: expect.stringContaining('ECONNREFUSED'),
      });
      await notifier.handle(change('203.0.113.1', '198.51.100.2', Date.now()));
      await fake.waitFor((r) => r.length === 1);
      await until(
        () =>
          notifier.status()[2]!.sent === 1 &&
          notifier
            .status()
            .slice(0, 2)
            .every((s) => s.failures > 0),
        { what: 'one delivery and a failure on each broken channel' },
      );
      const [d, n, ok] = notifier.status();
      expect(d).toMatchObject({ state: 'retrying', pending: 1, lastError: expect.stringContaining('ECONNREFUSED') });
      expect(n).toMatchObject({
        state: 'retrying',
        pending: 1,
        lastError: expect.stringMatching(/ENOTFOUND|EAI_AGAIN|timed out/),
      });
      expect(ok).toMatchObject({ state: 'ok', sent: 1 });
    } finally {
      await fake.close();
    }
  });

  it('updateSettings fixes a broken channel and the queued notice goes out', async () => {
    const fake = await startNotifyFake();
    try {
      const { notifier } = await notifierWith([{ id: 'c', type: 'webhook', url: 'not a url' }]);
      await notifier.handle(change('203.0.113.1', '198.51.100.2', Date.now()));
      expect(notifier.status()[0]).toMatchObject({ state: 'invalid', pending: 1 });
      await notifier.updateSettings(notifySettings([{ id: 'c', type: 'webhook', url: fake.url }]));
      await fake.waitFor((r) => r.length === 1);
      expect(notifier.status()[0]!.state).toBe('ok');
    } finally {
      await fake.close();
    }
  });
});
