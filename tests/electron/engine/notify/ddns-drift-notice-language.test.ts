/**
 * A DNS record that drifted, in a notice in the channel's language (issue 62): its servers'
 * answers (recordState, propagation.ts) travel as facts in the reason's code, so a channel set to
 * German says each server's line in German (the one at another address; a silent one counts neither way), and one following the English app says the English
 * the engine wrote, byte for byte. Stopped for another writer (two-writers.ts) and failed past the
 * limit alike; an address in the answers is masked as the channel asks.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import { type AuthServer, recordState, type Seen } from '../../../../electron/engine/ddns/propagation';
import { DDNS_STATE_MEMORY_START, ddnsStateStep, type RecordSeen } from '../../../../electron/engine/ddns/state-events';
import { anotherWriterReason } from '../../../../electron/engine/ddns/two-writers';
import { createNotifier, type Notifier } from '../../../../electron/engine/notify';
import type { HistoryStore } from '../../../../electron/engine/store';
import type { DdnsStateEvent } from '../../../../shared/types';
import { startNotifyFake, type NotifyFake } from '../../../fakes/notify-http';
import { captureLogger, jitter, memoryStore, notifySettings } from './helpers';

let fake: NotifyFake;
let store: HistoryStore;
let notifier: Notifier | null = null;

beforeEach(async () => {
  fake = await startNotifyFake();
  store = await memoryStore(systemClock, captureLogger().logger);
});
afterEach(async () => {
  await notifier?.stop();
  notifier = null;
  await store.close();
  await fake.close();
});

const T0 = Date.UTC(2026, 10, 23, 0, 40, 6);
const WANT = '81.2.69.142';
const ns1: AuthServer = { name: 'ns1.example.org', address: '192.0.2.53' };
const ns2: AuthServer = { name: 'ns2.example.org', address: '198.51.100.53' };
/** ns1 holds an address someone set by hand; ns2 timed out (node:dns's words, raw). */
const seen: Seen = {
  answers: [
    { server: ns1, addresses: ['81.2.69.7'] },
    { server: ns2, addresses: null, error: 'No answer in time', raw: 'queryA ETIMEOUT home.example.org' },
  ],
  notAsked: [],
};
const record: RecordSeen = {
  id: 'home',
  name: 'home.example.org',
  type: 'A',
  provider: 'rfc2136',
  state: 'in-step',
  why: null,
  address: WANT,
};

function eventTo(now: Partial<RecordSeen>, at: number): DdnsStateEvent {
  const first = ddnsStateStep(DDNS_STATE_MEMORY_START, [record], at - 1000);
  const [event] = ddnsStateStep(first.memory, [{ ...record, ...now }], at).events;
  return event!;
}

async function startWith(channels: Parameters<typeof notifySettings>[0]): Promise<(path: string) => string[]> {
  notifier = createNotifier({
    random: jitter,
    store,
    clock: systemClock,
    logger: captureLogger().logger,
    settings: notifySettings(channels),
    language: () => 'en',
  });
  await notifier.start();
  return (path) =>
    fake.requests.filter((r) => r.path.endsWith(path)).map((r) => (JSON.parse(r.body) as { text: string }).text);
}

describe('a notice for a record that drifted', () => {
  it("says the servers' answers in the channel's language, and the English as the engine wrote it", async () => {
    const textsTo = await startWith([
      { id: 'de', type: 'slack', url: `${fake.url}/services/T/B/DE`, language: 'de' },
      { id: 'en', type: 'slack', url: `${fake.url}/services/T/B/EN` },
    ]);
    const drift = recordState({ phase: 'settled' }, WANT, seen, T0, 60_000).state;
    expect(drift.state).toBe('updating');
    const stop = anotherWriterReason({
      text: 'why' in drift ? drift.why! : '',
      code: 'code' in drift ? drift.code : undefined,
    });
    expect(stop.code?.code).toBe('reason.ddns.anotherWriter');
    await notifier!.handle(eventTo({ state: 'stopped', why: stop.text, reason: stop.code }, T0));
    await fake.waitFor((r) => r.length >= 2);

    const [de] = textsTo('/DE');
    expect(de).toContain('ein anderes Programm aktualisiert diesen DNS-Eintrag ebenfalls (ddns-updater?)');
    expect(de).toContain('ns1.example.org (192.0.2.53) antwortet 81.2.69.7');
    expect(de).not.toContain('answers');
    expect(de).not.toContain('No answer in time');
    const [en] = textsTo('/EN');
    expect(en).toContain(
      "another program also updates this record (ddns-updater?): it was changed behind IPWatch's back twice within an hour (now ns1.example.org (192.0.2.53) answers 81.2.69.7). Stop the other program",
    );
  });

  it('past the limit after an update: failed, said in German with the addresses masked', async () => {
    const textsTo = await startWith([
      { id: 'de', type: 'slack', url: `${fake.url}/services/T/B/DE`, language: 'de', mask: 'hidden' },
    ]);
    const failed = recordState({ phase: 'sent', at: T0 - 61_000 }, WANT, seen, T0, 60_000).state;
    expect(failed).toMatchObject({ state: 'failed', code: { code: 'reason.ddns.notInStep' } });
    const { why, code } = failed as { why: string; code: DdnsStateEvent['reason'] };
    await notifier!.handle(eventTo({ state: 'failed', why, reason: code }, T0));
    await fake.waitFor((r) => r.length >= 1);
    const [de] = textsTo('/DE');
    expect(de).toContain('61 s nach dem Update nicht aktuell: ns1.example.org ((verborgen)) antwortet (verborgen)');
    expect(de).not.toContain('81.2.69.7');
  });
});
