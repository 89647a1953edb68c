/**
 * The MQTT channel held at a broker that refuses it, then given the broker back (issue 63, the
 * egress lab's finding): however many reconnects mqtt.js makes and however many sends wait for
 * one, the client's `connect` listeners stay bounded, and the notice waiting is delivered once.
 * A send whose time was up before it began answers at once instead of joining the wait.
 *
 * The channel keeps its own reconnect period (2 s), so the listener bound is lowered for this
 * file's process: Node warns (MaxListenersExceededWarning) when a client gathers more `connect`
 * listeners than it. What the client holds at most: mqtt.js's own, the egress gate's
 * (net/broker.ts), the channel's announce and the one send under way: LIMIT. Before the fix the
 * gate left one more at every refused reconnect, so the warning came at the first.
 *
 * The door on the channel's port closes each connection before its CONNACK (a broker at its
 * connection limit, a refusing proxy) and counts the attempts; when the broker is back it
 * pipes each connection to a real mosquitto, where a watcher already listens, so nothing the
 * channel publishes can slip past it.
 */
import EventEmitter from 'node:events';
import { type AddressInfo, connect, createServer, type Socket } from 'node:net';

import { connectAsync, type MqttClient } from 'mqtt';
import { afterEach, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import { createLogger } from '../../../../electron/engine/logger';
import { createNotifier, type Notifier } from '../../../../electron/engine/notify';
import { mqtt } from '../../../../electron/engine/notify/channels/mqtt';
import type { Delivery, SendResult } from '../../../../electron/engine/notify/types';
import { createRedactor } from '../../../../electron/engine/secrets/redact';
import { processSecrets } from '../../../../electron/engine/secrets/resolve';
import type { HistoryStore } from '../../../../electron/engine/store';
import { mosquittoPeer, startMosquitto, type Broker } from '../../../fixtures/notify/mosquitto';
import { until } from '../../../helpers/until';
import { captureLogger, change, jitter, memoryStore, notifySettings } from './helpers';

const LIMIT = 4;
const REFUSED = 4;

const cleanup: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** A door that refuses until `open(port)`, then pipes each connection to that port. */
async function startDoor() {
  let to: number | null = null;
  let attempts = 0;
  const sockets = new Set<Socket>();
  const server = createServer((s) => {
    attempts++;
    s.on('error', () => undefined);
    if (to === null) return void s.destroy();
    const up = connect(to, '127.0.0.1');
    up.on('error', () => s.destroy());
    s.on('close', () => up.destroy());
    for (const x of [s, up]) {
      sockets.add(x);
      x.once('close', () => sockets.delete(x));
    }
    s.pipe(up).pipe(s);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    attempts: () => attempts,
    open: (port: number) => void (to = port),
    close: () => {
      sockets.forEach((s) => s.destroy());
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The MaxListenersExceededWarnings about an MQTT client's `connect` listeners, from now on. */
function connectWarnings(): { count: number }[] {
  const seen: { count: number }[] = [];
  const onWarning = (w: Error & { emitter?: unknown; type?: unknown; count?: number }) => {
    if (
      w.name === 'MaxListenersExceededWarning' &&
      w.type === 'connect' &&
      w.emitter?.constructor.name === 'MqttClient'
    )
      seen.push({ count: w.count ?? NaN });
  };
  const before = EventEmitter.defaultMaxListeners;
  EventEmitter.defaultMaxListeners = LIMIT;
  process.on('warning', onWarning);
  cleanup.push(() => {
    process.off('warning', onWarning);
    EventEmitter.defaultMaxListeners = before;
  });
  return seen;
}

it.skipIf(mosquittoPeer.skip)(
  `keeps at most ${LIMIT} connect listeners through ${REFUSED} refused attempts, then delivers the waiting notice once`,
  async () => {
    const warnings = connectWarnings();
    const door = await startDoor();
    cleanup.push(() => door.close());
    const store: HistoryStore = await memoryStore(systemClock, captureLogger().logger);
    cleanup.push(() => store.close());
    const n: Notifier = createNotifier({
      random: jitter,
      store,
      clock: systemClock,
      logger: captureLogger().logger,
      // Sends of 5 s: several give up and start again while the broker refuses.
      settings: notifySettings([{ id: 'ha', type: 'mqtt', url: `mqtt://127.0.0.1:${door.port}`, node: 'den' }], {
        retry: { timeoutSec: 5 },
      }),
    });
    await n.start();
    cleanup.push(() => n.stop());

    // A notice waits for the broker the whole time, each of its sends for a connect.
    await n.handle(change('203.0.113.7', '198.51.100.20', Date.now(), 4));
    await until(() => door.attempts() >= REFUSED, { timeoutMs: 30_000, what: `${REFUSED} refused attempts` });
    expect(n.status()[0]!.failures).toBeGreaterThanOrEqual(1);
    expect(n.status()[0]!.sent).toBe(0);
    expect(warnings).toEqual([]);

    const broker: Broker = await startMosquitto();
    cleanup.push(() => broker.stop());
    const watcher: MqttClient = await connectAsync(broker.url, { reconnectPeriod: 0 });
    cleanup.push(() => watcher.endAsync(true));
    const seen: { topic: string; value: string }[] = [];
    watcher.on('message', (topic, payload) => seen.push({ topic, value: payload.toString() }));
    await watcher.subscribeAsync(['ipwatch/den/event', 'ipwatch/den/availability'], { qos: 1 });
    door.open(broker.port);

    await until(() => n.status()[0]!.sent === 1, { timeoutMs: 15_000, what: 'the waiting notice delivered' });
    // A second notice behind it: once it arrived, a duplicate of the first (same client, same topic) would have too.
    await n.handle(change('198.51.100.20', '198.51.100.99', Date.now(), 4));
    const events = () => seen.filter((m) => m.topic === 'ipwatch/den/event');
    await until(() => events().some((m) => m.value.includes('198.51.100.99')), { what: 'the second notice' });
    expect(events().map((m) => (JSON.parse(m.value) as { data: { to: string } }).data.to)).toEqual([
      '198.51.100.20',
      '198.51.100.99',
    ]);
    expect(seen.filter((m) => m.topic === 'ipwatch/den/availability').map((m) => m.value)).toEqual(['online']);
    expect(warnings).toEqual([]);
  },
  60_000,
);

const aborted = (): Delivery => ({
  notice: {
    kind: 'ipv4-changed',
    key: 'k',
    at: 1,
    family: 4,
    from: '81.2.69.142',
    to: '81.2.69.201',
    fromSince: 0,
    sources: ['a', 'b'],
  },
  message: { title: 'IPv4 changed', summary: '', fields: [], text: 'IPv4 changed', tone: 'info', time: '' },
  mask: 'none',
  idempotencyKey: 'k',
  signal: AbortSignal.abort(),
});

// No broker needed: the door only refuses. An abort listener added after the abort never fires, so
// the send used to wait for a connect that a refusing broker never gives, its listener left behind.
it('answers a send whose time was up before it began at once, without waiting for a connect', async () => {
  const warnings = connectWarnings();
  const door = await startDoor();
  cleanup.push(() => door.close());
  const built = mqtt.build(
    { url: `mqtt://127.0.0.1:${door.port}`, node: 'den' },
    {
      clock: systemClock,
      logger: createLogger('test', { level: 'error', sink: () => undefined }),
      hostname: 'test',
      secrets: processSecrets,
      redactor: createRedactor(),
    },
  );
  if (!built.ok) throw new Error(built.reason);
  cleanup.push(() => built.channel.close());
  await until(() => door.attempts() >= 1, { what: 'the first refused attempt' });
  const sends: Promise<SendResult>[] = [];
  for (let i = 0; i <= LIMIT; i++) sends.push(built.channel.send(aborted()));
  const stillWaiting = until(() => door.attempts() >= 3, { what: 'two more attempts' }).then(() => 'still waiting');
  const answers = await Promise.race([Promise.all(sends), stillWaiting]);
  expect(answers).toEqual(sends.map(() => expect.objectContaining({ ok: false, kind: 'transient' })));
  expect(warnings).toEqual([]);
});
