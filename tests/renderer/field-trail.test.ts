import { describe, expect, it } from 'vitest';

import { fieldTrail, inForceText } from '../../renderer/src/settings/field-trail';
import { notesOf } from '../../renderer/src/settings/form-notes';
import { english } from '../../shared/i18n/translators';

const draft = {
  sources: {
    custom: [
      { id: 'home-echo', kind: 'http', url: 'x', family: 4 },
      { id: '', kind: 'dns' },
    ],
  },
  notifications: {
    channels: [
      { id: 'desktop', type: 'desktop' },
      { id: 'home-hook', type: 'webhook', url: 'x' },
      { id: 'mail', type: 'email', auth: { user: 'me' } },
    ],
  },
  discord: { guilds: [{ id: '123456789012345678', events: ['ipv4-changed'] }] },
};

describe('a field named in words for the error summary', () => {
  it.each([
    ['monitor.intervalSec', ['Check every (seconds)']],
    ['api.token.env', ['API token']],
    ['notifications.channels.1.url', ['Notification channels', 'home-hook', 'URL']],
    ['notifications.channels.1.secret', ['Notification channels', 'home-hook', 'Signing secret']],
    ['notifications.channels.2.auth.pass', ['Notification channels', 'mail', 'Password']],
    ['notifications.channels.1.id', ['Notification channels', 'home-hook', 'Channel id']],
    ['notifications.channels.1', ['Notification channels', 'home-hook']],
    ['sources.custom.0.url', ['Your own sources', 'home-echo', 'Address (URL)']],
    ['sources.custom.1.server', ['Your own sources', 'item 2', 'Server (host:port)']],
    ['discord.guilds.0.events.0', ['Servers', '123456789012345678', 'Events posted']],
    // Not in the draft (an engine's path for an item the page no longer has): its number.
    ['notifications.channels.7.url', ['Notification channels', 'item 8', 'Url']],
    ['(root)', ['The settings as a whole']],
  ])('%s', (path, trail) => expect(fieldTrail(path, draft, english)).toEqual(trail));
});

describe('the value in force, from the environment', () => {
  it.each([
    [
      { path: 'monitor.intervalSec', from: 'IPWATCH_INTERVAL_SEC', value: 30 },
      'In force: 30 seconds, from IPWATCH_INTERVAL_SEC.',
    ],
    [
      { path: 'monitor.timeoutMs', from: 'IPWATCH_TIMEOUT_MS', value: 5000 },
      'In force: 5000 ms, from IPWATCH_TIMEOUT_MS.',
    ],
    [{ path: 'monitor.ipv6', from: 'IPWATCH_IPV6', value: false }, 'In force: off, from IPWATCH_IPV6.'],
    [
      { path: 'log.level', from: 'IPWATCH_LOG_LEVEL', value: 'warn' },
      'In force: Warnings and errors, from IPWATCH_LOG_LEVEL.',
    ],
    [
      { path: 'sources.disabled', from: 'IPWATCH_DISABLED_SOURCES', value: ['a', 'b'] },
      'In force: a, b, from IPWATCH_DISABLED_SOURCES.',
    ],
    [
      { path: 'discord.guilds', from: 'IPWATCH_DISCORD_GUILDS', value: [{ id: '1', channel: null }] },
      'In force: 1, from IPWATCH_DISCORD_GUILDS.',
    ],
    [{ path: 'discord.token', from: 'IPWATCH_DISCORD_TOKEN' }, 'In force: set, from IPWATCH_DISCORD_TOKEN.'],
  ])('%j', (entry, words) =>
    expect(inForceText(entry, english)).toBe(`${words} The value here applies once it is unset.`),
  );

  it('puts it beside the field, and the old note where the engine gives no value', () => {
    const notes = notesOf(
      {
        envOverrides: ['api.port', 'monitor.quorum'],
        inForce: [{ path: 'api.port', from: 'IPWATCH_API_PORT', value: 9000 }],
      },
      english,
    );
    expect(notes.get('api.port')).toBe(
      'In force: 9000, from IPWATCH_API_PORT. The value here applies once it is unset.',
    );
    expect(notes.get('monitor.quorum')).toBe('Set by an IPWATCH_* environment variable, which wins over this value.');
  });
});
