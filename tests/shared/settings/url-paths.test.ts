/**
 * The rule of a sending URL whose path is its secret (issue 58), as its table: what a viewer
 * sees (host only), what the logs mask (the path as written and as parsed, and a long segment
 * alone), and which channels' URLs it covers (none marked urlIsPublic, none by reference).
 */
import { describe, expect, it } from 'vitest';

import { hiddenUrlParts, hostOnly, urlPathSecrets } from '../../../shared/settings/url-paths';
import { hideCredentialsForViewer } from '../../../shared/settings/viewer-settings';

describe('hostOnly', () => {
  const rows: [string, string][] = [
    ['http://ha.example:8123/api/webhook/kitchen-Zq81xVb3Lw9pTe6R', 'http://ha.example:8123/…'],
    ['https://maker.ifttt.com/trigger/ip/with/key/dQw4w9WgXcQ', 'https://maker.ifttt.com/…'],
    ['https://hooks.zapier.com/hooks/catch/123/abc/', 'https://hooks.zapier.com/…'],
    ['HTTPS://user:pw@host.example/x?y=1', 'https://host.example/…'],
    ['https://ntfy.sh', 'https://ntfy.sh'],
    ['https://ntfy.sh/', 'https://ntfy.sh'],
    ['not a url', '…'],
  ];
  it.each(rows)('%s shows as %s', (url, shown) => expect(hostOnly(url)).toBe(shown));
});

describe('urlPathSecrets', () => {
  const rows: [string, string[]][] = [
    [
      'http://ha.example:8123/api/webhook/kitchen-Zq81xVb3Lw9pTe6R',
      ['/api/webhook/kitchen-Zq81xVb3Lw9pTe6R', 'kitchen-Zq81xVb3Lw9pTe6R'],
    ],
    ['https://example.org/a b', ['/a b', '/a%20b']],
    ['https://n8n.example/webhook/x?k=1#f', ['/webhook/x?k=1#f']],
    ['https://ntfy.sh', []],
    ['https://ntfy.sh/', []],
  ];
  it.each(rows)('%s masks %j', (url, secrets) => expect(urlPathSecrets(url)).toEqual(secrets));
});

describe('hiddenUrlParts', () => {
  const HA = 'http://ha.example:8123/api/webhook/kitchen-Zq81xVb3Lw9pTe6R';
  const rows: [string, string, Record<string, unknown>, string[]][] = [
    ['a webhook', 'webhook', { url: HA }, ['url']],
    ['a webhook marked public', 'webhook', { url: HA, urlIsPublic: true }, []],
    ['a webhook given by reference', 'webhook', { url: { env: 'HA_URL' } }, []],
    ['a Slack URL', 'slack', { url: 'https://hooks.slack.com/triggers/T1/2/abc' }, ['url']],
    ['a Teams URL', 'teams', { url: 'https://x.webhook.office.com/webhookb2/a@b/IncomingWebhook/c/d' }, ['url']],
    ['an ntfy server', 'ntfy', { server: 'https://ntfy.sh' }, ['server']],
    ['a Pushover link (shown in messages, not sent to)', 'pushover', { url: 'https://example.org/x' }, []],
    ['an email channel', 'email', { host: 'smtp.example.org' }, []],
  ];
  it.each(rows)('%s', (_what, type, options, hidden) =>
    expect(hiddenUrlParts(type, options).map((h) => h.option)).toEqual(hidden),
  );
});

describe('hideCredentialsForViewer', () => {
  it('replaces each hidden URL by its host, leaving the rest as it was', () => {
    const settings = {
      monitor: { intervalSec: 60 },
      notifications: {
        channels: [
          { id: 'ha', type: 'webhook', url: 'https://ha.example/api/webhook/abc', method: 'POST' },
          { id: 'pub', type: 'webhook', url: 'https://x.example/hook', urlIsPublic: true },
        ],
      },
    };
    expect(hideCredentialsForViewer(settings)).toEqual({
      monitor: { intervalSec: 60 },
      notifications: {
        channels: [
          { id: 'ha', type: 'webhook', url: 'https://ha.example/…', method: 'POST' },
          { id: 'pub', type: 'webhook', url: 'https://x.example/hook', urlIsPublic: true },
        ],
      },
    });
  });
});
