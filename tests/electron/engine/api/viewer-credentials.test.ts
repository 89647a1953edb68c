/**
 * A viewer sees no credential (issue 73), through the real API server: every channel type and every
 * DNS provider is set up with a distinct marker planted in each field the credentials table
 * (shared/settings/credentials.ts) says is not plain (a token, an ntfy topic, an Apprise key, a
 * sending URL's path, a URL's userinfo), and no marker shows anywhere in what a viewer's token reads
 * of the settings, the channels and the status. An admin reads them whole, and saving the viewer's
 * view back as an admin keeps every stored value.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { channelOptionIssues } from '../../../../shared/settings/channel-options';
import {
  CHANNEL_CREDENTIALS,
  type CredentialKind,
  DDNS_CREDENTIALS,
  fieldsOfKind,
} from '../../../../shared/settings/credentials';
import { ddnsRecordSchema } from '../../../../shared/settings/ddns';
import { DDNS_SPECS } from '../../../../shared/settings/ddns-providers';
import { type ApiServer, startApiServer } from '../../../helpers/api-server';
import { seeded } from '../../../helpers/random';

const { random } = seeded('viewer-credentials');
const planted: string[] = [];
/** A marker no other value holds, in letters and digits (it fits a topic, a key, a token's part). */
function mark(where: string): string {
  const m = `mk${where.replace(/[^A-Za-z0-9]/g, '')}${Math.floor(random() * 1e9).toString(36)}`;
  planted.push(m);
  return m;
}
const pushoverKey = (where: string) => mark(where).padEnd(30, 'Z').slice(0, 30);
/** A marker in lowercase hex, 32 digits (Twilio's auth token). */
function hexMark(): string {
  const m = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  planted.push(m);
  return m;
}
/** A marker in digits alone, for a credential that is a number (DNSPod's token ID). */
function digitsMark(): string {
  const m = String(9_000_000_000 + Math.floor(random() * 1e9));
  planted.push(m);
  return m;
}
/** Credential fields whose value is a number, by provider. */
const NUMERIC: Record<string, string[]> = { dnspod: ['tokenId'] };

/** Every channel type, valid, its credentials marked (each field the table lists as not plain). */
const channels = (): Record<string, unknown>[] => [
  { type: 'desktop' },
  { type: 'discord-bot' },
  {
    type: 'discord-webhook',
    url: `https://discord.example/api/webhooks/1/${mark('dw')}`,
    avatarUrl: `https://${mark('dwa')}@img.example/a.png`,
  },
  { type: 'slack', url: `https://hooks.slack.example/services/T0/B0/${mark('slack')}` },
  {
    type: 'telegram',
    token: `123456:${mark('tg')}`,
    chatId: 42,
    apiBase: `https://${mark('tgbase')}@tg.example`,
  },
  { type: 'ntfy', topic: mark('topic'), server: `https://ntfy.example/${mark('ntfyp')}`, token: mark('ntfytok') },
  { type: 'gotify', url: `https://gotify.example/${mark('gotp')}`, token: mark('gottok') },
  {
    type: 'webhook',
    url: `https://ha.example/api/webhook/${mark('hook')}`,
    headers: { Authorization: `Bearer ${mark('hdr')}` },
    secret: mark('sig'),
  },
  {
    type: 'email',
    host: 'smtp.example',
    auth: { user: 'me', pass: mark('smtp') },
    from: 'ipwatch@example.org',
    to: 'me@example.org',
  },
  // The broker's URL refuses userinfo (its user and password have fields), so it carries none.
  { type: 'mqtt', url: 'mqtt://broker.example', username: 'me', password: mark('mqtt') },
  { type: 'teams', url: `https://teams.example/workflows/x?sig=${mark('teams')}` },
  {
    type: 'pushover',
    token: pushoverKey('po'),
    userKey: pushoverKey('pu'),
    url: `https://${mark('pol')}@dash.example/`,
    apiBase: `https://${mark('pob')}@po.example`,
  },
  { type: 'apprise', url: `https://apprise.example/${mark('app')}`, configKey: mark('key') },
  { type: 'apprise', url: 'https://apprise.example', appriseUrls: `tgram://${mark('aurl')}/1` },
  {
    type: 'twilio',
    accountSid: `AC${'0'.repeat(32)}`,
    authToken: hexMark(),
    from: '+14155552671',
    to: '+4915112345678',
    apiBase: `https://${mark('twb')}@tw.example`,
  },
  { type: 'matrix', homeserver: `https://${mark('mxh')}@mx.example`, room: '!a:example.org', accessToken: mark('mxt') },
  {
    type: 'signal',
    url: `https://${mark('sgu')}@signal.example`,
    number: '+4915112345678',
    recipients: '+4915187654321',
  },
  { type: 'bark', server: `https://${mark('bks')}@bark.example`, deviceKey: mark('bkd') },
  // A plugin channel names its plugin only; its secrets are in the plugin's manifest.
  { type: 'plugin', plugin: 'example-channel' },
];

/** Every DNS provider, valid, its credentials marked. */
const records = (): Record<string, unknown>[] => [
  {
    provider: 'rfc2136',
    server: 'ns.example',
    zone: 'example.org',
    name: 'h.example.org',
    keyName: 'k',
    secret: mark('tsig'),
  },
  {
    provider: 'cloudflare',
    token: mark('cf'),
    zone: 'example.org',
    name: 'h.example.org',
    apiBase: `https://${mark('cfb')}@cf.example`,
  },
  {
    provider: 'dyndns2',
    server: `https://me:${mark('dynu')}@dyn.example`,
    username: 'me',
    password: mark('dyn'),
    hostname: 'h.example.org',
  },
  { provider: 'duckdns', token: mark('duck'), domain: 'h', apiBase: `https://${mark('duckb')}@duck.example` },
  {
    provider: 'desec',
    token: mark('desec'),
    hostname: 'h.dedyn.io',
    apiBase: `https://${mark('desb')}@up.example`,
    restBase: `https://${mark('desr')}@rest.example`,
  },
];

/** A plain field's sample value, by its name (the providers' files name them alike). */
const PLAIN: Record<string, unknown> = {
  zone: 'example.org',
  domain: 'example.org',
  name: 'h.example.org',
  hostname: 'h.example.org',
  host: 'h.example.org',
  username: 'me',
  user: 'me',
  zoneId: 'Z0123456789ABCDEFGHIJ',
  // Google Cloud DNS names its project and managed zone by their own IDs.
  project: 'my-project-123',
  managedZone: 'example-org',
  domainId: '48213',
  // A plugin record names its plugin (its manifest's name).
  plugin: 'example-dns',
};

/** Providers whose record holds one login of two (Gigahost: an API key, or the e-mail and password): a record of each. */
const ONE_OF: Record<string, string[][]> = {
  gigahostno: [['username', 'password'], ['apiKey']],
  ddnss: [['username', 'password'], ['token']],
};

/** Each provider added since by its file (shared/settings/ddns-providers/): every field it marks as not plain, marked. */
const fromSpecs = (): Record<string, unknown>[] =>
  DDNS_SPECS.filter((s) => !records().some((r) => r.provider === s.id)).flatMap((spec) =>
    (ONE_OF[spec.id] ?? [[]]).map((without) => recordOf(spec, without)),
  );

function recordOf(spec: (typeof DDNS_SPECS)[number], without: string[]): Record<string, unknown> {
  const r: Record<string, unknown> = { provider: spec.id };
  for (const [field, kind] of Object.entries(spec.kinds as Record<string, string>)) {
    if (without.includes(field)) continue;
    if (kind === 'secret' || kind === 'credential')
      r[field] =
        field === 'headers'
          ? { 'x-key': mark(field) }
          : spec.id === 'ionos'
            ? `p.${mark(field)}`
            : NUMERIC[spec.id]?.includes(field)
              ? digitsMark()
              : mark(field);
    else if (kind === 'url') r[field] = `https://${mark(field)}@${spec.id}.example/`;
    // A sending URL's secret is its path (the custom provider's /u/<token>/ of an update URL).
    else if (kind === 'sending-url') r[field] = `https://${spec.id}.example/u/${mark(field)}/?ip={{address}}`;
    else if (field in PLAIN) r[field] = PLAIN[field];
  }
  return r;
}

const CHANNELS: Record<string, unknown>[] = channels().map((c, i) => ({ id: `c${i}`, enabled: false, ...c }));
/**
 * A custom provider's update URL with its token in the path (FreeDNS's /u/<token>/ style), the
 * other fields empty: what the viewer must not read is the path itself.
 */
const PATH_TOKEN = {
  provider: 'custom',
  name: 'h.example.org',
  url: `https://sync.example/u/${mark('update-url-path')}/?ip={{address}}`,
};
const RECORDS: Record<string, unknown>[] = [...records(), ...fromSpecs(), PATH_TOKEN].map((r, i) => ({
  id: `r${i}`,
  enabled: false,
  ...r,
}));

let server: ApiServer<'admin' | 'viewer'>;
beforeAll(async () => {
  server = await startApiServer({
    name: 'viewer-credentials',
    settings: { notifications: { channels: CHANNELS }, ddns: { records: RECORDS } },
    tokens: [
      ['admin', 'admin', 'ops'],
      ['viewer', 'viewer'],
    ],
  });
}, 60_000);
afterAll(async () => {
  await server?.close();
});

type Kinds = { readonly [k: string]: CredentialKind | Kinds };
const NOT_PLAIN: CredentialKind[] = ['secret', 'credential', 'sending-url', 'url'];
const at = (o: unknown, path: string[]): unknown =>
  path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o);

describe('the set-up', () => {
  it('is valid, and marks every credential field of every channel type and provider', () => {
    for (const c of CHANNELS) expect(channelOptionIssues(c), String(c.type)).toEqual([]);
    for (const r of RECORDS) expect(ddnsRecordSchema.safeParse(r).success, String(r.provider)).toBe(true);
    const items = [
      ...Object.entries(CHANNEL_CREDENTIALS).map(([t, k]) => [k, CHANNELS.filter((c) => c.type === t)] as const),
      ...Object.entries(DDNS_CREDENTIALS).map(([p, k]) => [k, RECORDS.filter((r) => r.provider === p)] as const),
    ];
    for (const [kinds, list] of items) {
      expect(list.length).toBeGreaterThan(0);
      for (const kind of NOT_PLAIN)
        for (const path of fieldsOfKind(kinds as Kinds, kind)) {
          if (path.join('.') === 'url' && list[0]!.type === 'mqtt') continue;
          const values = list.map((item) => JSON.stringify(at(item, path) ?? ''));
          expect(
            values.some((v) => planted.some((m) => v.includes(m))),
            `${path.join('.')} of ${JSON.stringify(list[0])}`,
          ).toBe(true);
        }
    }
  });
});

describe('a viewer', () => {
  it.each(['/settings', '/channels', '/status'])('reads no credential in %s', async (route) => {
    const res = await server.call(route, server.tokens.viewer);
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body.length).toBeGreaterThan(100);
    expect(planted.filter((m) => body.includes(m))).toEqual([]);
  });
});

describe('an admin', () => {
  it('reads the credentials an admin edits whole (a topic, a key, a sending URL)', async () => {
    const body = await (await server.call('/settings', server.tokens.admin)).text();
    for (const c of CHANNELS.filter((x) => x.type === 'ntfy' || x.type === 'apprise' || x.type === 'webhook'))
      for (const k of ['topic', 'configKey', 'url'] as const) if (k in c) expect(body).toContain(String(c[k]));
  });

  it("keeps every stored value when saving the viewer's view", async () => {
    const before = JSON.stringify(server.settings());
    const viewed = (await (await server.call('/settings', server.tokens.viewer)).json()) as { settings: unknown };
    const res = await server.call('/settings', server.tokens.admin, {
      method: 'PUT',
      json: { settings: viewed.settings },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(JSON.stringify(server.settings())).toBe(before);
  });
});
