// @vitest-environment happy-dom
/**
 * The dashboard's Sources and Notifications tell the same story as the headline: during an
 * outage the Sources card's one line is the verdict's cause in the verdict's words (in English,
 * German and Indonesian), and no source row says "answering"; while IPv4 is uncertain each row says what its source
 * answered and which answered the same; the explanation is said once; a channel's error it
 * recovered from is history, folded, never red under "ok".
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Words } from '../../renderer/src/i18n/I18n';
import type { CheckCause } from '../../shared/check-cause';
import { de } from '../../shared/i18n/catalogues/de';
import { en } from '../../shared/i18n/catalogues/en';
import { id } from '../../shared/i18n/catalogues/id';
import type { ChannelStatus } from '../../shared/notify-types';
import type { Attempt, FamilyStatus, LastCheck, SourceHealth } from '../../shared/types';
import { fakeEngine, renderApp, status } from './fake-engine';

const now = Date.now();
// The page says "5 s ago" from the clock: held at `now`, so a slow render cannot make it 6.
beforeEach(() => vi.useFakeTimers({ now, toFake: ['Date'] }));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});
const source = (id: string, family: 4 | 6 = 4): SourceHealth => ({
  id,
  provider: id,
  kind: 'http',
  family,
  state: 'closed',
  successes: 40,
  failures: 0,
  consecutiveFailures: 0,
  successRate: 1,
  latencyMs: 12,
  lastSuccessAt: now - 120_000,
});
const tried = (sourceId: string, over: Partial<Attempt> = {}): Attempt => ({
  sourceId,
  provider: sourceId,
  kind: 'http',
  ok: true,
  ip: '81.2.69.142',
  latencyMs: 10,
  ...over,
});
const family = (f: 4 | 6, result: LastCheck['result'], attempts: Attempt[], cause?: CheckCause): FamilyStatus => ({
  family: f,
  enabled: true,
  ip: null,
  since: null,
  lastCheck: {
    at: now - 5000,
    trigger: 'interval',
    result,
    durationMs: 30,
    requests: attempts.length,
    attempts,
    ...(cause ? { cause } : {}),
  },
  cgnat: null,
});
const REFUSED = 'network: connect ECONNREFUSED 127.0.0.1:9';
const refused = (id: string) => tried(id, { ok: false, ip: undefined, error: REFUSED });

describe('the Sources table beside the headline', () => {
  it('during an outage: one line, the network named once, the table folded, no row repeating it', async () => {
    const never = { ...source('n'), successes: 0, failures: 3, successRate: 0, lastSuccessAt: undefined };
    const st = status({
      online: false,
      offlineSince: now - 120_000,
      families: {
        v4: family(4, 'unavailable', [refused('a'), refused('b'), refused('n')], 'network'),
        v6: family(6, 'unavailable', [refused('c')], 'network'),
      },
      sources: [source('a'), source('b'), source('c', 6), source('d', 6), never],
    });
    renderApp(fakeEngine({ status: st }));
    const sources = await screen.findByRole('region', { name: 'Sources' });
    const glance = within(sources).getByTestId('sources-glance').textContent!;
    expect(glance).toBe('No source could be reached: the network is down or has no way out.');
    // The verdict's sentence, word for word: the banner says the same cause.
    expect(screen.getByTestId('health-note').textContent).toContain(
      'No internet: no source could be reached: the network is down or has no way out.',
    );
    expect(within(sources).queryAllByTestId('sources-note')).toHaveLength(0);
    expect(sources.textContent).not.toMatch(/counted as failing/);
    // The table is folded behind the line, and opens from its summary.
    const fold = within(sources).getByTestId('sources-fold') as HTMLDetailsElement;
    expect(fold.open).toBe(false);
    expect(fold.querySelector('summary')!.textContent).toBe('Show the 5 sources');
    const badges = [...sources.querySelectorAll('.badge')].map((b) => b.textContent);
    expect(badges).toEqual(Array(5).fill('not answering'));
    // No group headings when all share one cause; no row says why (the line did), nor what it answered.
    expect(within(sources).queryAllByTestId('sources-group')).toHaveLength(0);
    expect(sources.querySelectorAll('details.source-reason')).toHaveLength(0);
    expect(sources.querySelectorAll('.source-answer')).toHaveLength(0);
    const a = within(sources).getByRole('row', { name: /^a/, hidden: true });
    expect(a.textContent).not.toMatch(/answering,|Answered/);
    expect(a.textContent).toMatch(/100 % before this outage/);
    const d = within(sources).getByRole('row', { name: /^d/, hidden: true });
    expect(d.textContent).toMatch(/Last answer 2 min( \d+ s)? ago/);
    // A source that never answered says so once, with no "0 % before this outage".
    const n = within(sources).getByRole('row', { name: /^n/, hidden: true });
    expect(n.textContent!.match(/Never answered/g)).toHaveLength(1);
    expect(n.textContent).not.toMatch(/%/);
  });

  it.each<[string, Words]>([
    ['en', { language: 'en', messages: en }],
    ['de', { language: 'de', messages: de }],
    ['id', { language: 'id', messages: id }],
  ])('%s: offline, the card says the cause the banner says, in the one sentence', async (_, words) => {
    for (const cause of ['network', 'no-address'] as const) {
      const st = status({
        online: false,
        offlineSince: now - 120_000,
        families: {
          v4: family(4, 'unavailable', [refused('a')], cause),
          v6: family(6, 'unavailable', [refused('c')], cause),
        },
        sources: [source('a'), source('c', 6)],
      });
      renderApp(fakeEngine({ status: st }), '#/', { words });
      const glance = (await screen.findByTestId('sources-glance')).textContent!;
      const clause = (words.messages as Record<string, string>)[
        `reason.cause.${cause === 'network' ? 'network' : 'noAddress'}`
      ]!;
      // The catalogue's cause, as a sentence of its own: its first letter up, a full stop.
      expect(glance).toBe(`${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`);
      expect((await screen.findByTestId('health-note')).textContent).toContain(clause);
      cleanup();
    }
  });

  it('sources that differ: the table shown, a heading row per cause, a summary counting the badges', async () => {
    const st = status({
      families: {
        v4: family(4, 'unchanged', [tried('a')]),
        v6: status().families.v6,
      },
      sources: [
        source('a'),
        { ...source('e'), consecutiveFailures: 2, lastError: REFUSED, lastErrorAt: now - 5000 },
        source('b'),
      ],
    });
    renderApp(fakeEngine({ status: st }));
    const sources = await screen.findByRole('region', { name: 'Sources' });
    expect(within(sources).getByTestId('sources-glance').textContent).toBe('3 sources: 1 failing, 2 answering.');
    expect(within(sources).queryByTestId('sources-fold')).toBeNull();
    expect(
      within(sources)
        .getAllByTestId('sources-group')
        .map((g) => g.textContent),
    ).toEqual(['Failing: the host refused the connection', 'Answering']);
    // The failing row keeps its Why: it says more than the heading (where, and when).
    const e = within(sources).getByRole('row', { name: /^e/ });
    expect(e.querySelector('details.source-reason')!.textContent).toMatch(/Nothing answered at 127\.0\.0\.1:9/);
    const rows = [...sources.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-word') ?? 'heading');
    expect(rows).toEqual(['heading', 'failing', 'heading', 'answering', 'answering']);
  });

  it('during an outage, a source never asked before is not said to have never answered', async () => {
    const fresh = { ...source('f'), successes: 0, successRate: null, latencyMs: null, lastSuccessAt: undefined };
    const st = status({
      online: false,
      offlineSince: now - 120_000,
      families: { v4: family(4, 'unavailable', [refused('a')]), v6: status().families.v6 },
      sources: [source('a'), fresh],
    });
    renderApp(fakeEngine({ status: st }));
    const sources = await screen.findByRole('region', { name: 'Sources' });
    const f = within(sources).getByRole('row', { name: /^f/ });
    expect(f.textContent).toMatch(/^fNot asked before/);
    expect(f.textContent).not.toMatch(/Never answered/);
  });

  it('while IPv4 is uncertain: what each source answered, and which answered the same', async () => {
    const st = status({
      families: {
        v4: family(4, 'uncertain', [
          tried('a'),
          tried('b', { ip: '81.2.69.160' }),
          tried('c'),
          tried('e', { ok: false, ip: undefined, error: 'HTTP 500' }),
        ]),
        v6: status().families.v6,
      },
      sources: [
        source('a'),
        source('b'),
        source('c'),
        { ...source('e'), consecutiveFailures: 1, lastError: 'HTTP 500', lastErrorAt: now - 5000 },
      ],
    });
    const engine = fakeEngine({ status: st });
    // A quorum of three: a and c alike are one short.
    const view = await engine.client.getSettings();
    engine.client.getSettings.mockResolvedValue({ ...view, settings: { ...view.settings, monitor: { quorum: 3 } } });
    renderApp(engine);
    const sources = await screen.findByRole('region', { name: 'Sources' });
    expect(within(sources).getAllByTestId('sources-note')).toHaveLength(1);
    expect(within(sources).getByTestId('sources-note').textContent).toMatch(/^IPv4 is uncertain/);
    const row = (id: string) => within(sources).getByRole('row', { name: new RegExp(`^${id}`) });
    expect(row('a').textContent).toMatch(/no agreement.*Answered 81\.2\.69\.142, the same as c/);
    expect(row('b').textContent).toMatch(/no agreement.*Answered 81\.2\.69\.160, alone/);
    expect(row('c').textContent).toMatch(/Answered 81\.2\.69\.142, the same as a/);
    expect(row('e').textContent).toMatch(/failing.*Gave no address/);
    // How many must agree (3 of its 4 sources) and how many did, once the settings are read.
    await within(sources).findByText(
      /^IPv4 is uncertain: 3 of its 4 sources must give the same address; in the last check at most 2 did\./,
    );
    // A source in that check answered then, in the same words as one that agreed, not a grey "last answer".
    for (const id of ['a', 'b', 'c']) {
      const line = row(id).querySelector('th .block')!;
      expect(line.textContent).toBe('Answered 5 s ago');
      expect(line.className).not.toMatch(/muted/);
    }
  });
});

const channel = (over: Partial<ChannelStatus>): ChannelStatus => ({
  id: 'hook',
  type: 'webhook',
  state: 'ok',
  reason: null,
  lastError: null,
  lastErrorAt: null,
  lastSentAt: null,
  failures: 0,
  nextAttemptAt: null,
  pending: 0,
  expired: 0,
  sent: 3,
  rejected: 0,
  note: null,
  recentExpired: [],
  ...over,
});

describe("a channel's last error", () => {
  it('recovered: folded as history, not red under ok', async () => {
    const st = status({
      notifications: [
        channel({
          lastError: 'other side closed (UND_ERR_SOCKET)',
          lastErrorAt: now - 600_000,
          lastSentAt: now - 60_000,
        }),
      ],
    });
    renderApp(fakeEngine({ status: st }));
    const list = await screen.findByRole('region', { name: 'Notifications' });
    expect(within(list).queryByTestId('channel-error')).toBeNull();
    const past = within(list).getByTestId('channel-past-error');
    expect((past as HTMLDetailsElement).open).toBe(false);
    expect(past.querySelector('summary')!.textContent).toMatch(/^Last error 10 min( \d+ s)? ago, since recovered$/);
    expect(list.querySelector('.error-text')).toBeNull();
  });

  it('off on this machine: the reason said plainly, not red', async () => {
    const st = status({
      notifications: [
        channel({
          id: 'desktop',
          type: 'desktop',
          state: 'disabled',
          reason: 'no desktop session: running in a container',
        }),
      ],
    });
    renderApp(fakeEngine({ status: st }));
    const list = await screen.findByRole('region', { name: 'Notifications' });
    expect(within(list).getByText('No desktop session: running in a container.')).toBeTruthy();
    expect(list.querySelector('.error-text')).toBeNull();
  });

  it('failing now: in words, red, the code under Details', async () => {
    const st = status({
      notifications: [
        channel({
          state: 'retrying',
          failures: 2,
          pending: 1,
          lastError: 'other side closed (UND_ERR_SOCKET)',
          lastErrorAt: now - 5000,
        }),
      ],
    });
    renderApp(fakeEngine({ status: st }));
    const err = await screen.findByTestId('channel-error');
    expect(err.textContent).toMatch(
      /^The connection was closed before an answer.*Detailsother side closed \(UND_ERR_SOCKET\)$/,
    );
  });
});
