/**
 * A DNS record's notice says why in the channel's language (issue 62): the provider's answer
 * travels as its code from the record's status (state-events.ts) through the event and the
 * policy to the notice, and a channel set to German says it in German while one following the
 * English app says the English the engine wrote. An address inside the said reason is masked as
 * the channel asks, in its language. An event without a code (older) arrives with its English.
 */
import { describe, expect, it } from 'vitest';

import { statusOutcome } from '../../../../electron/engine/ddns/http';
import { DDNS_STATE_MEMORY_START, ddnsStateStep, type RecordSeen } from '../../../../electron/engine/ddns/state-events';
import { why } from '../../../../electron/engine/ddns/why';
import { noticeData } from '../../../../electron/engine/notify/message';
import { ddnsNotice } from '../../../../electron/engine/notify/policy/ddns';
import type { DdnsStateEvent } from '../../../../shared/types';
import { notifierRoom } from '../../../helpers/notifier-room';
import { notifySettings } from './helpers';

const room = notifierRoom();

const T0 = Date.UTC(2026, 10, 23, 0, 40, 6);
const record: RecordSeen = {
  id: 'home',
  name: 'home.example.org',
  type: 'A',
  provider: 'cloudflare',
  state: 'in-step',
  why: null,
  address: '81.2.69.142',
};

/** The event of the record going from in step to `now`, as the runtime's step makes it. */
function eventTo(now: Partial<RecordSeen>, at: number): DdnsStateEvent {
  const first = ddnsStateStep(DDNS_STATE_MEMORY_START, [record], at - 1000);
  const [event] = ddnsStateStep(first.memory, [{ ...record, ...now }], at).events;
  return event!;
}

/** A notifier on these Slack channels, following the English app; returns the texts sent to a path. */
async function startWith(channels: Parameters<typeof notifySettings>[0]): Promise<(path: string) => string[]> {
  await room.start(notifySettings(channels), { language: () => 'en' });
  return room.textsTo;
}

describe("a DNS record's notice", () => {
  it("says why in the channel's language, and an event without a code its English", async () => {
    const textsTo = await startWith([
      { id: 'de', type: 'slack', url: `${room.fake.url}/services/T/B/DE`, language: 'de' },
      { id: 'en', type: 'slack', url: `${room.fake.url}/services/T/B/EN` },
    ]);
    // Cloudflare refused the token, as the provider's HTTP answer decides it.
    const refused = statusOutcome({ status: 403, body: '', headers: {} }, 'Cloudflare home.example.org A', T0);
    expect(refused.kind).toBe('stop');
    const { reason, code } = refused as { reason: string; code: DdnsStateEvent['reason'] };
    const stopped = eventTo({ state: 'stopped', why: reason, reason: code }, T0);
    expect(stopped.reason).toEqual(code);

    await room.notifier.handle(stopped);
    await room.fake.waitFor((r) => r.length >= 2);
    expect(textsTo('/DE')[0]).toContain(
      'Cloudflare home.example.org A hat die Zugangsdaten abgelehnt (HTTP 403 Forbidden)',
    );
    expect(textsTo('/EN')[0]).toContain('Cloudflare home.example.org A refused the credentials (HTTP 403 Forbidden)');

    // An older event: the English why alone.
    const older = eventTo({ state: 'waiting', why: 'the provider answered 503' }, T0 + 60_000);
    expect(older).not.toHaveProperty('reason');
    await room.notifier.handle(older);
    await room.fake.waitFor((r) => r.length >= 4);
    expect(textsTo('/DE')[1]).toContain('ist nicht durchgegangen: the provider answered 503.');
  });

  it('masks an address inside the reason said in the language', async () => {
    const textsTo = await startWith([
      { id: 'id', type: 'slack', url: `${room.fake.url}/services/T/B/ID`, language: 'id', mask: 'hidden' },
    ]);
    const proxied = why('reason.ddns.proxied', { address: '81.2.69.160' });
    const failed = eventTo({ state: 'failed', why: proxied.text, reason: proxied.code }, T0);
    await room.notifier.handle(failed);
    await room.fake.waitFor((r) => r.length >= 1);
    const [text] = textsTo('/ID');
    expect(text).toBe(
      'home.example.org A tidak sesuai: Record DNS home.example.org (A) tidak sesuai: di-proxy oleh Cloudflare; record DNS berisi (disembunyikan). IPWatch terus memeriksa.',
    );
  });

  it("masks the address in the reason's values in a notice's data, and keeps the code", () => {
    const proxied = why('reason.ddns.proxied', { address: '81.2.69.160' });
    const notice = ddnsNotice(eventTo({ state: 'failed', why: proxied.text, reason: proxied.code }, T0))!;
    expect(noticeData(notice, 'hidden').reason).toEqual({
      code: 'reason.ddns.proxied',
      values: { address: '(hidden)' },
    });
    expect(noticeData(notice, 'none').reason).toEqual(proxied.code);
  });
});
