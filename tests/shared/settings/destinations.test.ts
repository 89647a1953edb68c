import { describe, expect, it } from 'vitest';

import { parseSettings, type Settings, type SettingsInput } from '../../../shared/settings';
import {
  dangerousChanges,
  destinationsOf,
  movedDestinations,
  type SecretHolder,
} from '../../../shared/settings/destinations';
import { carriedSecretErrors } from '../../../shared/settings/secret-carry';

const settings = (input: SettingsInput): Settings => {
  const r = parseSettings(input);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.settings;
};

const cf = (apiBase?: string) => ({
  id: 'home',
  provider: 'cloudflare' as const,
  token: 'cf-token',
  zone: 'example.org',
  name: 'home.example.org',
  ...(apiBase ? { apiBase } : {}),
});

describe('destinationsOf: where each secret goes', () => {
  const rows: [SecretHolder, Record<string, unknown>, string[]][] = [
    ['record', cf(), ['https://api.cloudflare.com:443']],
    ['record', cf('http://API.Example.net:8080/client/v4'), ['http://api.example.net:8080']],
    ['record', { provider: 'rfc2136', server: 'NS1.example.org.', port: 5353 }, ['dns://ns1.example.org:5353']],
    ['record', { provider: 'rfc2136', server: '192.0.2.1' }, ['dns://192.0.2.1:53']],
    ['record', { provider: 'dyndns2', server: 'https://dynupdate.no-ip.com' }, ['https://dynupdate.no-ip.com:443']],
    ['record', { provider: 'duckdns' }, ['https://www.duckdns.org:443']],
    ['record', { provider: 'desec' }, ['https://update.dedyn.io:443', 'https://desec.io:443']],
    ['channel', { type: 'ntfy' }, ['https://ntfy.sh:443']],
    ['channel', { type: 'gotify', url: 'http://gotify.lan/' }, ['http://gotify.lan:80']],
    ['channel', { type: 'webhook', url: 'https://hooks.example/x?token=s' }, ['https://hooks.example:443']],
    ['channel', { type: 'telegram' }, ['https://api.telegram.org:443']],
    ['channel', { type: 'email', host: 'SMTP.example.org', port: 465, secure: true }, ['smtps://smtp.example.org:465']],
    ['channel', { type: 'email', host: 'smtp.example.org' }, ['smtp://smtp.example.org:587']],
    ['channel', { type: 'mqtt', url: 'mqtt://Broker.LAN' }, ['mqtt://broker.lan:1883']],
    ['channel', { type: 'mqtt', url: 'mqtts://broker.lan' }, ['mqtts://broker.lan:8883']],
    ['channel', { type: 'pushover' }, ['https://api.pushover.net:443']],
    ['channel', { type: 'apprise', url: 'http://apprise.lan:8000' }, ['http://apprise.lan:8000']],
    ['channel', { type: 'teams', url: 'https://x.logic.azure.com/wf?sig=s' }, ['https://x.logic.azure.com:443']],
    ['channel', { type: 'slack', url: 'https://hooks.slack.com/services/T/B/s' }, ['https://hooks.slack.com:443']],
    ['channel', { type: 'desktop' }, []],
    ['heartbeat', { url: 'https://hc-ping.com/uuid' }, ['https://hc-ping.com:443']],
    ['discord', {}, ['https://discord.com:443']],
    ['identity', { provider: 'ipinfo' }, ['https://ipinfo.io:443']],
    ['identity', { provider: 'off' }, []],
    ['channel', { type: 'gotify', url: { env: 'GOTIFY_URL' } }, ['{"env":"GOTIFY_URL"}']],
  ];
  it.each(rows)('%s %j sends to %j', (kind, item, origins) => {
    expect(destinationsOf(kind, item).map((d) => d.origin)).toEqual(origins);
  });
});

describe('movedDestinations: compared by scheme, host and port', () => {
  const rows: [string, SecretHolder, unknown, unknown, { was: string; now: string } | null][] = [
    [
      'a new host',
      'record',
      cf('https://a.example/v4'),
      cf('https://b.example/v4'),
      { was: 'a.example', now: 'b.example' },
    ],
    ['only a new path on the same host', 'record', cf('https://a.example/v4'), cf('https://a.example/other'), null],
    ['the host in other case', 'record', cf('https://a.example'), cf('https://A.EXAMPLE'), null],
    ['the default written out', 'record', cf(), cf('https://api.cloudflare.com:443/client/v4'), null],
    [
      'a new port',
      'record',
      cf('https://a.example'),
      cf('https://a.example:8443'),
      { was: 'https://a.example:443', now: 'https://a.example:8443' },
    ],
    [
      'https to http',
      'channel',
      { type: 'ntfy', server: 'https://n.example' },
      { type: 'ntfy', server: 'http://n.example' },
      { was: 'https://n.example:443', now: 'http://n.example:80' },
    ],
    [
      'a new TSIG server',
      'record',
      { provider: 'rfc2136', server: 'ns1.a' },
      { provider: 'rfc2136', server: 'ns9.b' },
      { was: 'ns1.a', now: 'ns9.b' },
    ],
    [
      'deSEC REST address moved',
      'record',
      { provider: 'desec' },
      { provider: 'desec', restBase: 'https://evil.example/api' },
      { was: 'desec.io', now: 'evil.example' },
    ],
    [
      'SMTP host moved',
      'channel',
      { type: 'email', host: 'smtp.a' },
      { type: 'email', host: 'smtp.b' },
      { was: 'smtp.a', now: 'smtp.b' },
    ],
    ['a new item', 'record', undefined, cf('https://b.example'), null],
    [
      'an identity service switched on after its address was set while off',
      'identity',
      { provider: 'off', url: 'https://evil.example' },
      { provider: 'ipinfo', url: 'https://evil.example' },
      { was: 'nowhere', now: 'evil.example' },
    ],
    [
      'a channel of a kind that sent nowhere',
      'channel',
      { type: 'desktop' },
      { type: 'ntfy' },
      { was: 'nowhere', now: 'ntfy.sh' },
    ],
    [
      'text that is no address: a destination of its own (fail closed)',
      'channel',
      { type: 'gotify', url: 'http://a' },
      { type: 'gotify', url: 'not a url' },
      { was: 'a', now: 'not a url' },
    ],
    [
      'a backslash mqtt.js reads as host 127.0.0.1 (issue 58)',
      'channel',
      { type: 'mqtt', url: 'mqtt://localhost:41884' },
      { type: 'mqtt', url: 'mqtt://127.0.0.1:41883\\@localhost:41884' },
      { was: 'localhost', now: 'mqtt://127.0.0.1:41883\\@localhost:41884' },
    ],
    [
      'a broker URL WHATWG cannot read, url.parse reads as 127.0.0.1:41885 (issue 58)',
      'fleet',
      { brokerUrl: 'mqtt://127.0.0.1:41885' },
      { brokerUrl: 'mqtt://127.0.0.1:41885\\x' },
      { was: '127.0.0.1', now: 'mqtt://127.0.0.1:41885\\x' },
    ],
    [
      'the same unreadable text before and after moves nothing',
      'fleet',
      { brokerUrl: 'mqtt://h:1\\x' },
      { brokerUrl: 'mqtt://h:1\\x' },
      null,
    ],
    [
      'a %-encoded host',
      'channel',
      { type: 'gotify', url: 'http://localhost' },
      { type: 'gotify', url: 'http://%6c%6fcalhost' },
      { was: 'localhost', now: 'http://%6c%6fcalhost' },
    ],
    [
      'an address given by reference',
      'channel',
      { type: 'gotify', url: 'http://a.example' },
      { type: 'gotify', url: { env: 'GOTIFY_URL' } },
      { was: 'a.example', now: 'a value given by reference' },
    ],
  ];
  it.each(rows)('%s', (_name, kind, before, after, move) => {
    const moves = movedDestinations(kind, before, after);
    expect(moves[0] ? { was: moves[0].was, now: moves[0].now } : null).toEqual(move);
  });
});

describe('carriedSecretErrors: a stored secret never follows a changed destination', () => {
  const base = (apiBase: string) => ({ ddns: { records: [cf(apiBase)] } });
  const rows: [string, unknown, unknown, string[], string[]][] = [
    [
      'a record moved to another host, its token kept',
      base('https://a.example/v4'),
      base('https://b.example/v4'),
      ['ddns.records.0.token'],
      ["ddns.records.0.token: enter the token again: the record's API address changed (was a.example, now b.example)"],
    ],
    ['the same, with the token entered again', base('https://a.example/v4'), base('https://b.example/v4'), [], []],
    [
      'a path-only edit keeps the token',
      base('https://a.example/v4'),
      base('https://a.example/v5'),
      ['ddns.records.0.token'],
      [],
    ],
    [
      "a channel's header kept, its URL moved",
      {
        notifications: {
          channels: [{ id: 'w', type: 'webhook', url: 'https://a.example/h', headers: { Authorization: 'x' } }],
        },
      },
      {
        notifications: {
          channels: [{ id: 'w', type: 'webhook', url: 'https://b.example/h', headers: { Authorization: 'x' } }],
        },
      },
      ['notifications.channels.0.headers.Authorization'],
      [
        "notifications.channels.0.headers.Authorization: enter the header Authorization again: the channel's URL changed (was a.example, now b.example)",
      ],
    ],
    [
      'an email password kept, the SMTP host moved',
      { notifications: { channels: [{ id: 'm', type: 'email', host: 'smtp.a', auth: { user: 'u', pass: 'p' } }] } },
      { notifications: { channels: [{ id: 'm', type: 'email', host: 'smtp.b', auth: { user: 'u', pass: 'p' } }] } },
      ['notifications.channels.0.auth.pass'],
      [
        "notifications.channels.0.auth.pass: enter the password again: the channel's SMTP server changed (was smtp.a, now smtp.b)",
      ],
    ],
    [
      "the bot's token kept, the Discord API address moved",
      { discord: { token: 't', apiBase: 'https://discord.com/api' } },
      { discord: { token: 't', apiBase: 'https://proxy.example/api' } },
      ['discord.token'],
      [
        "discord.token: enter the token again: the Discord bot's API address changed (was discord.com, now proxy.example)",
      ],
    ],
    [
      'the ipinfo token kept, the service switched on at an address set while it was off',
      { identity: { provider: 'off', url: 'https://evil.example', token: 't' } },
      { identity: { provider: 'ipinfo', url: 'https://evil.example', token: 't' } },
      ['identity.token'],
      ["identity.token: enter the token again: the identity service's address changed (was nowhere, now evil.example)"],
    ],
    [
      "the fleet's password kept, the broker moved",
      { fleet: { brokerUrl: 'mqtts://broker.a:8883', password: 'p' } },
      { fleet: { brokerUrl: 'mqtts://broker.b:8883', password: 'p' } },
      ['fleet.password'],
      ["fleet.password: enter the password again: the fleet's broker address changed (was broker.a, now broker.b)"],
    ],
    [
      "the sign-in's client secret kept, the bot's Discord API address moved",
      { discord: { apiBase: 'https://discord.com/api' }, api: { signIn: { discord: { clientId: '1', secret: 's' } } } },
      {
        discord: { apiBase: 'https://proxy.example/api' },
        api: { signIn: { discord: { clientId: '1', secret: 's' } } },
      },
      ['api.signIn.discord.secret'],
      [
        "api.signIn.discord.secret: enter the secret again: the Discord sign-in's Discord API address changed (was discord.com, now proxy.example)",
      ],
    ],
  ];
  it.each(rows)('%s', (_name, stored, restored, kept, errors) => {
    const got = carriedSecretErrors('settings', stored, restored, kept).map((e) => `${e.path}: ${e.message}`);
    expect(got).toEqual(errors);
  });

  it('checks one item being tested the same way, at its own fields', () => {
    const got = carriedSecretErrors('record', cf('https://a.example'), cf('https://b.example'), ['token']);
    expect(got).toEqual([
      {
        path: 'token',
        message: "enter the token again: the record's API address changed (was a.example, now b.example)",
      },
    ]);
  });
});

describe('dangerousChanges', () => {
  const ntfy = (server: string, extra: Record<string, unknown> = {}) => ({
    notifications: { channels: [{ id: 'n', type: 'ntfy', topic: 't', server, token: 'tk', ...extra }] },
  });
  const rows: [string, SettingsInput, SettingsInput, string[]][] = [
    ['nothing changed', {}, {}, []],
    ['an unrelated change', {}, { monitor: { intervalSec: 120 } }, []],
    [
      "the hook's program",
      {},
      { hook: { program: '/bin/sh', args: ['-c', 'id'] } },
      ["the hook's program (was none, now /bin/sh)", "the hook's arguments"],
    ],
    ['the hook switched off (program emptied)', { hook: { program: '/bin/x' } }, { hook: { program: '' } }, []],
    [
      'an unrelated change beside a program',
      { hook: { program: '/bin/x' } },
      { hook: { program: '/bin/x' }, monitor: { intervalSec: 120 } },
      [],
    ],
    [
      "the hook's arguments while it has no program",
      { hook: { program: '' } },
      { hook: { program: '', args: ['a'] } },
      [],
    ],
    [
      "the hook's arguments alone",
      { hook: { program: '/bin/x' } },
      { hook: { program: '/bin/x', args: ['a'] } },
      ["the hook's arguments"],
    ],
    [
      "a record's API address",
      { ddns: { records: [cf('https://a.example/v4')] } },
      { ddns: { records: [cf('https://b.example/v4')] } },
      ['the API address of the record "home" (was a.example, now b.example)'],
    ],
    [
      'a path on the same host',
      { ddns: { records: [cf('https://a.example/v4')] } },
      { ddns: { records: [cf('https://a.example/v5')] } },
      [],
    ],
    [
      "a channel's server",
      ntfy('https://ntfy.sh'),
      ntfy('https://evil.example'),
      ['the server of the channel "n" (was ntfy.sh, now evil.example)'],
    ],
    [
      'a channel without a secret moved',
      { notifications: { channels: [{ id: 'n', type: 'ntfy', topic: 't' }] } },
      { notifications: { channels: [{ id: 'n', type: 'ntfy', topic: 't', server: 'https://b.example' }] } },
      [],
    ],
    ['a new channel with a typed token', {}, ntfy('https://b.example'), []],
    [
      'a secret read from the same file as before',
      ntfy('https://b.example', { token: { file: '/etc/ntfy-token' } }),
      ntfy('https://b.example', { token: { file: '/etc/ntfy-token' }, priority: 5 }),
      [],
    ],
    [
      'a record reading a secret from a file, sent to its two servers',
      { ddns: { records: [{ id: 'd', provider: 'desec', token: 't', hostname: 'h.dedyn.io' }] } },
      { ddns: { records: [{ id: 'd', provider: 'desec', token: { file: '/etc/x' }, hostname: 'h.dedyn.io' }] } },
      ['the token of the record "d" now reads file /etc/x and sends it to update.dedyn.io and desec.io'],
    ],
    [
      'a new channel reading a secret from a file',
      {},
      ntfy('https://b.example', { token: { file: '/etc/shadow' } }),
      ['the token of the channel "n" now reads file /etc/shadow and sends it to b.example'],
    ],
    [
      'an identity service switched off, its token now read from a file: read, sent nowhere',
      { identity: { provider: 'off', token: 't' } },
      { identity: { provider: 'off', token: { file: '/etc/x' } } },
      ['the token of the identity service now reads file /etc/x'],
    ],
    [
      "a removed record's id reused, sending elsewhere",
      { ddns: { records: [cf('https://a.example')] } },
      { ddns: { records: [{ ...cf('https://b.example'), token: 'new' }] } },
      ['the API address of the record "home" (was a.example, now b.example)'],
    ],
    [
      "the fleet's broker moved",
      { fleet: { brokerUrl: 'mqtts://broker.a:8883', username: 'u', password: 'p' } },
      { fleet: { brokerUrl: 'mqtts://broker.b:8883', username: 'u', password: 'p' } },
      ['the broker address of the fleet (was broker.a, now broker.b)'],
    ],
    [
      'the heartbeat moved',
      { heartbeat: { url: 'https://hc-ping.com/abc' } },
      { heartbeat: { url: 'https://evil.example/ping/abc' } },
      ['the ping URL of the heartbeat (was hc-ping.com, now evil.example)'],
    ],
  ];
  it.each(rows)('%s', (_name, before, after, words) => {
    expect(dangerousChanges(settings(before), settings(after))).toEqual(words);
  });
});
