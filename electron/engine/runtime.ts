/**
 * Composition root shared by the headless runner and the Electron main process: network
 * clients, the engine, the notifier on the store's outbox, with one start/close that run
 * them in order and one status for the API.
 */
import type { AppStatus } from '../../shared/contract';
import type { TestResult } from '../../shared/notify-types';
import type { Settings } from '../../shared/settings';
import type { CheckReport } from '../../shared/types';
import { type Clock, systemClock } from './clock';
import type { Logger } from './logger';
import { Engine } from './monitor/engine';
import { createHttpClient } from './net/http';
import type { NetClients } from './net/types';
import { createUdpClient } from './net/udp';
import { createNotifier, type DesktopNotifier, type Notifier } from './notify';
import { createRedactor, type Redactor } from './secrets/redact';
import type { SecretSource } from './secrets/resolve';
import type { MonitorStore, OutboxStore } from './store/types';

export interface RuntimeOptions {
  settings: Settings;
  store: MonitorStore & OutboxStore;
  logger: Logger;
  version: string;
  clock?: Clock;
  net?: NetClients;
  /** The app passes Electron's notifications; headless uses node-notifier. */
  desktop?: DesktopNotifier;
  /** Writes new option values of one channel into the settings (validated, as any edit). */
  saveChannelOptions?: (channelId: string, options: Record<string, unknown>) => Promise<void>;
  /** Give the logger's redactor here, so the secrets the channels learn are masked in the logs too. */
  redactor?: Redactor;
  /** Where secret references are resolved; the process environment and files by default. */
  secrets?: SecretSource;
}

export interface Runtime {
  engine: Engine;
  notifier: Notifier;
  /** The network clients the sources use (the API's "test this source" asks through them too). */
  net: NetClients;
  /** Starts delivery (resuming what a previous run left queued), then the monitor. */
  start(): Promise<CheckReport>;
  /** One check; its notifications get up to `settleMs` to go out before it resolves. */
  runOnce(settleMs?: number): Promise<CheckReport>;
  updateSettings(settings: Settings): Promise<void>;
  /** Pauses scheduled checks (user's choice; not kept across a restart); resume() checks at once. */
  pause(): Promise<void>;
  resume(): Promise<CheckReport>;
  status(): AppStatus;
  testChannel(channelId: string): Promise<TestResult>;
  close(): Promise<void>;
}

export function createRuntime(opts: RuntimeOptions): Runtime {
  const clock = opts.clock ?? systemClock;
  const logger = opts.logger;
  const net = opts.net ?? { http: createHttpClient({ userAgent: `IPWatch/${opts.version}` }), udp: createUdpClient() };
  const engine = new Engine({
    settings: opts.settings,
    clock,
    net,
    store: opts.store,
    logger: logger.child('engine'),
    version: opts.version,
  });
  const redactor = opts.redactor ?? createRedactor();
  const notifier = createNotifier({
    store: opts.store,
    clock,
    logger: logger.child('notify'),
    settings: opts.settings.notifications,
    status: () => engine.getStatus(),
    ...(opts.desktop ? { desktop: opts.desktop } : {}),
    ...(opts.saveChannelOptions ? { saveChannelOptions: opts.saveChannelOptions } : {}),
    redactor,
    ...(opts.secrets ? { secrets: opts.secrets } : {}),
    onError: (err) => engine.reportError('notifier', err),
  });
  // handle() never rejects; it resolves once the notices are safely in the outbox.
  engine.on((event) => void notifier.handle(event));

  /** True once nothing is being sent right now: every queue is empty or waiting for a retry. */
  const settled = () =>
    notifier
      .status()
      .every(
        (c) =>
          c.pending === 0 || c.state === 'invalid' || c.state === 'disabled' || (c.nextAttemptAt ?? 0) > clock.now(),
      );

  return {
    engine,
    notifier,
    net,
    async start() {
      await notifier.start();
      const report = await engine.start();
      await notifier.started(report);
      return report;
    },
    async runOnce(settleMs = 10_000) {
      await notifier.start();
      const report = await engine.runOnce();
      await notifier.started(report);
      const end = Date.now() + settleMs;
      while (!settled() && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
      return report;
    },
    async updateSettings(settings) {
      engine.updateSettings(settings);
      await notifier.updateSettings(settings.notifications);
    },
    pause: () => engine.pause(),
    resume: () => engine.resume(),
    // The API and the UI show this; an error text that quotes a URL must not carry its token.
    status: () => redactor.deep({ ...engine.getStatus(), notifications: notifier.status() }),
    testChannel: (id) => notifier.test(id),
    async close() {
      await engine.stop();
      await notifier.stop();
      await opts.store.close();
      await Promise.all([net.http.close(), net.udp.close()]);
    },
  };
}
