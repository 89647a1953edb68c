import { describe, expect, it } from 'vitest';

import { familyNote, healthOf } from '../../shared/health';
import { english } from '../../shared/i18n/translators';
import { appStatus, family, lastCheck, noAddress } from '../helpers/app-status';

const ok = (sourceId: string, ip: string) => ({
  sourceId,
  provider: sourceId,
  kind: 'http' as const,
  ok: true,
  ip,
  latencyMs: 9,
});
const bad = (sourceId: string, error: string) => ({
  sourceId,
  provider: sourceId,
  kind: 'http' as const,
  ok: false,
  error,
  latencyMs: 9,
});
const uncertain = (...attempts: ReturnType<typeof ok | typeof bad>[]) =>
  family(4, { ip: null, lastCheck: lastCheck({ result: 'uncertain', requests: attempts.length, attempts }) });
const A = '81.2.69.142';
const B = '81.2.69.160';

describe('familyNote', () => {
  it.each([
    ['confirmed', family(4), null],
    ['switched off', family(6, { enabled: false, ip: null, lastCheck: null }), null],
    ['not checked yet', family(4, { ip: null, lastCheck: null }), null],
    [
      'uncertain, answers unknown: says what it means and what to do, and what may have answered',
      family(4, noAddress('uncertain')),
      /^Uncertain: sources replied, but not enough agreed on one IPv4 address \(or a captive portal or DNS answered in their place\), so none is declared\. It usually settles at the next check; if not, see what each source answered, and which agreed, under Sources on the dashboard\.$/,
    ],
    [
      'uncertain, different addresses: names them and how many gave each, no portal',
      uncertain(ok('a', A), ok('b', A), ok('c', B)),
      /^Uncertain: sources replied with different IPv4 addresses \(81\.2\.69\.142 from 2 sources, 81\.2\.69\.160 from 1 source\), and not enough agreed on one, so none is declared\. It usually/,
    ],
    [
      'uncertain, one address from too few: says so, no portal',
      uncertain(ok('a', A), bad('b', 'timed out')),
      /^Uncertain: sources replied, but only 1 source gave an IPv4 address \(81\.2\.69\.142\): too few agree to confirm it, so none/,
    ],
    [
      'uncertain, no address in any reply: the portal or DNS is named',
      uncertain(bad('a', 'not an address'), bad('b', 'NXDOMAIN')),
      /^Uncertain: sources replied, but none with an IPv4 address \(a portal's sign-in page or a DNS error can do that\), so none is declared\. It usually settles at the next check; if not, see what each source answered under Sources on the dashboard\.$/,
    ],
    ['no IPv6 answer suggests switching IPv6 off', family(6, noAddress('unavailable')), /switch IPv6 off in Settings/],
    ['no IPv4 answer points at the connection', family(4, noAddress('unavailable')), /network connection/],
    [
      'no source set up: says so, never the connection',
      family(4, { ip: null, lastCheck: lastCheck({ result: 'unavailable', requests: 0 }) }),
      /^No IPv4 source is set up, so no request is sent/,
    ],
  ])('%s', (_name, f, expected) => {
    const note = familyNote(f, english);
    if (expected === null) expect(note).toBeNull();
    else expect(note).toMatch(expected);
    // Said once: never "the sources disagree" after saying they did not agree.
    expect(note ?? '').not.toMatch(/the sources disagree/);
  });
});

describe('the headline for a family without an address: one short line, true to what is known', () => {
  it.each([
    [
      'different addresses',
      uncertain(ok('a', A), ok('b', A), ok('c', B)),
      'IPv4: sources disagree',
      'IPv4 sources answered different addresses in the last check, so IPv4 has no confirmed address.',
    ],
    [
      'one address, too few',
      uncertain(ok('a', A), bad('b', 'timed out')),
      'IPv4: too few answers alike',
      'Too few IPv4 sources answered alike in the last check, so IPv4 has no confirmed address.',
    ],
    [
      'no address in any reply',
      uncertain(bad('a', 'not an address')),
      'IPv4: replies without an address',
      'IPv4 sources replied in the last check, but none with an address, so IPv4 has no confirmed address.',
    ],
    [
      'no answer',
      family(4, noAddress('unavailable')),
      'IPv4: no source answered',
      'No IPv4 source answered in the last check, so IPv4 has no confirmed address.',
    ],
  ])('%s', (_name, v4, reason, detail) => {
    const h = healthOf(appStatus({}, { v4 }), english);
    expect(h).toMatchObject({ state: 'degraded', reason, detail });
    expect(familyNote(v4, english)).not.toContain(detail);
  });

  it('with no family confirmed, one clause each, and no address is declared', () => {
    const h = healthOf(
      appStatus({}, { v4: uncertain(ok('a', A), ok('c', B)), v6: family(6, noAddress('unavailable')) }),
      english,
    );
    expect(h).toMatchObject({
      label: 'Uncertain',
      reason: 'IPv4: sources disagree; IPv6: no source answered',
      detail:
        'IPv4 sources answered different addresses in the last check. No IPv6 source answered in the last check. ' +
        'No address is declared.',
    });
  });
});

describe("a card's note beside the page's verdict: the outage's cause said once (issue 75)", () => {
  const down = (f: 4 | 6, cause: 'network' | 'no-address') =>
    family(f, { ip: null, lastCheck: lastCheck({ result: 'unavailable', requests: 6, cause }) });
  it.each([
    ['the whole network down: the banner says it, the cards do not', 'network', 'network', null],
    ['replies without an address everywhere: said once, by the banner', 'no-address', 'no-address', null],
  ] as const)('%s', (_name, v4, v6, want) => {
    const status = appStatus({ online: false, families: { v4: down(4, v4), v6: down(6, v6) } });
    const banner = healthOf(status, english);
    expect(banner.state).toBe('no-internet');
    expect(familyNote(status.families.v4, english, banner)).toBe(want);
    expect(familyNote(status.families.v6, english, banner)).toBe(want);
    // Without the banner beside it (the bot, the tray) the card's note still names the cause.
    expect(familyNote(status.families.v6, english)).toContain(banner.reason);
  });

  it('a banner of another state leaves the note', () => {
    const f = down(6, 'network');
    const banner = healthOf(appStatus({ families: { v4: family(4), v6: f } }), english);
    expect(banner.state).not.toBe('no-internet');
    expect(familyNote(f, english, banner)).not.toBeNull();
  });
});
