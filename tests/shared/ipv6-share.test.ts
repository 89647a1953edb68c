/**
 * The share of time IPv6 worked (shared/ipv6-share.ts) and the run still held (shared/held-runs.ts):
 * their truth tables, the share against an oracle that counts every minute of a small period, and
 * the words the API and the page say.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { heldRuns, untilNow } from '../../shared/held-runs';
import { english, translator } from '../../shared/i18n/translators';
import { ipv6Share, SHARE_MIN_MONITORED_MS, shareWords } from '../../shared/ipv6-share';
import type { Span } from '../../shared/spans';
import type { EngineStatus, FamilyStatus, LastCheck } from '../../shared/types';
import { testSeed } from '../helpers/random';

const M = 60_000;
const H = 3_600_000;
const run = (firstSeen: number, lastSeen: number) => ({ firstSeen, lastSeen });

describe('ipv6Share', () => {
  const whole: Span[] = [[0, 10 * H]];
  it.each<[string, { firstSeen: number; lastSeen: number }[], Span[], number | null, number]>([
    ['nothing monitored', [], [], null, 0],
    ['nothing monitored, an IPv6 run all the same', [run(0, 10 * H)], [], null, 0],
    [
      'a runner minutes old: too early, however it went',
      [run(9 * H + 50 * M, 10 * H)],
      [[9 * H + 50 * M, 10 * H]],
      null,
      10 * M,
    ],
    ['just under the bound', [run(0, 10 * H)], [[0, SHARE_MIN_MONITORED_MS - 1]], null, SHARE_MIN_MONITORED_MS - 1],
    ['at the bound', [run(0, 10 * H)], [[0, SHARE_MIN_MONITORED_MS]], 100, SHARE_MIN_MONITORED_MS],
    ['no IPv6 run', [], whole, 0, 10 * H],
    ['one run over half the monitored time', [run(0, 5 * H)], whole, 50, 10 * H],
    ['overlapping runs count once', [run(0, 4 * H), run(2 * H, 6 * H)], whole, 60, 10 * H],
    ['runs outside the period are cut at its ends', [run(-5 * H, 1 * H), run(9 * H, 20 * H)], whole, 20, 10 * H],
    ['monitored time outside the period does not count', [run(0, 2 * H)], [[-10 * H, 4 * H]], 50, 4 * H],
    // A run spans the night the monitor did not run: that night is neither IPv6 nor not.
    [
      'a run across time not monitored counts only the monitored part',
      [run(0, 10 * H)],
      [
        [0, 1 * H],
        [9 * H, 10 * H],
      ],
      100,
      2 * H,
    ],
    [
      'monitored time no run covers',
      [run(0, 1 * H)],
      [
        [0, 1 * H],
        [9 * H, 10 * H],
      ],
      50,
      2 * H,
    ],
    ['rounded down to 0.1', [run(0, 1 * H)], [[0, 3 * H]], 33.3, 3 * H],
  ])('%s', (_, runs, monitored, percent, monitoredMs) => {
    expect(ipv6Share(runs, monitored, 0, 10 * H)).toEqual({ percent, monitoredMs });
  });

  it('agrees with an oracle that counts every minute of the period', () => {
    const seed = testSeed('ipv6 share oracle');
    const spanOf = fc
      .record({ at: fc.integer({ min: -30, max: 300 }), len: fc.integer({ min: 0, max: 200 }) })
      .map(({ at, len }): [number, number] => [at, at + len]);
    fc.assert(
      fc.property(fc.array(spanOf, { maxLength: 8 }), fc.array(spanOf, { maxLength: 6 }), (runs, watched) => {
        const share = ipv6Share(
          runs.map(([a, b]) => run(a * M, b * M)),
          watched.map(([a, b]): Span => [a * M, b * M]),
          0,
          240 * M,
        );
        let monitored = 0;
        let covered = 0;
        for (let t = 0; t < 240; t++) {
          const inside = (s: [number, number]) => s[0] <= t && t < s[1];
          if (!watched.some(inside)) continue;
          monitored++;
          if (runs.some(inside)) covered++;
        }
        expect(share.monitoredMs).toBe(monitored * M);
        expect(share.percent).toBe(
          monitored * M < SHARE_MIN_MONITORED_MS ? null : Math.floor((covered / monitored) * 1000) / 10,
        );
      }),
      { seed, numRuns: 300 },
    );
  });
});

describe('shareWords', () => {
  it.each([
    [{ percent: 87.5, monitoredMs: 20 * H }, 'IPv6 worked 87.5% of the monitored time in the last 30 days'],
    [{ percent: 0, monitoredMs: 2 * H }, 'IPv6 worked 0% of the monitored time in the last 30 days'],
    [{ percent: null, monitoredMs: 0 }, 'Share of time with IPv6: unknown (nothing was monitored in the last 30 days)'],
    [
      { percent: null, monitoredMs: 4 * M + 18_000 },
      'Share of time with IPv6: too early to tell, 4 min 18 s monitored so far',
    ],
  ])('%j', (share, said) => {
    expect(shareWords(share, 30, english)).toBe(said);
  });

  it('says it in the reader language', () => {
    expect(shareWords({ percent: null, monitoredMs: 12 * M }, 30, translator('de'))).toBe(
      'Anteil der Zeit mit IPv6: noch zu früh, bisher 12 Min. überwacht',
    );
  });
});

describe('the run still held', () => {
  const check = (result: LastCheck['result']): LastCheck => ({
    at: 0,
    trigger: 'interval',
    result,
    durationMs: 1,
    requests: 1,
  });
  const family = (f: 4 | 6, o: Partial<FamilyStatus> = {}): FamilyStatus => ({
    family: f,
    enabled: true,
    ip: f === 4 ? '192.0.2.1' : '2001:db8::1',
    since: f * 1000,
    lastCheck: check('unchanged'),
    cgnat: null,
    ...o,
  });
  const status = (o: Partial<EngineStatus> = {}, v6: Partial<FamilyStatus> = {}) => ({
    running: true,
    pausedSince: null,
    families: { v4: family(4), v6: family(6, v6) },
    ...o,
  });
  it.each<[string, ReturnType<typeof status>, number[]]>([
    ['running, both confirmed', status(), [4, 6]],
    ['stopped', status({ running: false }), []],
    ['paused', status({ pausedSince: 5 }), []],
    ['family not watched', status({}, { enabled: false }), [4]],
    ['no check yet since the start', status({}, { lastCheck: null }), [4]],
    ['no address known', status({}, { ip: null, since: null }), [4]],
    ['the latest check could not confirm it', status({}, { lastCheck: check('uncertain') }), [4]],
    ['the latest check found none', status({}, { lastCheck: check('unavailable') }), [4]],
    ['the latest check confirmed a change', status({}, { lastCheck: check('changed') }), [4, 6]],
  ])('%s', (_, s, families) => {
    expect(heldRuns(s).map((h) => h.family)).toEqual(families);
  });

  it('lasts until now only for the held run, never backwards', () => {
    const runs = [
      { family: 6 as const, firstSeen: 6000, lastSeen: 7000, ip: 'held' },
      { family: 6 as const, firstSeen: 1000, lastSeen: 6000, ip: 'before' },
      { family: 4 as const, firstSeen: 6000, lastSeen: 7000, ip: 'other family' },
    ];
    expect(untilNow(runs, [{ family: 6, since: 6000 }], 9000).map((r) => r.lastSeen)).toEqual([9000, 6000, 7000]);
    expect(untilNow(runs, [{ family: 6, since: 6000 }], 6500).map((r) => r.lastSeen)).toEqual([7000, 6000, 7000]);
  });
});
