/**
 * Each probe against a real peer on 127.0.0.1 (tests/fakes/user-service.ts, dns-server.ts): what
 * passes, what fails and in which words, and a timeout that is the monitor's own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createHttpClient } from '../../../../electron/engine/net/http';
import type { Resolver } from '../../../../electron/engine/net/resolve';
import { createUdpClient } from '../../../../electron/engine/net/udp';
import { runProbe } from '../../../../electron/engine/service-monitors';
import type { ProbeDeps } from '../../../../electron/engine/service-monitors/types';
import { type ServiceMonitor, serviceMonitorSchema } from '../../../../shared/settings/service-monitor';
import { type FakeDnsServer, startDnsServer } from '../../../fakes/dns-server';
import { startUserService, type UserService } from '../../../fakes/user-service';

const PUBLIC = '81.2.69.142';
let svc: UserService;
let dns: FakeDnsServer;
let deps: ProbeDeps;
const net = { http: createHttpClient({ userAgent: 'IPWatch/test' }), udp: createUdpClient() };
/** The OS resolver's stand-in: a table, so no lookup leaves the machine. */
const names: Record<string, string[]> = { 'home.example.org': [PUBLIC], 'old.example.org': ['81.2.69.1'] };
const resolver: Resolver = async (host) => {
  const found = names[host];
  if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return found;
};

beforeAll(async () => {
  svc = await startUserService({ status: 200, body: '<h1>Nextcloud is ready</h1>' });
  dns = await startDnsServer();
  deps = { net, resolver, current: (f) => (f === 4 ? PUBLIC : null), userAgent: 'IPWatch/test', now: () => Date.now() };
});
afterAll(async () => {
  await svc.close();
  await dns.close();
  await Promise.all([net.http.close(), net.udp.close()]);
});

const monitor = (m: Record<string, unknown>): ServiceMonitor =>
  serviceMonitorSchema.parse({ id: 'm', name: 'Service', timeoutSec: 2, ...m });

describe('tcp probe', () => {
  it('passes while the port accepts, fails as refused once nothing listens', async () => {
    const m = monitor({ type: 'tcp', host: '127.0.0.1', port: svc.port });
    expect(await runProbe(m, deps)).toMatchObject({ outcome: 'pass', detail: `port ${svc.port} accepts connections` });
    await svc.down();
    try {
      expect(await runProbe(m, deps)).toMatchObject({
        outcome: 'fail',
        detail: `Nothing answered at 127.0.0.1:${svc.port}: is the service running?`,
      });
    } finally {
      await svc.up();
    }
  });
});

describe('http probe', () => {
  it.each<[string, Record<string, unknown>, number, string, 'pass' | 'fail', string]>([
    ['any 2xx is up', {}, 200, 'ready', 'pass', 'answered status 200'],
    ['a 503 is down', {}, 503, 'maintenance', 'fail', 'answered status 503, expected a 2xx or 3xx answer'],
    ['the expected status', { expectStatus: 401 }, 401, 'sign in', 'pass', 'answered status 401'],
    [
      'another status than expected',
      { expectStatus: 200 },
      204,
      '',
      'fail',
      'answered status 204, expected status 200',
    ],
    ['the expected text', { expectText: 'is ready' }, 200, 'Nextcloud is ready', 'pass', 'answered status 200'],
    [
      'the text missing',
      { expectText: 'is ready' },
      200,
      'Nextcloud is in maintenance',
      'fail',
      'answered status 200 without the expected text',
    ],
  ])('%s', async (_label, extra, status, body, outcome, detail) => {
    svc.answer(status, body);
    const r = await runProbe(monitor({ type: 'http', url: `${svc.url}/status.php`, ...extra }), deps);
    expect(r).toMatchObject({ outcome, detail });
  });

  it('fails at its own timeout when the service accepts and never answers', async () => {
    svc.hang(true);
    try {
      const r = await runProbe(monitor({ type: 'http', url: svc.url, timeoutSec: 1 }), deps);
      expect(r).toMatchObject({ outcome: 'fail', detail: 'no answer within the timeout' });
      expect(r.ms).toBeGreaterThanOrEqual(900);
    } finally {
      svc.hang(false);
    }
  });
});

describe('dns probe', () => {
  it.each<[string, Record<string, unknown>, 'pass' | 'fail' | 'skip', RegExp]>([
    ['the name holds the current address', { host: 'home.example.org' }, 'pass', /resolves to the current address/],
    [
      'the name holds an old address',
      { host: 'old.example.org' },
      'fail',
      /resolves to 81\.2\.69\.1, not the current 81\.2\.69\.142/,
    ],
    ['the name does not exist', { host: 'none.example.org' }, 'fail', /.+/],
    ['no confirmed IPv6 address to compare with', { host: 'home.example.org', family: 6 }, 'skip', /no confirmed IPv6/],
  ])('%s (resolver)', async (_label, extra, outcome, detail) => {
    const r = await runProbe(monitor({ type: 'dns', ...extra }), deps);
    expect(r.outcome).toBe(outcome);
    expect(r.detail).toMatch(detail);
  });

  it("asks the monitor's own server when it names one", async () => {
    dns.setRecord('home.example.org', 'A', PUBLIC);
    const m = monitor({ type: 'dns', host: 'home.example.org', server: dns.server });
    expect(await runProbe(m, deps)).toMatchObject({ outcome: 'pass' });
    dns.setRecord('home.example.org', 'A', '81.2.69.7');
    expect((await runProbe(m, deps)).detail).toBe(
      'home.example.org resolves to 81.2.69.7, not the current 81.2.69.142',
    );
    dns.setFault('servfail');
    try {
      expect(await runProbe(m, deps)).toMatchObject({ outcome: 'fail', detail: expect.stringMatching(/SERVFAIL/) });
    } finally {
      dns.setFault('none');
    }
  });
});
