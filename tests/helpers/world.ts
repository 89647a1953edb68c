/**
 * A small local internet for engine tests and benchmarks: per family, three HTTP echo
 * services (text, JSON, Cloudflare trace), one DNS and one STUN server, each its own
 * provider. IPv4 services listen on 127.0.0.1, IPv6 ones on ::1.
 */
import { type CustomSource, SETTINGS_VERSION, type SettingsInput } from '../../shared/settings';
import { type FakeDnsServer, startDnsServer } from '../fakes/dns-server';
import { type HttpEcho, startHttpEcho } from '../fakes/http-echo';
import { type FakeStunServer, startStunServer } from '../fakes/stun-server';

export interface FamilyWorld {
  http: HttpEcho[];
  dns: FakeDnsServer;
  stun: FakeStunServer;
}

export interface World {
  v4: FamilyWorld;
  v6: FamilyWorld;
  sources: CustomSource[];
  /** Every service of both families now answers these addresses. */
  setIp(v4: string, v6: string): void;
  /** Total requests served since the last resetCounts(). */
  requests(family?: 4 | 6): number;
  resetCounts(): void;
  settings(extra?: { monitor?: Record<string, unknown>; health?: Record<string, unknown> }): SettingsInput;
  /**
   * `settings()` with IPv6 off and the three IPv4 HTTP echoes alone as sources: one cost tier,
   * so the rotation asks each one first in turn. `monitor` adds to the monitor's settings.
   */
  httpOnlyV4(monitor?: Record<string, unknown>): SettingsInput;
  close(): Promise<void>;
}

const FORMATS = [
  ['', 'text'],
  ['/json', 'json'],
  ['/cdn-cgi/trace', 'kv'],
] as const;

/**
 * Each source's deadline in `settings()`: far beyond a loopback answer, so a busy machine that
 * stalls the event loop for a while never turns an answer into a timeout. A test that wants
 * hung sources to time out passes its own, shorter `monitor.timeoutMs`.
 */
export const WORLD_TIMEOUT_MS = 5000;

export interface WorldOptions {
  /** How long the HTTP echoes keep an idle connection (http-echo.ts): node's 5 s unless given. */
  httpKeepAliveMs?: number;
}

async function familyWorld(host: string, opts: WorldOptions): Promise<FamilyWorld> {
  const http = await Promise.all(FORMATS.map(() => startHttpEcho({ host, keepAliveMs: opts.httpKeepAliveMs })));
  return { http, dns: await startDnsServer({ host }), stun: await startStunServer({ host }) };
}

function familySources(fw: FamilyWorld, family: 4 | 6): CustomSource[] {
  const tag = `v${family}`;
  return [
    ...fw.http.map((h, i): CustomSource => ({
      id: `http${i}-${tag}`,
      kind: 'http',
      url: `${h.url}${FORMATS[i]![0]}`,
      format: FORMATS[i]![1],
      family,
    })),
    {
      id: `dns-${tag}`,
      kind: 'dns',
      server: fw.dns.server,
      name: 'myip.test',
      type: family === 4 ? 'A' : 'AAAA',
      class: 'IN',
      family,
    },
    { id: `stun-${tag}`, kind: 'stun', server: fw.stun.server, family },
  ];
}

export async function startWorld(ip4 = '81.2.69.142', ip6 = '2a02:1:2:3::5', opts: WorldOptions = {}): Promise<World> {
  const v4 = await familyWorld('127.0.0.1', opts);
  const v6 = await familyWorld('::1', opts);
  const sources = [...familySources(v4, 4), ...familySources(v6, 6)];
  const all = (f?: 4 | 6) => (f === 4 ? [v4] : f === 6 ? [v6] : [v4, v6]);
  const world: World = {
    v4,
    v6,
    sources,
    setIp(a4, a6) {
      for (const [fw, ip, type] of [
        [v4, a4, 'A'],
        [v6, a6, 'AAAA'],
      ] as const) {
        for (const h of fw.http) h.setIp(a4, a6);
        fw.dns.setRecord('myip.test', type, ip);
        fw.stun.setAddress(ip);
      }
    },
    requests: (f) =>
      all(f).reduce((n, fw) => n + fw.http.reduce((m, h) => m + h.requests, 0) + fw.dns.requests + fw.stun.requests, 0),
    resetCounts() {
      for (const fw of all()) {
        for (const h of fw.http) h.reset();
        fw.dns.reset();
        fw.stun.reset();
      }
    },
    settings: (extra = {}) => ({
      // A file of this version, as IPWatch writes them: an older one is written back upgraded at start.
      version: SETTINGS_VERSION,
      monitor: {
        intervalSec: 60,
        timeoutMs: WORLD_TIMEOUT_MS,
        networkPollMs: 1000,
        networkSettleMs: 100,
        ...extra.monitor,
      },
      health: { ...extra.health },
      sources: { builtIn: false, custom: sources },
      // Nothing leaves the machine: the real gateway is never asked (router tests bring stand-ins).
      router: { enabled: false },
    }),
    httpOnlyV4: (monitor = {}) => ({
      ...world.settings({ monitor: { ipv6: false, ...monitor } }),
      sources: { builtIn: false, custom: sources.filter((s) => s.family === 4 && s.kind === 'http') },
    }),
    async close() {
      await Promise.all(all().flatMap((fw) => [...fw.http.map((h) => h.close()), fw.dns.close(), fw.stun.close()]));
    },
  };
  world.setIp(ip4, ip6);
  world.resetCounts();
  return world;
}
