/**
 * A change of the NAT verdict as a notification: the policy's row (policy/nat.ts), the words
 * and fields each channel gets (masks included: the verdicts are never masked, the addresses
 * are), and one `nat` event through the real notifier to a webhook on the local stand-in and
 * to the desktop channel.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createNotifier, type DesktopNotifier, type Notifier } from '../../../../electron/engine/notify';
import { noticeData, renderMessage } from '../../../../electron/engine/notify/message';
import { initialPolicyState, policyConfig, policyStep } from '../../../../electron/engine/notify/policy';
import { natNotice } from '../../../../electron/engine/notify/policy/nat';
import type { NatNotice } from '../../../../electron/engine/notify/types';
import type { HistoryStore } from '../../../../electron/engine/store';
import { NOTIFY_EVENTS } from '../../../../shared/notify-types';
import type { NatEvent } from '../../../../shared/types';
import { startNotifyFake, type NotifyFake } from '../../../fakes/notify-http';
import { FakeClock } from '../../../helpers/fake-clock';
import { until } from '../../../helpers/until';
import { captureLogger, jitter, memoryStore, notifySettings } from './helpers';

const AT = Date.UTC(2026, 10, 23, 0, 40, 6);
const PUBLIC = '81.2.69.142';
const nat = (from: NatEvent['from'], to: NatEvent['to'], at = AT): NatEvent => ({
  type: 'nat',
  at,
  from,
  to,
  routerAddress: to === 'cgnat' ? '100.64.3.4' : PUBLIC,
  publicAddress: PUBLIC,
});

describe('the policy', () => {
  it.each<[string, NatEvent, string | null]>([
    ['nat -> cgnat: a notice at once', nat('nat', 'cgnat'), 'nat-changed'],
    ['cgnat -> nat: a notice at once', nat('cgnat', 'nat'), 'nat-changed'],
    ['the same verdict: none', nat('nat', 'nat'), null],
  ])('%s', (_label, event, kind) => {
    expect(natNotice(event)?.kind ?? null).toBe(kind);
    const cfg = policyConfig(notifySettings([], { flapWindowSec: 120 }));
    const r = policyStep(initialPolicyState(), event, cfg);
    expect(r.notices.map((n) => n.kind)).toEqual(kind ? [kind] : []);
  });

  it('keys a notice by its change and time, and keeps both addresses', () => {
    expect(natNotice(nat('nat', 'cgnat'))).toEqual({
      kind: 'nat-changed',
      key: `nat:nat>cgnat@${AT}`,
      at: AT,
      from: 'nat',
      to: 'cgnat',
      routerAddress: '100.64.3.4',
      publicAddress: PUBLIC,
    });
  });

  it('is an event every channel gets by default', () => {
    expect(NOTIFY_EVENTS).toContain('nat-changed');
    expect(notifySettings([{ id: 'a', type: 'webhook', url: 'http://127.0.0.1:9' }]).channels[0]!.events).toContain(
      'nat-changed',
    );
  });
});

describe('the message', () => {
  const notice = natNotice(nat('nat', 'cgnat')) as NatNotice;

  it('says what it means for port forwarding, with both verdicts and addresses', () => {
    const m = renderMessage(notice, { timezone: 'UTC', mask: 'none' });
    expect(m).toMatchObject({ title: 'Now behind carrier-grade NAT', tone: 'bad' });
    expect(m.summary).toContain('port forwarding from the internet stops working');
    expect(m.fields).toEqual([
      { name: 'Before', value: 'Behind your router (NAT)' },
      { name: 'Now', value: 'Carrier-grade NAT' },
      { name: "Router's external address", value: '100.64.3.4' },
      { name: 'Public IPv4 address', value: PUBLIC },
      { name: 'What it means', value: expect.stringContaining('no port forwarding can reach this machine') },
      { name: 'Time', value: '2026-11-23 00:40:06 UTC' },
    ]);
  });

  it.each([
    ['partial', '100.64.3.xxx', '81.2.69.xxx'],
    ['hidden', '(hidden)', '(hidden)'],
  ] as const)('masks the addresses, never the verdicts (%s)', (mask, router, pub) => {
    const m = renderMessage(notice, { timezone: 'UTC', mask });
    expect(m.text).not.toContain(PUBLIC);
    expect(m.text).not.toContain('100.64.3.4');
    expect(m.text).toContain(`Router's external address: ${router}`);
    expect(noticeData(notice, mask)).toMatchObject({
      kind: 'nat-changed',
      from: 'nat',
      to: 'cgnat',
      routerAddress: router,
      publicAddress: pub,
    });
  });
});

describe('through the notifier', () => {
  let fake: NotifyFake;
  let clock: FakeClock;
  let store: HistoryStore;
  let notifier: Notifier | null = null;

  beforeEach(async () => {
    fake = await startNotifyFake();
    clock = new FakeClock(AT);
    store = await memoryStore(clock, captureLogger().logger);
  });
  afterEach(async () => {
    await notifier?.stop();
    await store.close();
    await fake.close();
  });

  it('delivers a nat event to a webhook and to the desktop', async () => {
    const shown: { title: string; body: string }[] = [];
    const desktop: DesktopNotifier = {
      notify: async (title, body) => void shown.push({ title, body }),
    };
    notifier = createNotifier({
      random: jitter,
      store,
      clock,
      logger: captureLogger().logger,
      desktop,
      settings: notifySettings([
        { id: 'hook', type: 'webhook', url: `${fake.url}/hook` },
        { id: 'desk', type: 'desktop' },
        { id: 'changes-only', type: 'webhook', url: `${fake.url}/changes-only`, events: ['ipv4-changed'] },
      ]),
    });
    await notifier.start();
    await notifier.handle(nat('nat', 'cgnat', clock.now()));
    await until(() => store.counts('hook').sent === 1 && store.counts('desk').sent === 1, {
      what: 'the nat notice sent on both channels',
    });
    const [req] = fake.delivered();
    expect(req!.path).toBe('/hook');
    const body = JSON.parse(req!.body) as Record<string, unknown>;
    expect(body).toMatchObject({
      event: 'nat-changed',
      title: 'Now behind carrier-grade NAT',
      tone: 'bad',
      data: { from: 'nat', to: 'cgnat', routerAddress: '100.64.3.4', publicAddress: PUBLIC },
    });
    expect(shown).toHaveLength(1);
    expect(shown[0]!.title).toBe('Now behind carrier-grade NAT');
    expect(shown[0]!.body).toContain('port forwarding from the internet stops working');
    // A channel that did not pick the event gets nothing queued.
    expect(store.counts('changes-only')).toEqual({ pending: 0, sent: 0, expired: 0, rejected: 0 });
    expect(fake.requests).toHaveLength(1);
  });
});
