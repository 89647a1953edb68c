/**
 * A ddns-updater config.json (entries shaped as qdm12/ddns-updater's docs/<provider>.md show
 * them) moved over in one step: each supported provider becomes records, every other entry a
 * line saying why not; then the imported records update, against the providers' stand-ins.
 */
import { afterAll, describe, expect, it } from 'vitest';

import { buildUpdater } from '../../../../electron/engine/ddns';
import { ddnsHttp } from '../../../../electron/engine/ddns/http';
import { importDdnsUpdater } from '../../../../electron/engine/ddns/import-ddns-updater';
import { createUdpClient } from '../../../../electron/engine/net';
import { startCloudflare } from '../../../fakes/cloudflare-api';
import { startDesec } from '../../../fakes/desec';
import { startDuckdns } from '../../../fakes/duckdns';
import { startDyndns2 } from '../../../fakes/dyndns2';

const ZONE_ID = '0123456789abcdef0123456789abcdef';
const CONFIG = {
  settings: [
    {
      provider: 'cloudflare',
      zone_identifier: ZONE_ID,
      domain: 'home.example.com',
      ttl: 600,
      token: 'cf-token-1234',
      ip_version: 'ipv4',
    },
    {
      provider: 'noip',
      domain: 'example.net',
      owner: 'home',
      username: 'user',
      password: 'noip-pass',
      ip_version: 'ipv4',
    },
    { provider: 'dyn', domain: 'dyn.example.org', username: 'user', client_key: 'dyn-key-1234', ip_version: 'ipv6' },
    { provider: 'duckdns', domain: 'myhome.duckdns.org', token: 'duck-token-1234', ip_version: 'ipv4' },
    { provider: 'desec', domain: 'myhome.dedyn.io', token: 'desec-token-1234' },
    {
      provider: 'rfc2136',
      domain: 'home.example.org',
      zone: 'example.org',
      server: '[2001:db8::53]:5353',
      tsig_key_name: 'ddns-key',
      tsig_secret: 'c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0',
      ip_version: 'ipv4',
    },
    { provider: 'nosuchdns', domain: 'x.example.com', key: 'k', secret: 's' },
    {
      provider: 'cloudflare',
      zone_identifier: ZONE_ID,
      domain: 'y.example.com',
      email: 'a@b.c',
      key: 'global-key-value',
    },
    { provider: 'rfc2136', domain: 'z.example.org', server: 'ns1.example.org:53' },
    {
      provider: 'rfc2136',
      domain: 'z.example.org',
      server: 'ns1.example.org',
      tsig_key_name: 'k',
      tsig_secret: 'c2VjcmV0',
      tsig_algorithm: 'hmac-sha512',
    },
    { provider: 'desec', domain: 'w.dedyn.io', token: 't-1234', ipv6_suffix: '0:0:0:0:72ad:8fbb:a54e:bedd/64' },
    { provider: 'duckdns', domain: 'a.duckdns.org,b.duckdns.org', token: 't-1234' },
    {
      provider: 'duckdns',
      domain: 'v.duckdns.org',
      token: 't-1234',
      ip_version: 'ipv6',
      ipv6_suffix: '0:0:0:0:0:0:0:1/56',
    },
    { provider: 'duckdns', domain: 'u.duckdns.org', token: 't-1234', ip_version: 'ipv6', ipv6_suffix: '::1:2:3:4' },
    { provider: 'duckdns', domain: 'z.duckdns.org', token: 't-1234', ip_version: 'ipv6', ipv6_suffix: '::/64' },
    { provider: 'duckdns', domain: 's.duckdns.org', token: 't-1234', ip_version: 'ipv4', ipv6_suffix: '::/64' },
  ],
};

describe('ddns-updater config.json import', () => {
  const { records, refused } = importDdnsUpdater(CONFIG);

  it('moves each supported provider, one record per family', () => {
    expect(records.map((r) => [r.id, r.provider, r.type])).toEqual([
      ['cloudflare-home.example.com', 'cloudflare', 'A'],
      ['noip-home.example.net', 'noip', 'A'],
      ['dyn-dyn.example.org', 'dyn', 'AAAA'],
      ['duckdns-myhome.duckdns.org', 'duckdns', 'A'],
      ['desec-myhome.dedyn.io-a', 'desec', 'A'],
      ['desec-myhome.dedyn.io-aaaa', 'desec', 'AAAA'],
      ['rfc2136-home.example.org', 'rfc2136', 'A'],
      ['desec-w.dedyn.io-a', 'desec', 'A'],
      ['desec-w.dedyn.io-aaaa', 'desec', 'AAAA'],
      // One entry for two domains, as ddns-updater takes them: the records of each.
      ['duckdns-a.duckdns.org-a', 'duckdns', 'A'],
      ['duckdns-a.duckdns.org-aaaa', 'duckdns', 'AAAA'],
      ['duckdns-b.duckdns.org-a', 'duckdns', 'A'],
      ['duckdns-b.duckdns.org-aaaa', 'duckdns', 'AAAA'],
      ['duckdns-s.duckdns.org', 'duckdns', 'A'],
    ]);
    // The update server is the preset's own: the record holds none, its schema's default.
    expect(records[1]).not.toHaveProperty('server');
    expect(records[1]).toMatchObject({
      provider: 'noip',
      username: 'user',
      hostname: 'home.example.net',
      password: 'noip-pass',
    });
    expect(records[2]).toMatchObject({
      provider: 'dyn',
      username: 'user',
      password: 'dyn-key-1234',
    });
    expect(records[3]).toMatchObject({ domain: 'myhome' });
    expect(records[6]).toMatchObject({
      server: '2001:db8::53',
      port: 5353,
      zone: 'example.org',
      ttl: 300,
      keyName: 'ddns-key',
    });
  });

  it("puts ddns-updater's ipv6_suffix on the AAAA record as its address, never on the A record", () => {
    expect(records.find((r) => r.id === 'desec-w.dedyn.io-aaaa')).toMatchObject({ address: '::72ad:8fbb:a54e:bedd' });
    expect(records.find((r) => r.id === 'desec-w.dedyn.io-a')).not.toHaveProperty('address');
    expect(records.find((r) => r.id === 'duckdns-s.duckdns.org')).not.toHaveProperty('address');
    expect(records.filter((r) => r.type === 'AAAA' && r.id !== 'desec-w.dedyn.io-aaaa').map((r) => r.address)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('refuses the rest with one clear line each, and no secret in them', () => {
    expect(refused).toEqual([
      expect.stringMatching(
        /^settings\[6\] \(nosuchdns x\.example\.com\): provider "nosuchdns" is not one IPWatch keeps in step/,
      ),
      'settings[7] (cloudflare y.example.com): only an API token is supported (a scoped one), not the global API key or a user service key',
      'settings[8] (rfc2136 z.example.org): an unsigned update is not supported: give a TSIG key',
      'settings[9] (rfc2136 z.example.org): TSIG hmac-sha512 is not supported, only hmac-sha256',
      'settings[12] (duckdns v.duckdns.org): ipv6_suffix "0:0:0:0:0:0:0:1/56": a 56-bit suffix sits behind a /72, and IPWatch takes /48 to /64 (a suffix of 64 to 80 bits)',
      'settings[13] (duckdns u.duckdns.org): ipv6_suffix "::1:2:3:4" is not an IPv6 suffix with its prefix length, such as 0:0:0:0:72ad:8fbb:a54e:bedd/64',
      `settings[14] (duckdns z.duckdns.org): ipv6_suffix "::/64": the suffix :: is all zeros: give the device's own, such as ::1:2:3:4`,
    ]);
    expect(refused.join('\n')).not.toMatch(/global-key-value|t-1234|c2VjcmV0/);
  });

  it("takes an ipv6_suffix longer than 64 bits as a host part behind a shorter prefix (ddns-updater's /72 is a /56)", () => {
    const entry = { provider: 'duckdns', domain: 'p.duckdns.org', token: 't-1234', ip_version: 'ipv6' };
    const got = importDdnsUpdater({ settings: [{ ...entry, ipv6_suffix: '0:0:0:1:0:0:0:5/72' }] });
    expect(got.refused).toEqual([]);
    expect(got.records).toMatchObject([{ type: 'AAAA', address: '::1:0:0:0:5/56' }]);
  });

  it("makes each dyndns2 preset's entry (its docs/<x>.md fields) a record of its own provider, none refused", () => {
    const entry = (provider: string, more: Record<string, unknown>) => ({
      provider,
      domain: 'h.example.de',
      ip_version: 'ipv4',
      ...more,
    });
    const user = { username: 'u', password: 'p-1234' };
    const entries = [
      entry('noip', user),
      entry('dynu', { ...user, group: '' }),
      entry('dyn', { username: 'u', client_key: 'p-1234' }),
      entry('strato', { password: 'p-1234' }),
      entry('he', { password: 'p-1234' }),
      entry('dnsomatic', user),
      entry('opendns', user),
      entry('infomaniak', user),
      entry('inwx', user),
      entry('loopia', user),
      entry('selfhost.de', user),
      entry('spdyn', { user: 'u', password: 'p-1234' }),
      entry('spdyn', { token: 'p-1234' }),
      entry('changeip', user),
      entry('gigahostno', { email: 'u', password: 'p-1234' }),
      entry('allinkl', user),
      entry('nowdns', user),
    ];
    const got = importDdnsUpdater({ settings: entries });
    expect(got.refused).toEqual([]);
    expect(got.records.map((r) => r.provider)).toEqual([
      ...['noip', 'dynu', 'dyn', 'strato', 'he', 'dnsomatic', 'opendns', 'infomaniak', 'inwx', 'loopia'],
      ...['selfhostde', 'spdyn', 'spdyn', 'changeip', 'gigahostno', 'allinkl', 'nowdns'],
    ]);
    for (const r of got.records) expect(r).toMatchObject({ hostname: 'h.example.de', password: 'p-1234' });
    // Strato logs in with the registered domain, spdyn's token with the host name, HE with no user at all.
    expect(got.records[3]).toMatchObject({ username: 'example.de' });
    expect(got.records[4]).not.toHaveProperty('username');
    expect(got.records[11]).toMatchObject({ username: 'u' });
    expect(got.records[12]).toMatchObject({ username: 'h.example.de' });
    expect(got.records.filter((r) => r.username === 'u')).toHaveLength(14);
  });

  it('takes a Gigahost entry with an API key as a record that logs in with it', () => {
    const got = importDdnsUpdater({
      settings: [{ provider: 'gigahostno', domain: 'h.example.no', apikey: 'flux_live_secret' }],
    });
    expect(got.refused).toEqual([]);
    // Both families, as ddns-updater's ip_version defaults to "ipv4 or ipv6".
    expect(got.records.map((r) => r.type)).toEqual(['A', 'AAAA']);
    for (const r of got.records) {
      expect(r).toMatchObject({ provider: 'gigahostno', hostname: 'h.example.no', apiKey: 'flux_live_secret' });
      expect(r).not.toHaveProperty('username');
      expect(r).not.toHaveProperty('password');
    }
  });

  it('an entry for several domains ("a.com,b.com") makes the records of each', () => {
    const got = importDdnsUpdater({
      settings: [{ provider: 'duckdns', domain: 'one.duckdns.org, two.duckdns.org', token: 't', ip_version: 'ipv4' }],
    });
    expect(got.refused).toEqual([]);
    expect(got.records.map((r) => [r.provider, r.domain])).toEqual([
      ['duckdns', 'one'],
      ['duckdns', 'two'],
    ]);
  });

  it("an IPv4-only provider's entry for either family makes its A record alone; asked for IPv6, it is refused", () => {
    const either = importDdnsUpdater({ settings: [{ provider: 'namecheap', domain: 'example.com', password: 'p' }] });
    expect(either.refused).toEqual([]);
    expect(either.records.map((r) => r.type)).toEqual(['A']);
    const v6 = importDdnsUpdater({
      settings: [{ provider: 'namecheap', domain: 'example.com', password: 'p', ip_version: 'ipv6' }],
    });
    expect(v6.records).toEqual([]);
    expect(v6.refused[0]).toMatch(/IPv4 \(A\) records only/);
  });

  it('a file without a settings array is refused', () => {
    expect(importDdnsUpdater({})).toEqual({ records: [], refused: ['config.json has no "settings" array'] });
  });

  describe('and the imported records update', () => {
    const udp = createUdpClient();
    const stops: (() => Promise<void>)[] = [];
    afterAll(async () => {
      await udp.close();
      for (const stop of stops) await stop();
    });
    const update = async (record: Record<string, unknown>, address: string) => {
      const deps = { udp, http: ddnsHttp, clock: { now: () => Date.now() }, timeoutMs: 2000 };
      const built = buildUpdater(record, deps, { env: {}, readFile: () => '' });
      if (!built.ok) throw new Error(built.reason);
      return built.updater.update(address, new AbortController().signal);
    };

    it('against each provider stand-in', async () => {
      const cf = await startCloudflare('cf-token-1234', { id: ZONE_ID, name: 'example.com' }, [
        {
          id: 'r1',
          zone_id: ZONE_ID,
          type: 'A',
          name: 'home.example.com',
          content: '192.0.2.1',
          proxied: false,
          ttl: 600,
        },
      ]);
      const noip = await startDyndns2('user', 'noip-pass', ['home.example.net']);
      const duck = await startDuckdns('duck-token-1234', ['myhome']);
      const de = await startDesec('desec-token-1234', ['myhome.dedyn.io']);
      stops.push(cf.close, noip.close, duck.close, de.close);
      expect(await update({ ...records[0]!, apiBase: cf.url }, '198.51.100.7')).toMatchObject({ kind: 'updated' });
      expect(await update({ ...records[1]!, server: noip.url }, '198.51.100.7')).toMatchObject({ kind: 'updated' });
      expect(await update({ ...records[3]!, apiBase: duck.url }, '198.51.100.7')).toMatchObject({ kind: 'updated' });
      expect(await update({ ...records[5]!, apiBase: de.url }, '2001:db8::7')).toMatchObject({ kind: 'updated' });
      expect(cf.records[0]!.content).toBe('198.51.100.7');
      expect(noip.hosts.get('home.example.net')).toBe('198.51.100.7');
      expect(duck.domains.get('myhome')!.ip).toBe('198.51.100.7');
      expect(de.hosts.get('myhome.dedyn.io')!.AAAA).toBe('2001:db8::7');
    });
  });
});
