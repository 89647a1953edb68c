/** How the bot reads what members type into command options: pure parsers and their tables. */
import { describe, expect, it } from 'vitest';

import { history, parseFamily } from '../../../../electron/engine/bot/commands/history';

describe('parseFamily', () => {
  it.each<[string, 'all' | '4' | '6' | null]>([
    ['4', '4'],
    ['6', '6'],
    ['v4', '4'],
    ['V6', '6'],
    ['IPv4', '4'],
    ['ipv6', '6'],
    ['IPV4', '4'],
    ['ip4', '4'],
    [' IP v6 ', '6'],
    ['ip-v4', '4'],
    ['all', 'all'],
    ['Both', 'all'],
    ['ANY', 'all'],
    ['', null],
    ['5', null],
    ['ipv5', null],
    ['ip', null],
    ['v46', null],
    ['ipv4x', null],
    ['four', null],
  ])('%j -> %j', (text, want) => {
    expect(parseFamily(text)).toBe(want);
  });
});

describe('/history options', () => {
  it('takes IPv4 as typed, and names the accepted spellings for anything else', () => {
    const ok = history.prepare({ family: 'IPv4' });
    expect(ok.ok).toBe(true);
    const bad = history.prepare({ family: 'ipx' });
    expect(bad).toEqual({ ok: false, error: 'family must be IPv4, IPv6 or both (like 4, v6, all), not "ipx"' });
  });
});
