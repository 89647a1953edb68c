/**
 * Where each secret goes (shared/settings/destinations.ts destinationsOf), in full: the field it
 * is read from, the words a dangerous change says of it, its scheme://host:port and its host, for
 * every provider and channel type; text the one parse refuses and references included.
 */
import { describe, expect, it } from 'vitest';

import { destinationsOf, type SecretHolder } from '../../../shared/settings/destinations';

describe('destinationsOf: each destination by its field, its words and its host', () => {
  const REF = 'a value given by reference';
  const rows: [SecretHolder, unknown, [string, string, string, string][]][] = [
    [
      'record',
      { provider: 'rfc2136', server: 'ns1.example.org' },
      [['server', 'server', 'dns://ns1.example.org:53', 'ns1.example.org']],
    ],
    [
      'record',
      { provider: 'dyndns2', server: 'https://dyn.example' },
      [['server', 'update server', 'https://dyn.example:443', 'dyn.example']],
    ],
    ['record', { provider: 'duckdns' }, [['apiBase', 'API address', 'https://www.duckdns.org:443', 'www.duckdns.org']]],
    [
      'record',
      { provider: 'desec' },
      [
        ['apiBase', 'API address', 'https://update.dedyn.io:443', 'update.dedyn.io'],
        ['restBase', 'REST API address', 'https://desec.io:443', 'desec.io'],
      ],
    ],
    ['record', { provider: 'a provider of a newer IPWatch' }, []],
    ['record', null, []],
    ['channel', 'not an item', []],
    [
      'channel',
      { type: 'discord-webhook', url: 'https://discord.com/api/webhooks/1/x' },
      [['url', 'webhook URL', 'https://discord.com:443', 'discord.com']],
    ],
    [
      'channel',
      { type: 'slack', url: 'https://hooks.slack.com/x' },
      [['url', 'webhook URL', 'https://hooks.slack.com:443', 'hooks.slack.com']],
    ],
    [
      'channel',
      { type: 'teams', url: 'https://x.logic.azure.com/wf' },
      [['url', 'workflow URL', 'https://x.logic.azure.com:443', 'x.logic.azure.com']],
    ],
    // An empty or null field reads as the schema's default, as the client does.
    [
      'channel',
      { type: 'telegram', apiBase: '' },
      [['apiBase', 'Bot API server', 'https://api.telegram.org:443', 'api.telegram.org']],
    ],
    [
      'channel',
      { type: 'telegram', apiBase: null },
      [['apiBase', 'Bot API server', 'https://api.telegram.org:443', 'api.telegram.org']],
    ],
    ['channel', { type: 'gotify', url: 'http://g.lan' }, [['url', 'server', 'http://g.lan:80', 'g.lan']]],
    ['channel', { type: 'gotify', url: { env: 'GOTIFY_URL' } }, [['url', 'server', '{"env":"GOTIFY_URL"}', REF]]],
    ['channel', { type: 'email', host: { env: 'SMTP_HOST' } }, [['host', 'SMTP server', '{"env":"SMTP_HOST"}', REF]]],
    // Text the one parse refuses is a destination of its own (fail closed), named as it was written.
    ['channel', { type: 'email', host: 'bad host!' }, [['host', 'SMTP server', 'unreadable "bad host!"', 'bad host!']]],
    ['channel', { type: 'mqtt', url: 'mqtt://b.lan' }, [['url', 'broker', 'mqtt://b.lan:1883', 'b.lan']]],
    [
      'channel',
      { type: 'mqtt', url: 'mqtt://b.lan:1883x' },
      [['url', 'broker', 'unreadable "mqtt://b.lan:1883x"', 'mqtt://b.lan:1883x']],
    ],
    ['channel', { type: 'pushover' }, [['apiBase', 'API server', 'https://api.pushover.net:443', 'api.pushover.net']]],
    ['channel', { type: 'apprise', url: 'http://a.lan' }, [['url', 'Apprise API server', 'http://a.lan:80', 'a.lan']]],
    ['sign-in', {}, [['apiBase', 'Discord API address', 'https://discord.com:443', 'discord.com']]],
    ['identity', { provider: 'ifconfig.co' }, [['url', 'address', 'https://ifconfig.co:443', 'ifconfig.co']]],
  ];
  it.each(rows)('%s %j', (kind, item, want) => {
    expect(destinationsOf(kind, item).map((d) => [d.field, d.label, d.origin, d.host])).toEqual(want);
  });
});
