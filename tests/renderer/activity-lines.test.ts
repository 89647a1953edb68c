import { describe, expect, it } from 'vitest';

import type { LoggedEvent } from '../../renderer/src/api/event-log';
import type { ApiEvent } from '../../renderer/src/api/types';
import {
  type ActivityKind,
  ACTIVITY_KIND_LABELS,
  activityLines,
  CHECK_MATCH_SLACK_MS,
  describeEvent,
  describeStored,
  kindOf,
} from '../../renderer/src/pages/activity-lines';
import type { RecentEvent } from '../../shared/contract/events';
import { english } from '../../shared/i18n/translators';

const T = 1_790_000_000_000;

const liveCheck = (at: number, durationMs: number, family: 4 | 6 = 4): ApiEvent => ({
  type: 'check',
  at,
  family,
  trigger: 'interval',
  result: 'unchanged',
  ip: '81.2.69.142',
  requests: 1,
  durationMs,
  attempts: [],
});
const keptCheck = (at: number, family: 4 | 6 = 4): RecentEvent => ({ type: 'check', at, family, result: 'unchanged' });
const change: RecentEvent = {
  type: 'change',
  at: T,
  family: 4,
  from: '81.2.69.142',
  to: '81.2.69.143',
  trigger: 'manual',
};
const liveChange: ApiEvent = { ...change, type: 'change', fromSince: null, sources: [] } as ApiEvent;
const logged = (...events: ApiEvent[]): LoggedEvent[] => events.map((event, i) => ({ seq: events.length - i, event }));

const texts = (stored: RecentEvent[], live: LoggedEvent[]) => activityLines(stored, live, english).map((l) => l.text);

const cases: [string, RecentEvent[], LoggedEvent[], string[]][] = [
  ['nothing yet', [], [], []],
  [
    'kept events only, newest first',
    [change, keptCheck(T - 60_000), { type: 'offline', at: T - 120_000, cause: 'no route to host' }],
    [],
    [
      'IPv4 changed 81.2.69.142 → 81.2.69.143, found by a check you started',
      'Checked IPv4: no change',
      'Offline: no route to host',
    ],
  ],
  [
    'a live change kept too: once, the live words',
    [change],
    logged(liveChange),
    ['IPv4 changed 81.2.69.142 → 81.2.69.143, found by a check you started'],
  ],
  [
    'a live check and its record (dated at its end): once',
    [keptCheck(T + 40)],
    logged(liveCheck(T, 35)),
    ['Checked IPv4: still 81.2.69.142 (35 ms)'],
  ],
  [
    'a record ending after the slack is another check',
    [keptCheck(T + 35 + CHECK_MATCH_SLACK_MS + 1)],
    logged(liveCheck(T, 35)),
    ['Checked IPv4: no change', 'Checked IPv4: still 81.2.69.142 (35 ms)'],
  ],
  [
    'the other family is another check',
    [keptCheck(T + 40, 6)],
    logged(liveCheck(T, 35, 4)),
    ['Checked IPv6: no change', 'Checked IPv4: still 81.2.69.142 (35 ms)'],
  ],
  [
    'two live checks, one record each',
    [keptCheck(T + 40), keptCheck(T + 100)],
    logged(liveCheck(T + 60, 30), liveCheck(T, 30)),
    ['Checked IPv4: still 81.2.69.142 (30 ms)', 'Checked IPv4: still 81.2.69.142 (30 ms)'],
  ],
  [
    'an outage kept and lived: offline and online once each',
    [
      { type: 'online', at: T, offlineMs: 90_000 },
      { type: 'offline', at: T - 90_000, cause: 'no route to host' },
    ],
    logged(
      { type: 'online', at: T, offlineMs: 90_000 },
      { type: 'offline', at: T - 90_000, cause: 'no route to host' },
    ),
    ['Back online after 90 s', 'Offline: no route to host'],
  ],
];

describe('activityLines', () => {
  it.each(cases)('%s', (_name, stored, live, want) => {
    expect(texts(stored, live)).toEqual(want);
  });

  it('keeps at most `limit` lines, the newest', () => {
    const stored = Array.from({ length: 10 }, (_, i) => keptCheck(T + (9 - i) * 60_000));
    const lines = activityLines(stored, [], english, 3);
    expect(lines.map((l) => l.at)).toEqual([T + 540_000, T + 480_000, T + 420_000]);
  });

  it("keeps the engine's order of kept events when a clock set back stamps the newest before the older", () => {
    // The engine sends the history newest first by its sequence: the change after the step is stamped a day earlier.
    const older = { ...change, at: T, from: '81.2.69.141', to: '81.2.69.142' } as RecentEvent;
    const newer = { ...change, at: T - 86_400_000 + 60_000 } as RecentEvent;
    const live = logged(liveCheck(T - 86_400_000 + 120_000, 30));
    expect(texts([newer, older], live)).toEqual([
      'Checked IPv4: still 81.2.69.142 (30 ms)',
      'IPv4 changed 81.2.69.142 → 81.2.69.143, found by a check you started',
      'IPv4 changed 81.2.69.141 → 81.2.69.142, found by a check you started',
    ]);
  });
});

describe('describeStored', () => {
  it.each<[RecentEvent, string]>([
    [{ ...change, from: null }, 'IPv4 first seen: 81.2.69.143, found by a check you started'],
    [
      { ...change, network: { kind: 'network', fromAsn: 3320, toAsn: 15169 } },
      'IPv4 changed 81.2.69.142 → 81.2.69.143, found by a check you started · The network changed from AS3320 to AS15169',
    ],
    [
      { ...change, network: { kind: 'same-block', block: '81.2.0.0/16', fromAsn: 20712, toAsn: 64500 } },
      'IPv4 changed 81.2.69.142 → 81.2.69.143, found by a check you started · Same address block (81.2.0.0/16), new network AS64500 (was AS20712)',
    ],
    [
      { type: 'notice', at: T, channel: 'hook', kind: 'ipv4-changed', status: 'sent', error: null },
      "Sent 'IPv4 address changed' to hook",
    ],
    [
      { type: 'notice', at: T, channel: 'hook', kind: 'offline', status: 'pending', error: 'HTTP 503' },
      "'Offline' waits to be sent to hook: The service failed on its side (HTTP 503): try again later.",
    ],
    [
      {
        type: 'notice',
        at: T,
        channel: 'hook',
        kind: 'offline',
        status: 'expired',
        error: 'network: UND_ERR_SOCKET: other side closed',
      },
      "Gave up sending 'Offline' to hook after retrying: The connection was closed before an answer: try again; if it keeps happening, the service or a proxy on the way refuses it.",
    ],
    [
      { type: 'notice', at: T, channel: 'chat', kind: 'test', status: 'rejected', error: 'HTTP 400' },
      'chat refused a test: The service refused the request (HTTP 400).',
    ],
    [
      { type: 'notice', at: T, channel: 'hook', kind: '(unreadable)', status: 'sent', error: null },
      'Sent a notice that cannot be read back to hook',
    ],
    [
      { type: 'check', at: T, family: 6, result: 'uncertain' },
      'Checked IPv6: sources replied, but no address was confirmed',
    ],
    [{ type: 'check', at: T, family: 4, result: 'unavailable' }, 'Checked IPv4: no source answered'],
    [{ type: 'check', at: T, family: 6, result: 'no-source' }, 'IPv6 not monitored: no source'],
  ])('%#: %s', (e, text) => {
    expect(describeStored(e, english)).toBe(text);
  });
});

describe('live events as sentences, and their kind for the filter', () => {
  it.each<[ApiEvent, string, ActivityKind]>([
    [liveCheck(T, 35), 'Checked IPv4: still 81.2.69.142 (35 ms)', 'unchanged'],
    [
      { ...liveCheck(T, 35), result: 'changed', ip: '81.2.69.143' } as ApiEvent,
      'Checked IPv4: changed to 81.2.69.143 (35 ms)',
      'check',
    ],
    [
      {
        type: 'source-health',
        at: T,
        sourceId: 'ipify',
        from: 'closed',
        to: 'open',
        reason: 'network: connect ECONNREFUSED 127.0.0.1:9',
      },
      'Source ipify rests after failures: Nothing answered at 127.0.0.1:9: is the service running?',
      'source',
    ],
    [
      { type: 'source-health', at: T, sourceId: 'ipify', from: 'half-open', to: 'closed', reason: 'answered' },
      'Source ipify answers again',
      'source',
    ],
    [
      { type: 'source-health', at: T, sourceId: 'ipify', from: 'open', to: 'half-open', reason: 'probe due' },
      'Source ipify is tried again',
      'source',
    ],
    [{ type: 'online', at: T, offlineMs: 42_400 }, 'Back online after 42 s', 'outage'],
    [liveChange, 'IPv4 changed 81.2.69.142 → 81.2.69.143, found by a check you started', 'change'],
    [{ type: 'monitoring', at: T, paused: true }, 'Monitoring paused', 'other'],
    [{ type: 'sites', at: T, sites: ['office'] }, 'Site of the fleet changed: office', 'other'],
    [
      { type: 'sites', at: T, sites: ['office', 'home', 'parents', 'shed', 'boat'] },
      'Sites of the fleet changed: office, home, parents and 2 more',
      'other',
    ],
    [{ type: 'sites', at: T, sites: null }, 'Many sites of the fleet changed', 'other'],
  ])('%#: %s', (e, text, kind) => {
    expect(describeEvent(e, english)).toBe(text);
    expect(kindOf(e)).toBe(kind);
  });

  it('gives every line its kind, so the page can hide unchanged checks', () => {
    const lines = activityLines([change, keptCheck(T - 60_000)], [], english);
    expect(lines.map((l) => l.kind)).toEqual(['change', 'unchanged']);
  });
});

describe('an event the store keeps and the live feed sends alike', () => {
  it.each<[RecentEvent, ApiEvent, string]>([
    [change, liveChange, 'IPv4 changed 81.2.69.142 → 81.2.69.143, found by a check you started'],
    [
      { ...change, from: null },
      { ...liveChange, from: null } as ApiEvent,
      'IPv4 first seen: 81.2.69.143, found by a check you started',
    ],
    [
      { type: 'offline', at: T, cause: 'no route to host' },
      { type: 'offline', at: T, cause: 'no route to host' },
      'Offline: no route to host',
    ],
    [
      { type: 'online', at: T, offlineMs: 42_400 },
      { type: 'online', at: T, offlineMs: 42_400 },
      'Back online after 42 s',
    ],
  ])('%#: reads the same from either copy', (kept, live, text) => {
    expect(describeStored(kept, english)).toBe(text);
    expect(describeEvent(live, english)).toBe(text);
  });
});

describe("a DNS record's change of state (live only)", () => {
  const ddns = (to: string, notice: 'stopped' | 'in-step' | null, more: object = {}): ApiEvent => ({
    type: 'ddns-state',
    at: T,
    record: 'home',
    name: 'home.example.org',
    recordType: 'AAAA',
    provider: 'cloudflare',
    from: 'updating',
    to,
    why: null,
    address: null,
    notice,
    troubleMs: null,
    nextAttemptAt: null,
    ...more,
  });

  it.each<[ApiEvent, string]>([
    [ddns('propagating', null), 'home.example.org AAAA: propagating'],
    [
      ddns('stopped', 'stopped', { why: 'Cloudflare refused the token (403)' }),
      'home.example.org AAAA: switched off (Cloudflare refused the token (403))',
    ],
    [
      ddns('in-step', 'in-step', { from: 'stopped', troubleMs: 90_000 }),
      'home.example.org AAAA: in step again after 1 min 30 s (it was switched off)',
    ],
  ])('%#: %s', (e, text) => {
    expect(describeEvent(e, english)).toBe(text);
  });
});

describe('a check that sent no request (no source set up)', () => {
  const noSource = { ...liveCheck(T, 1), result: 'unavailable', ip: null, requests: 0 } as ApiEvent;
  const failed = { ...liveCheck(T + 60_000, 4000), result: 'unavailable', ip: null, requests: 3 } as ApiEvent;

  it('reads live as not monitored, neutral, not as no source answered; one that asked sources stays a failure', () => {
    expect(describeEvent(noSource, english)).toBe('IPv4 not monitored: no source');
    expect(describeEvent(failed, english)).toBe('Checked IPv4: no source answered (4000 ms)');
    const lines = activityLines([], logged(failed, noSource), english);
    expect(lines.map((l) => [l.text, l.kind, l.unmonitored ?? false])).toEqual([
      ['Checked IPv4: no source answered (4000 ms)', 'check', false],
      ['IPv4 not monitored: no source', 'no-source', true],
    ]);
    // Filed under its own filter, never among the checks with news or trouble.
    expect(english.t(ACTIVITY_KIND_LABELS[kindOf(noSource)])).toBe('Checks with no source set up');
    expect(english.t(ACTIVITY_KIND_LABELS[kindOf(failed)])).toBe('Checks with news or trouble');
  });

  it('reads the same kept as live; a row kept before no-source existed stays unavailable', () => {
    const kept: RecentEvent[] = [
      { type: 'check', at: T + 120_000, family: 4, result: 'no-source' },
      { type: 'check', at: T, family: 4, result: 'unavailable' },
    ];
    expect(activityLines(kept, [], english).map((l) => [l.text, l.kind, l.unmonitored ?? false])).toEqual([
      ['IPv4 not monitored: no source', 'no-source', true],
      ['Checked IPv4: no source answered', 'check', false],
    ]);
  });
});
