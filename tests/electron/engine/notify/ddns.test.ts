/**
 * A dynamic DNS record's change of state as a notification: the policy's rows (policy/ddns.ts),
 * the words each kind is told in (ddns-message.ts), the masks (addresses inside `why` too), and
 * the events a channel gets by default.
 */
import { describe, expect, it } from 'vitest';

import { noticeData, renderMessage } from '../../../../electron/engine/notify/message';
import { initialPolicyState, policyConfig, policyStep } from '../../../../electron/engine/notify/policy';
import { ddnsNotice } from '../../../../electron/engine/notify/policy/ddns';
import type { DdnsNotice } from '../../../../electron/engine/notify/types';
import { english } from '../../../../shared/i18n/translators';
import { NOTIFY_EVENTS } from '../../../../shared/notify-types';
import type { DdnsStateEvent } from '../../../../shared/types';
import { ddnsStateLine } from '../../../../shared/words/ddns-event';
import { notifySettings } from './helpers';

const AT = Date.UTC(2026, 10, 23, 0, 40, 6);
const event = (from: string, to: string, notice: DdnsStateEvent['notice'], more: Partial<DdnsStateEvent> = {}) =>
  ({
    type: 'ddns-state',
    at: AT,
    record: 'home',
    name: 'home.example.org',
    recordType: 'A',
    provider: 'dyndns2',
    from,
    to,
    why: null,
    address: '81.2.69.142',
    notice,
    troubleMs: null,
    nextAttemptAt: null,
    ...more,
  }) satisfies DdnsStateEvent;

describe('the policy', () => {
  it.each<[string, DdnsStateEvent, string | null]>([
    ['our own update under way: none', event('in-step', 'updating', null), null],
    ['propagating after our update: none', event('updating', 'propagating', null), null],
    ['stopped', event('updating', 'stopped', 'stopped'), 'ddns-stopped'],
    ['waiting to retry', event('updating', 'waiting', 'waiting'), 'ddns-waiting'],
    ['not in step', event('propagating', 'failed', 'failed'), 'ddns-failed'],
    ['in step again', event('waiting', 'in-step', 'in-step'), 'ddns-in-step'],
  ])('%s', (_label, e, kind) => {
    expect(ddnsNotice(e)?.kind ?? null).toBe(kind);
    const r = policyStep(initialPolicyState(), e, policyConfig(notifySettings([])));
    expect(r.notices.map((n) => n.kind)).toEqual(kind ? [kind] : []);
  });

  it('keys a notice by its record, kind and time', () => {
    expect(ddnsNotice(event('updating', 'stopped', 'stopped'))?.key).toBe(`ddns:home:ddns-stopped@${AT}`);
  });

  it('are events every new channel gets, and the Discord guilds only when picked', () => {
    const events = notifySettings([{ id: 'a', type: 'webhook', url: 'http://127.0.0.1:9' }]).channels[0]!.events;
    for (const kind of ['ddns-stopped', 'ddns-waiting', 'ddns-failed', 'ddns-in-step'] as const) {
      expect(NOTIFY_EVENTS).toContain(kind);
      expect(events).toContain(kind);
    }
  });
});

describe('the message', () => {
  const notice = (e: DdnsStateEvent) => ddnsNotice(e) as DdnsNotice;

  it.each<[string, DdnsStateEvent, { title: string; summary: string; tone: string }]>([
    [
      'stopped: a person must act',
      event('updating', 'stopped', 'stopped', { why: 'the username and password do not match (badauth)' }),
      {
        title: 'home.example.org A switched off: it needs you',
        summary:
          'The DNS record home.example.org (A) is no longer updated: the username and password do not match (badauth). It stays switched off until its settings are changed or it is tried again (Try again, in Settings).',
        tone: 'bad',
      },
    ],
    [
      'waiting: tried again by itself, and when',
      event('updating', 'waiting', 'waiting', { why: 'the provider answered 503', nextAttemptAt: AT + 30_000 }),
      {
        title: 'home.example.org A waits to retry',
        summary:
          'The update of the DNS record home.example.org (A) did not go through: the provider answered 503. IPWatch tries again by itself at 2026-11-23 00:40:36 UTC.',
        tone: 'warn',
      },
    ],
    [
      'failed',
      event('propagating', 'failed', 'failed', { why: 'no authoritative server answered' }),
      {
        title: 'home.example.org A is not in step',
        summary:
          'The DNS record home.example.org (A) is not in step: no authoritative server answered. IPWatch keeps looking.',
        tone: 'bad',
      },
    ],
    [
      'in step again, after how long',
      event('waiting', 'in-step', 'in-step', { troubleMs: 12 * 60_000 }),
      {
        title: 'home.example.org A is in step again',
        summary: 'The DNS record home.example.org (A) is in step again after 12 min (it was waiting to retry).',
        tone: 'good',
      },
    ],
  ])('%s', (_label, e, words) => {
    const m = renderMessage(notice(e), { timezone: 'UTC', mask: 'none' });
    expect(m).toMatchObject(words);
    expect(m.fields[0]).toEqual({ name: 'Record', value: 'home.example.org (A)' });
    expect(m.fields).toContainEqual({ name: 'Address', value: '81.2.69.142' });
  });

  it.each([
    ['partial', '81.2.69.xxx', '2a02:1:2:3:xxxx:xxxx:xxxx:xxxx'],
    ['hidden', '(hidden)', '(hidden)'],
  ] as const)('masks the addresses, those inside why too (%s)', (mask, v4, v6) => {
    const why =
      'not in step 600 s after the update: ns1.example.org holds 81.2.69.160, ns2 (2a02:1:2:3::9) holds 81.2.69.160.';
    const n = notice(event('propagating', 'failed', 'failed', { why }));
    const m = renderMessage(n, { timezone: 'UTC', mask });
    expect(m.text).not.toMatch(/81\.2\.69\.1[46]|2a02:1:2:3::9/);
    expect(m.text).toContain(`Address: ${v4}`);
    expect(m.text).toContain(`ns2 (${v6}) holds`);
    const data = noticeData(n, mask);
    expect(data).toMatchObject({ kind: 'ddns-failed', state: 'failed', was: 'propagating', address: v4 });
    expect(JSON.stringify(data)).not.toMatch(/81\.2\.69\.1[46]|2a02:1:2:3::9/);
  });
});

describe('the Activity line', () => {
  it.each<[DdnsStateEvent, string]>([
    [event('in-step', 'updating', null), 'home.example.org A: updating'],
    [event('updating', 'stopped', 'stopped', { why: 'badauth' }), 'home.example.org A: switched off (badauth)'],
    [
      event('stopped', 'in-step', 'in-step', { troubleMs: 3 * 3600_000 }),
      'home.example.org A: in step again after 3 h (it was switched off)',
    ],
  ])('%j', (e, line) => {
    expect(ddnsStateLine(e, english)).toBe(line);
  });
});
