/**
 * A record that stops says so, through the real runtime and its real notifier: the dyndns2
 * stand-in (tests/fakes/dyndns2.ts) refuses the credentials -> one `ddns-stopped` notice on a
 * webhook (tests/fakes/notify-http.ts) and the desktop; it answers 503 for several attempts -> one
 * `ddns-waiting` notice, not one per attempt, then one `ddns-in-step` once it takes the update and
 * the zone's stand-in server (tests/fakes/dns-server.ts) answers it. Time is a FakeClock, so the
 * retries' backoff passes at once; the engine, keeper, notifier and channels are the real ones.
 */
import { promises as dnsPromises } from 'node:dns';

import { afterEach, describe, expect, it } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import type { DesktopNotifier } from '../../../../electron/engine/notify';
import { createRuntime, type Runtime } from '../../../../electron/engine/runtime';
import { type HistoryStore, openHistoryStore } from '../../../../electron/engine/store';
import type { DdnsStateEvent } from '../../../../shared/types';
import { type FakeDnsServer, startDnsServer } from '../../../fakes/dns-server';
import { type Dyndns2StandIn, startDyndns2 } from '../../../fakes/dyndns2';
import { type NotifyFake, startNotifyFake } from '../../../fakes/notify-http';
import { settingsFrom } from '../../../helpers/engine';
import { FakeClock } from '../../../helpers/fake-clock';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';

const A4 = '81.2.69.142';
const HOST = 'home.example.org';
const PASSWORD = 'right-password-1234';

let world: World | null = null;
let dyn: Dyndns2StandIn | null = null;
let dns: FakeDnsServer | null = null;
let hook: NotifyFake | null = null;
let store: HistoryStore | null = null;
let runtime: Runtime | null = null;

afterEach(async () => {
  await runtime?.close();
  await Promise.all([world?.close(), dyn?.close(), dns?.close(), hook?.close()]);
  runtime = world = dyn = dns = hook = store = null;
});

interface Started {
  runtime: Runtime;
  clock: FakeClock;
  shown: { title: string; body: string }[];
  events: DdnsStateEvent[];
  /** The DDNS notices the webhook got, in order: their kinds. */
  notices(): string[];
  record(): { state: string; why: string | null };
}

async function start(password: string, fault: Dyndns2StandIn['fault'] = null): Promise<Started> {
  world = await startWorld(A4);
  dyn = await startDyndns2('user', PASSWORD, [HOST]);
  // Set before the runtime starts: the first update goes out at once, and one that succeeded
  // would leave the record waiting for the zone, with no attempt left to refuse.
  dyn.fault = fault;
  hook = await startNotifyFake();
  dns = await startDnsServer();
  dns.setRecord('example.org', 'NS', 'ns1.example.org');
  dns.setRecord('ns1.example.org', 'A', '127.0.0.1');
  const resolver = new dnsPromises.Resolver({ timeout: 500, tries: 1 });
  resolver.setServers([dns.server]);
  const clock = new FakeClock();
  const logger = createLogger('test', { level: 'error', sink: () => undefined });
  store = await openHistoryStore({ dataDir: ':memory:', clock, logger });
  const shown: Started['shown'] = [];
  const desktop: DesktopNotifier = { notify: async (title, body) => void shown.push({ title, body }) };
  const settings = settingsFrom({
    ...world.settings({ monitor: { ipv6: false } }),
    notifications: {
      timezone: 'UTC',
      channels: [
        { id: 'hook', type: 'webhook', url: `${hook.url}/hook` },
        { id: 'desk', type: 'desktop' },
      ],
    },
    ddns: {
      records: [{ id: 'home', provider: 'dyndns2', server: dyn.url, username: 'user', password, hostname: HOST }],
    },
  });
  runtime = createRuntime({
    settings,
    store,
    clock,
    logger,
    version: 'test',
    desktop,
    ddnsLookups: { resolver, dnsPort: dns.port },
  });
  const events: DdnsStateEvent[] = [];
  runtime.engine.on((e) => void (e.type === 'ddns-state' && events.push(e)));
  await runtime.start();
  const rt = runtime;
  return {
    runtime: rt,
    clock,
    shown,
    events,
    notices: () =>
      hook!
        .delivered()
        .map((r) => (JSON.parse(r.body) as { event: string }).event)
        .filter((e) => e.startsWith('ddns-')),
    record: () => rt.status().ddns!.records.find((r) => r.id === 'home')!,
  };
}

describe('a record that stops says so', () => {
  it('credentials refused: one stopped notice on the webhook and the desktop, with why', async () => {
    const s = await start('wrong-password-99');
    await until(() => s.notices().length === 1 && s.shown.length > 0, { what: 'the stopped notice delivered' });

    expect(s.record().state).toBe('stopped');
    expect(s.notices()).toEqual(['ddns-stopped']);
    const body = JSON.parse(hook!.delivered()[0]!.body) as { title: string; summary: string; data: object };
    expect(body.title).toBe(`${HOST} A switched off: it needs you`);
    expect(body.summary).toContain('the username and password do not match (badauth)');
    expect(body.data).toMatchObject({ record: 'home', state: 'stopped', address: A4 });
    expect(s.shown).toEqual([
      { title: `${HOST} A switched off: it needs you`, body: expect.stringContaining('badauth') },
    ]);
    expect(s.events.map((e) => `${e.from}>${e.to}${e.notice ? `!${e.notice}` : ''}`)).toEqual([
      'updating>stopped!stopped',
    ]);
    expect(s.runtime.status().ddns!.updates).toEqual({ updated: 0, unchanged: 0, retry: 0, stopped: 1 });
    expect(dyn!.requests).toHaveLength(1);
  }, 30_000);

  it('a 503 run: one waiting notice whatever the attempts, then one when it is in step again', async () => {
    const s = await start(PASSWORD, { status: 503, body: 'Service Unavailable' });
    await until(
      async () => {
        await s.clock.advance(60_000);
        return dyn!.requests.filter((r) => r.url.pathname === '/nic/update').length >= 4;
      },
      { what: 'four attempts at the 503 provider', timeoutMs: 20_000 },
    );
    expect(s.record().state).toBe('waiting');
    await until(() => s.notices().length >= 1, { what: 'the waiting notice delivered' });

    dyn!.fault = null;
    dns!.setRecord(HOST, 'A', A4);
    await until(
      async () => {
        await s.clock.advance(60_000);
        return s.record().state === 'in-step';
      },
      { what: 'the record in step once the provider answers', timeoutMs: 20_000 },
    );
    await until(() => s.notices().length >= 2, { what: 'the in-step notice delivered' });

    // The outbox is in order: another waiting notice would have come before the recovery.
    expect(s.notices()).toEqual(['ddns-waiting', 'ddns-in-step']);
    expect(s.events.filter((e) => e.notice).map((e) => e.notice)).toEqual(['waiting', 'in-step']);
    const attempts = dyn!.requests.length;
    const updates = s.runtime.status().ddns!.updates!;
    // Every attempt counted once, by what it came to: the retries, then the one that went through.
    expect(updates).toEqual({ updated: 1, unchanged: 0, retry: attempts - 1, stopped: 0 });
    const recovered = JSON.parse(hook!.delivered().at(-1)!.body) as { title: string; summary: string };
    expect(recovered.title).toBe(`${HOST} A is in step again`);
    expect(recovered.summary).toMatch(/in step again after \d+ (s|min)( \d+ s)? \(it was waiting to retry\)/);
  }, 60_000);
});
