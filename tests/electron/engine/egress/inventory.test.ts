/**
 * The inventory (egress/inventory.ts) for the default settings and for a busy configuration: every
 * destination with its host or role, port, protocol, purpose, switch and pace, as a table.
 */
import { describe, expect, it } from 'vitest';

import { declaredDestinations, type EgressFacts } from '../../../../electron/engine/egress/inventory';
import type { DeclaredDestination } from '../../../../shared/contract/egress';
import { parseSettings, type Settings } from '../../../../shared/settings';

const FACTS: EgressFacts = { dnsServers: ['192.168.1.1'], proxies: [] };

function settingsOf(raw: Record<string, unknown>): Settings {
  const r = parseSettings(raw);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.settings;
}

/** One row per destination: id, where, protocol/port, purpose, setting, pace. */
const rows = (list: DeclaredDestination[]) =>
  list.map((d) => [
    d.id,
    d.host ?? `(${d.role})`,
    `${d.protocol}/${d.port ?? 'any'}`,
    d.purpose,
    d.setting,
    d.everySec,
  ]);

describe('the inventory at default settings', () => {
  const declared = declaredDestinations(settingsOf({}), FACTS);

  it('lists the built-in sources, the router watch and the system DNS server, and nothing else', () => {
    expect(rows(declared)).toEqual([
      ['source:ipify-v4', 'api.ipify.org', 'tcp/443', 'echo', 'egress.echo', 60],
      ['source:ipify-v6', 'api6.ipify.org', 'tcp/443', 'echo', 'egress.echo', 60],
      ['source:icanhazip-v4', 'ipv4.icanhazip.com', 'tcp/443', 'echo', 'egress.echo', 60],
      ['source:icanhazip-v6', 'ipv6.icanhazip.com', 'tcp/443', 'echo', 'egress.echo', 60],
      ['source:identme-v4', 'v4.ident.me', 'tcp/443', 'echo', 'egress.echo', 60],
      ['source:identme-v6', 'v6.ident.me', 'tcp/443', 'echo', 'egress.echo', 60],
      ['source:seeip-v4', 'ipv4.seeip.org', 'tcp/443', 'echo', 'egress.echo', 60],
      ['source:seeip-v6', 'ipv6.seeip.org', 'tcp/443', 'echo', 'egress.echo', 60],
      ['source:aws-v4', 'checkip.amazonaws.com', 'tcp/443', 'echo', 'egress.echo', 60],
      ['source:cloudflare-trace-v4', '1.1.1.1', 'tcp/443', 'echo', 'egress.echo', 60],
      ['source:cloudflare-trace-v6', '2606:4700:4700::1111', 'tcp/443', 'echo', 'egress.echo', 60],
      ['source:ifconfigco-v4', 'ifconfig.co', 'tcp/443', 'echo', 'egress.echo', 60],
      ['source:ifconfigco-v6', 'ifconfig.co', 'tcp/443', 'echo', 'egress.echo', 60],
      ['source:ipinfo-v4', 'ipinfo.io', 'tcp/443', 'echo', 'egress.echo', 60],
      ['source:ipinfo-v6', 'v6.ipinfo.io', 'tcp/443', 'echo', 'egress.echo', 60],
      ['source:opendns-dns-v4', '208.67.222.222', 'udp/53', 'dnsDetection', 'egress.dnsDetection', 60],
      ['source:opendns-dns-v6', '2620:119:35::35', 'udp/53', 'dnsDetection', 'egress.dnsDetection', 60],
      ['source:google-dns-v4', '216.239.32.10', 'udp/53', 'dnsDetection', 'egress.dnsDetection', 60],
      ['source:google-dns-v6', '2001:4860:4802:32::a', 'udp/53', 'dnsDetection', 'egress.dnsDetection', 60],
      ['source:cloudflare-dns-v4', '1.1.1.1', 'udp/53', 'dnsDetection', 'egress.dnsDetection', 60],
      ['source:cloudflare-dns-v6', '2606:4700:4700::1111', 'udp/53', 'dnsDetection', 'egress.dnsDetection', 60],
      ['source:google-stun-v4', 'stun.l.google.com', 'udp/19302', 'stun', 'egress.stun', 60],
      ['source:google-stun-v6', 'stun.l.google.com', 'udp/19302', 'stun', 'egress.stun', 60],
      ['source:cloudflare-stun-v4', 'stun.cloudflare.com', 'udp/3478', 'stun', 'egress.stun', 60],
      ['source:cloudflare-stun-v6', 'stun.cloudflare.com', 'udp/3478', 'stun', 'egress.stun', 60],
      ['router:nat-pmp', '(gateway)', 'udp/5351', 'routerPortMapping', 'router.enabled', 300],
      ['router:ssdp', '239.255.255.250', 'udp/1900', 'routerDiscovery', 'router.enabled', 300],
      ['router:ssdp-gateway', '(gateway)', 'udp/1900', 'routerDiscovery', 'router.enabled', 300],
      ['router:upnp', '(local-router)', 'tcp/any', 'routerUpnp', 'router.enabled', 300],
      ['system-dns:1', '192.168.1.1', 'udp/53', 'systemDns', 'the destinations above named by a host name', null],
    ]);
  });

  it.each([
    ['egress.echo off', { egress: { echo: false } }, 'echo'],
    ['egress.stun off', { egress: { stun: false } }, 'stun'],
    ['egress.dnsDetection off', { egress: { dnsDetection: false } }, 'dnsDetection'],
  ] as const)('%s leaves out that family and only it', (_name, raw, purpose) => {
    const off = declaredDestinations(settingsOf(raw), FACTS);
    expect(off.filter((d) => d.purpose === purpose)).toEqual([]);
    expect(off.length).toBeGreaterThan(0);
    expect(declared.filter((d) => d.purpose !== purpose)).toEqual(off);
  });

  it.each([
    ['sources.builtIn off', { sources: { builtIn: false } }, ['routerPortMapping', 'routerDiscovery', 'routerUpnp']],
    ['router.enabled off', { router: { enabled: false } }, ['echo', 'dnsDetection', 'stun', 'systemDns']],
    ['everything off: nothing at all', { sources: { builtIn: false }, router: { enabled: false } }, []],
  ] as const)('%s', (_name, raw, purposes) => {
    const left = new Set(declaredDestinations(settingsOf(raw), FACTS).map((d) => d.purpose));
    expect([...left].sort()).toEqual([...purposes].sort());
  });

  it('follows the families watched and the check interval', () => {
    const v4 = declaredDestinations(settingsOf({ monitor: { ipv6: false, intervalSec: 300 } }), FACTS);
    expect(v4.filter((d) => d.id.endsWith('-v6'))).toEqual([]);
    expect(new Set(v4.filter((d) => d.id.startsWith('source:')).map((d) => d.everySec))).toEqual(new Set([300]));
  });

  it('drops a built-in source switched off by id', () => {
    const ids = declaredDestinations(settingsOf({ sources: { disabled: ['aws-v4'] } }), FACTS).map((d) => d.id);
    expect(ids).not.toContain('source:aws-v4');
    expect(ids).toContain('source:ipify-v4');
  });
});

/** A typical busy runner: a DDNS record of each kind, channels, monitors, heartbeat, identity, speed test, fleet, the bot. */
const BUSY = {
  monitor: { ipv6: false },
  sources: {
    builtIn: true,
    custom: [{ id: 'mine', kind: 'http', url: 'https://echo.example.net:8443/ip', family: 4 }],
  },
  egress: { stun: false },
  ddns: {
    records: [
      { id: 'cf', provider: 'cloudflare', name: 'home.example.org', zoneId: '0123456789abcdef'.repeat(2), token: 't' },
      {
        id: 'ns',
        provider: 'rfc2136',
        name: 'home.example.org',
        zone: 'example.org',
        server: 'ns1.example.org',
        keyName: 'k',
        secret: 'c2VjcmV0',
      },
    ],
  },
  notifications: {
    channels: [
      { id: 'alerts', type: 'ntfy', topic: 'ipwatch' },
      {
        id: 'mail',
        type: 'email',
        host: 'smtp.example.org',
        port: 587,
        from: 'a@example.org',
        to: ['b@example.org'],
      },
      { id: 'off', type: 'slack', enabled: false, url: 'https://hooks.slack.com/services/T/B/X' },
    ],
  },
  monitors: {
    items: [
      { id: 'ssh', name: 'SSH', type: 'tcp', host: 'home.example.org', port: 22, family: 4, intervalSec: 120 },
      { id: 'web', name: 'Web', type: 'http', url: 'https://cloud.example.org/status.php', family: 4 },
    ],
  },
  heartbeat: { enabled: true, url: 'https://hc-ping.com/0b5ad1c4-7d6e-4b7b-9c8f-3e2a1d0c9b8a', intervalSec: 600 },
  identity: { provider: 'ipinfo' },
  speedTest: { enabled: true, everyHours: 6 },
  path: { enabled: true, target: '2620:fe::fe' },
  fleet: { publish: true, site: 'home', brokerUrl: 'mqtts://broker.example.org:8883' },
  discord: { token: 'x'.repeat(60) },
};

describe('the inventory of a busy configuration', () => {
  it('lists each thing configured and on, with its host, port and pace, and no secret or path', () => {
    const declared = declaredDestinations(settingsOf(BUSY), {
      dnsServers: ['10.0.0.53'],
      proxies: [{ host: 'proxy.lan', port: 3128, variables: ['ALL_PROXY'] }],
    });
    const mine = rows(declared.filter((d) => !d.id.startsWith('source:') || d.id === 'source:mine'));
    expect(mine).toEqual([
      ['source:mine', 'echo.example.net', 'tcp/8443', 'customSource', 'sources.custom', 60],
      ['router:nat-pmp', '(gateway)', 'udp/5351', 'routerPortMapping', 'router.enabled', 300],
      ['router:ssdp', '239.255.255.250', 'udp/1900', 'routerDiscovery', 'router.enabled', 300],
      ['router:ssdp-gateway', '(gateway)', 'udp/1900', 'routerDiscovery', 'router.enabled', 300],
      ['router:upnp', '(local-router)', 'tcp/any', 'routerUpnp', 'router.enabled', 300],
      ['record:cf', 'api.cloudflare.com', 'tcp/443', 'ddnsApi', 'ddns.records (cf)', null],
      ['record:ns:udp', 'ns1.example.org', 'udp/53', 'ddnsUpdate', 'ddns.records (ns)', null],
      ['record:ns', 'ns1.example.org', 'tcp/53', 'ddnsUpdate', 'ddns.records (ns)', null],
      ['channel:alerts', 'ntfy.sh', 'tcp/443', 'channel', 'notifications.channels (alerts)', null],
      ['channel:mail', 'smtp.example.org', 'tcp/587', 'channel', 'notifications.channels (mail)', null],
      ['heartbeat:heartbeat', 'hc-ping.com', 'tcp/443', 'heartbeat', 'heartbeat.enabled', 600],
      ['discord:discord', 'discord.com', 'tcp/443', 'discordBot', 'discord.token', null],
      ['identity:identity', 'ipinfo.io', 'tcp/443', 'identity', 'identity.provider', null],
      ['fleet:fleet', 'broker.example.org', 'tcp/8883', 'fleet', 'fleet.publish, fleet.watch', null],
      ['ddns:zone-servers:udp', '(zone-servers)', 'udp/53', 'ddnsProof', 'ddns.records', null],
      ['ddns:zone-servers:tcp', '(zone-servers)', 'tcp/53', 'ddnsProof', 'ddns.records', null],
      ['discord:gateway', 'gateway.discord.gg', 'tcp/443', 'discordBot', 'discord.token', null],
      ['discord:gateway-resume', '*.discord.gg', 'tcp/443', 'discordBot', 'discord.token', null],
      ['monitor:ssh', 'home.example.org', 'tcp/22', 'serviceMonitor', 'monitors.items (ssh)', 120],
      ['monitor:web', 'cloud.example.org', 'tcp/443', 'serviceMonitor', 'monitors.items (web)', 300],
      ['speed-test', 'speed.cloudflare.com', 'tcp/443', 'speedTest', 'speedTest.enabled', 21_600],
      ['path', '2620:fe::fe', 'udp/any', 'path', 'path.enabled', null],
      ['system-dns:1', '10.0.0.53', 'udp/53', 'systemDns', 'the destinations above named by a host name', null],
      ['ddns:zone-walk:cf:1:udp', '10.0.0.53', 'udp/53', 'ddnsZoneWalk', 'ddns.records (cf)', null],
      ['ddns:zone-walk:cf:1:tcp', '10.0.0.53', 'tcp/53', 'ddnsZoneWalk', 'ddns.records (cf)', null],
      ['ddns:zone-walk:ns:1:udp', '10.0.0.53', 'udp/53', 'ddnsZoneWalk', 'ddns.records (ns)', null],
      ['ddns:zone-walk:ns:1:tcp', '10.0.0.53', 'tcp/53', 'ddnsZoneWalk', 'ddns.records (ns)', null],
      ['proxy:1', 'proxy.lan', 'tcp/3128', 'proxy', 'ALL_PROXY', null],
    ]);
    // The channel switched off sends nowhere; no token, key or path is in the list.
    const text = JSON.stringify(declared);
    for (const secret of ['hooks.slack.com', 'x'.repeat(60), '0b5ad1c4', 'c2VjcmV0', 'status.php'])
      expect(text).not.toContain(secret);
    expect(declared.filter((d) => d.purpose === 'stun')).toEqual([]);
  });
});

describe('the path (issue 77)', () => {
  it('is declared only when on: its target, its UDP probes', () => {
    const purposes = (path: Record<string, unknown>) =>
      declaredDestinations(settingsOf({ path }), { dnsServers: [], proxies: [] }).filter((d) => d.purpose === 'path');
    expect(purposes({})).toEqual([]);
    expect(purposes({ enabled: true })).toMatchObject([{ id: 'path', host: '9.9.9.9', protocol: 'udp', port: null }]);
  });
});

describe("a DDNS record's zone walk (ddns/zone-servers.ts)", () => {
  const walks = (settings: Record<string, unknown>, dnsServers: string[]) =>
    declaredDestinations(settingsOf(settings), { dnsServers, proxies: [] })
      .filter((d) => d.purpose === 'ddnsZoneWalk')
      .map((d) => [d.id, d.role, d.host, d.protocol, d.nsNames]);

  it('asks NS of the zone its settings name, else of its name and each name above it', () => {
    expect(walks(BUSY, ['10.0.0.53']).filter((w) => w[3] === 'udp')).toEqual([
      ['ddns:zone-walk:cf:1:udp', 'system-dns', '10.0.0.53', 'udp', ['home.example.org', 'example.org']],
      ['ddns:zone-walk:ns:1:udp', 'system-dns', '10.0.0.53', 'udp', ['example.org']],
    ]);
  });

  it('is declared at each DNS server of the system, over UDP and TCP, for each record that is on', () => {
    const dyn = (id: string, enabled: boolean) => ({
      id,
      provider: 'dyndns2',
      enabled,
      server: 'https://members.dyndns.org',
      username: 'me',
      password: 'pw',
      hostname: 'a.b.home.example.net',
    });
    const names = ['a.b.home.example.net', 'b.home.example.net', 'home.example.net', 'example.net'];
    expect(walks({ ddns: { records: [dyn('on', true), dyn('off', false)] } }, ['10.0.0.53', 'fd00::53'])).toEqual([
      ['ddns:zone-walk:on:1:udp', 'system-dns', '10.0.0.53', 'udp', names],
      ['ddns:zone-walk:on:1:tcp', 'system-dns', '10.0.0.53', 'tcp', names],
      ['ddns:zone-walk:on:2:udp', 'system-dns', 'fd00::53', 'udp', names],
      ['ddns:zone-walk:on:2:tcp', 'system-dns', 'fd00::53', 'tcp', names],
    ]);
    expect(walks({ ddns: { records: [dyn('off', false)] } }, ['10.0.0.53'])).toEqual([]);
  });
});

describe('the channels that reach a phone (issue 78)', () => {
  it('declare their service, the default host where the setting has none, and no token or path', () => {
    const channels = [
      {
        id: 'sms',
        type: 'twilio',
        accountSid: `AC${'0'.repeat(32)}`,
        authToken: 'f'.repeat(32),
        from: '+14155552671',
        to: '+4915112345678',
      },
      {
        id: 'mx',
        type: 'matrix',
        homeserver: 'https://matrix.example.org/base',
        room: '!a:example.org',
        accessToken: 'syt_secret',
      },
      {
        id: 'sg',
        type: 'signal',
        url: 'http://signal-api.lan:8080',
        number: '+4915112345678',
        recipients: '+4915187654321',
      },
      { id: 'bk', type: 'bark', deviceKey: 'nysrshcqielvoxsa' },
    ];
    const declared = declaredDestinations(settingsOf({ notifications: { channels } }), {
      dnsServers: [],
      proxies: [],
    }).filter((d) => d.purpose === 'channel');
    expect(rows(declared)).toEqual([
      ['channel:sms', 'api.twilio.com', 'tcp/443', 'channel', 'notifications.channels (sms)', null],
      ['channel:mx', 'matrix.example.org', 'tcp/443', 'channel', 'notifications.channels (mx)', null],
      ['channel:sg', 'signal-api.lan', 'tcp/8080', 'channel', 'notifications.channels (sg)', null],
      ['channel:bk', 'api.day.app', 'tcp/443', 'channel', 'notifications.channels (bk)', null],
    ]);
    const text = JSON.stringify(declared);
    for (const secret of ['f'.repeat(32), 'syt_secret', 'nysrshcqielvoxsa', '/base'])
      expect(text).not.toContain(secret);
  });
});
