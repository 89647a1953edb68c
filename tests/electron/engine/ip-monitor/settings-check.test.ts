/**
 * What a settings change does to the schedule (electron/engine/ip-monitor/settings-check.ts): the
 * truth table of its doc comment, row by row, on settings the real schema parses.
 */
import { describe, expect, it } from 'vitest';

import { planAfterSettings, type SettingsCheckPlan } from '../../../../electron/engine/ip-monitor/settings-check';
import { parseSettings, type Settings } from '../../../../shared/settings';

const settings = (raw: Record<string, unknown> = {}): Settings => {
  const parsed = parseSettings(raw);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.settings;
};
const http = (id: string, family: 4 | 6, url = `http://127.0.0.1:9/${id}`) => ({ id, kind: 'http', url, family });
const own = (...custom: unknown[]) => ({ sources: { builtIn: false, custom } });
const monitor = (m: Record<string, unknown>, rest: Record<string, unknown> = {}) => ({ monitor: m, ...rest });

const MIN = 60_000;
const KEEP: SettingsCheckPlan = { check: [], nextInMs: null };

describe('planAfterSettings', () => {
  it.each<
    [
      label: string,
      before: Record<string, unknown>,
      after: Record<string, unknown>,
      msLeft: number | null,
      plan: SettingsCheckPlan,
    ]
  >([
    // a family switched on
    ['IPv6 switched on: check IPv6', monitor({ ipv6: false }), {}, MIN, { check: [6], nextInMs: null }],
    ['both switched on', monitor({ ipv4: false, ipv6: false }), {}, MIN, { check: [4, 6], nextInMs: null }],
    // a watched family's sources
    ['a custom IPv4 source added', own(), own(http('a', 4)), MIN, { check: [4], nextInMs: null }],
    [
      'a custom IPv6 source removed',
      own(http('a', 4), http('b', 6)),
      own(http('a', 4)),
      MIN,
      { check: [6], nextInMs: null },
    ],
    [
      'a custom source edited (its URL)',
      own(http('a', 4)),
      own(http('a', 4, 'http://127.0.0.1:9/new')),
      MIN,
      { check: [4], nextInMs: null },
    ],
    [
      'built-ins switched off: both families',
      {},
      { sources: { builtIn: false } },
      MIN,
      { check: [4, 6], nextInMs: null },
    ],
    [
      'one built-in IPv4 source switched off',
      {},
      { sources: { disabled: ['ipify-v4'] } },
      MIN,
      { check: [4], nextInMs: null },
    ],
    [
      'a built-in IPv6 source switched back on',
      { sources: { disabled: ['ipify-v6'] } },
      {},
      MIN,
      { check: [6], nextInMs: null },
    ],
    [
      'new sources while a check runs (nothing planned)',
      own(),
      own(http('a', 4)),
      null,
      { check: [4], nextInMs: null },
    ],
    // a family switched off, or sources of an unwatched family
    ['IPv6 switched off', {}, monitor({ ipv6: false }), MIN, KEEP],
    [
      'an IPv6 source added while IPv6 is off',
      { ...own(), ...monitor({ ipv6: false }) },
      { ...own(http('b', 6)), ...monitor({ ipv6: false }) },
      MIN,
      KEEP,
    ],
    ['a switched-off built-in id that does not exist', {}, { sources: { disabled: ['no-such-source'] } }, MIN, KEEP],
    ['the same sources in the same order', own(http('a', 4)), own(http('a', 4)), MIN, KEEP],
    // the interval
    [
      'interval shorter than the time left: one new interval',
      monitor({ intervalSec: 3600 }),
      monitor({ intervalSec: 60 }),
      30 * MIN,
      { check: [], nextInMs: MIN },
    ],
    [
      'interval shorter, but the planned check comes first',
      monitor({ intervalSec: 3600 }),
      monitor({ intervalSec: 600 }),
      5 * MIN,
      KEEP,
    ],
    ['interval longer', monitor({ intervalSec: 60 }), monitor({ intervalSec: 3600 }), MIN / 2, KEEP],
    ['interval shorter while a check runs', monitor({ intervalSec: 3600 }), monitor({ intervalSec: 60 }), null, KEEP],
    [
      'interval shorter and new sources: the check plans the next',
      { ...own(), ...monitor({ intervalSec: 3600 }) },
      { ...own(http('a', 4)), ...monitor({ intervalSec: 60 }) },
      30 * MIN,
      { check: [4], nextInMs: null },
    ],
    // anything else
    ['quorum', {}, monitor({ quorum: 1 }), MIN, KEEP],
    ['timeout', {}, monitor({ timeoutMs: 9000 }), MIN, KEEP],
    ['IPv6 comparison', {}, monitor({ ipv6Compare: 'full' }), MIN, KEEP],
    ['log level', {}, { log: { level: 'debug' } }, MIN, KEEP],
    ['nothing at all', {}, {}, MIN, KEEP],
  ])('%s', (_label, before, after, msLeft, plan) => {
    expect(planAfterSettings(settings(before), settings(after), msLeft)).toEqual(plan);
  });
});
