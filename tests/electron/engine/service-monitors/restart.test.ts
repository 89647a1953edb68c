/**
 * The runner after a restart (electron/engine/service-monitors/runner.ts): each monitor starts where the
 * history left it, so a service already known down is not announced down again, and its coming
 * back says how long it was down. Real store, real notifier with a webhook stand-in, a real TCP
 * service on 127.0.0.1.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import { createHttpClient } from '../../../../electron/engine/net/http';
import { systemResolver } from '../../../../electron/engine/net/resolve';
import { createUdpClient } from '../../../../electron/engine/net/udp';
import { createNotifier, type Notifier } from '../../../../electron/engine/notify';
import { MonitorRunner } from '../../../../electron/engine/service-monitors';
import { type HistoryStore, openHistoryStore } from '../../../../electron/engine/store';
import { serviceMonitorSchema } from '../../../../shared/settings/service-monitor';
import { type NotifyFake, startNotifyFake } from '../../../fakes/notify-http';
import { startUserService, type UserService } from '../../../fakes/user-service';
import { settingsFrom } from '../../../helpers/engine';
import { FakeClock } from '../../../helpers/fake-clock';
import { until } from '../../../helpers/until';

let svc: UserService;
let hook: NotifyFake;
let clock: FakeClock;
let store: HistoryStore;
let notifier: Notifier;
const net = { http: createHttpClient({ userAgent: 'IPWatch/test' }), udp: createUdpClient() };
const logger = createLogger('test', { level: 'warn', sink: () => {} });

beforeEach(async () => {
  svc = await startUserService();
  hook = await startNotifyFake();
  clock = new FakeClock(Date.UTC(2026, 10, 26));
  store = await openHistoryStore({ dataDir: ':memory:', clock, logger });
  const settings = settingsFrom({ notifications: { channels: [{ id: 'hook', type: 'webhook', url: hook.url }] } });
  notifier = createNotifier({ store, clock, logger, settings: settings.notifications, random: () => 0.5 });
  await notifier.start();
});
afterEach(async () => {
  await notifier.stop();
  await store.close();
  await Promise.all([svc.close(), hook.close(), net.http.close(), net.udp.close()]);
});

function runner(): MonitorRunner {
  const r = new MonitorRunner({
    clock,
    logger,
    store,
    probe: { net, resolver: systemResolver, current: () => null, userAgent: 'IPWatch/test', now: () => Date.now() },
    notify: (input) => notifier.service(input),
  });
  r.update([serviceMonitorSchema.parse({ id: 'ssh', name: 'SSH', type: 'tcp', host: '127.0.0.1', port: svc.port })]);
  return r;
}
const events = () => hook.delivered().map((r) => (JSON.parse(r.body) as { event: string }).event);

describe('the monitors after a restart', () => {
  it('does not announce a service down twice, and says how long it was down once back', async () => {
    await svc.down();
    const first = runner();
    first.start();
    await until(() => store.counts('hook').sent === 1, { what: 'the down notice sent' });
    await first.close();
    const downAt = clock.now();

    await clock.advance(3_600_000);
    const second = runner();
    second.start();
    await until(() => (second.status()[0]?.checkedAt ?? 0) >= clock.now(), { what: 'checked after the restart' });
    expect(second.status()[0]).toMatchObject({ state: 'down', since: downAt });
    expect(events()).toEqual(['service-down']);

    await svc.up();
    await second.runAll();
    await until(() => store.counts('hook').sent === 2, { what: 'the up notice sent' });
    expect(events()).toEqual(['service-down', 'service-up']);
    const up = JSON.parse(hook.delivered()[1]!.body) as { data: { downForMs: number }; summary: string };
    expect(up.data.downForMs).toBe(3_600_000);
    expect(up.summary).toBe('SSH answers again after 1 h down.');
    expect(store.monitorStates({ monitor: 'ssh' }).map((r) => r.state)).toEqual(['up', 'down']);
    await second.close();
  });
});
