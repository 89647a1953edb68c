/**
 * "Test the broker" answers within FLEET_TEST_MS (10 s) whatever the broker does (issue 59), on
 * the house's fake clock: a listener that takes the connection and never answers, and one that
 * sends its CONNACK and then answers nothing (no PUBACK, no SUBACK), are each named in words at
 * 10 s, with what the test had learnt; a close before the CONNACK is said in words at once.
 */
import { afterEach, expect, it } from 'vitest';

import { FLEET_TEST_MS, testFleet } from '../../../../electron/engine/fleet/probe';
import { CLOSED_BEFORE_ACCEPT } from '../../../../electron/engine/fleet/reconnect';
import type { FleetTestResult } from '../../../../shared/contract/fleet';
import type { Translator } from '../../../../shared/i18n/translator';
import { english, translator } from '../../../../shared/i18n/translators';
import { fleetSettingsSchema } from '../../../../shared/settings/fleet';
import { sayReason } from '../../../../shared/words/reason';
import { startMqttDoor } from '../../../fakes/mqtt-door';
import { type RecordingListener, startRecordingListener } from '../../../fakes/recording-listener';
import { FakeClock } from '../../../helpers/fake-clock';
import { until } from '../../../helpers/until';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
});

const settings = (brokerUrl: string) =>
  fleetSettingsSchema.parse({ publish: true, watch: true, site: 'home', brokerUrl, keepAliveSec: 3600 });

/** Starts the test and keeps its answer when it comes. */
function started(brokerUrl: string, clock: FakeClock) {
  let answer: FleetTestResult | null = null;
  void testFleet(settings(brokerUrl), '', clock).then((a) => (answer = a));
  return () => answer as FleetTestResult | null;
}

it('the bound is 10 s', () => {
  expect(FLEET_TEST_MS).toBe(10_000);
});

it('a listener that never answers the CONNECT: named at 10 s', async () => {
  const quiet: RecordingListener = await startRecordingListener();
  closers.push(() => quiet.close());
  const clock = new FakeClock();
  const answer = started(`mqtt://127.0.0.1:${quiet.port}`, clock);
  await until(() => quiet.bytes().length > 0, { what: 'the CONNECT sent' });
  await clock.advance(FLEET_TEST_MS - 1);
  expect(answer()).toBeNull();
  await clock.advance(1);
  await until(() => answer() !== null, { timeoutMs: 2000, what: 'the answer at 10 s' });
  expect(answer()).toEqual({
    ok: false,
    error: 'the broker did not accept the connection within 10 s',
    reasons: [{ code: 'reason.fleet.late', values: { step: 'connect', topic: '', seconds: 10 } }],
    ms: FLEET_TEST_MS,
    publish: null,
    read: null,
  });
});

it('a broker that accepts and then answers nothing: named at 10 s, with what it learnt', async () => {
  const door = await startMqttDoor('accept-mute');
  closers.push(() => door.close());
  const clock = new FakeClock();
  const answer = started(door.url, clock);
  await until(() => door.received().includes(3), { what: 'the test message sent' });
  await clock.advance(FLEET_TEST_MS);
  await until(() => answer() !== null, { timeoutMs: 2000, what: 'the answer at 10 s' });
  expect(answer()).toMatchObject({
    ok: false,
    error: `signed in to ${door.url}; the broker did not acknowledge a test message under ipwatch/fleet/home/ within 10 s`,
    ms: FLEET_TEST_MS,
  });
});

it('a broker that closes the connection before its CONNACK: said in words at once', async () => {
  const door = await startMqttDoor('close');
  closers.push(() => door.close());
  const clock = new FakeClock();
  const answer = started(door.url, clock);
  await until(() => answer() !== null, { what: 'the answer' });
  expect(answer()).toMatchObject({ ok: false, error: CLOSED_BEFORE_ACCEPT, ms: 0 });
});

it("the answer's reasons say its words: the English field, and German for a German page", async () => {
  const door = await startMqttDoor('accept-mute');
  closers.push(() => door.close());
  const clock = new FakeClock();
  const answer = started(door.url, clock);
  await until(() => door.received().includes(3), { what: 'the test message sent' });
  await clock.advance(FLEET_TEST_MS);
  await until(() => answer() !== null, { timeoutMs: 2000, what: 'the answer at 10 s' });
  const a = answer()!;
  const said = (words: Translator) => a.reasons!.map((r) => sayReason(r, '', words)).join('; ');
  expect(a.ok === false && said(english)).toBe(a.ok === false && a.error);
  expect(said(translator('de'))).toBe(
    `bei ${door.url} angemeldet; der Broker hat eine Testnachricht unter ipwatch/fleet/home/ nicht bestätigt (innerhalb von 10 s)`,
  );
});

it('no broker URL, and a close before the CONNACK, come with their codes', async () => {
  const none = await testFleet({ ...settings('mqtt://127.0.0.1:1'), brokerUrl: '' }, '', new FakeClock());
  expect(none).toMatchObject({ ok: false, reasons: [{ code: 'reason.fleet.noBrokerUrl', values: {} }] });
  const door = await startMqttDoor('close');
  closers.push(() => door.close());
  const clock = new FakeClock();
  const answer = started(door.url, clock);
  await until(() => answer() !== null, { what: 'the answer' });
  expect(answer()!.reasons).toEqual([{ code: 'reason.fleet.said', values: { said: CLOSED_BEFORE_ACCEPT } }]);
  expect(sayReason(answer()!.reasons![0], '', translator('id'))).toBe(CLOSED_BEFORE_ACCEPT);
});
