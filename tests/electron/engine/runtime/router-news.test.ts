/** When a router round is news for the monitor (electron/engine/runtime/router-news.ts): its table, row by row. */
import { describe, expect, it } from 'vitest';

import { isRouterNews } from '../../../../electron/engine/runtime/router-news';

const OLD = '81.2.69.142';
const NEW = '81.2.69.200';
const OTHER = '81.2.69.7';
const SHARED = '100.64.3.4';
const SHARED2 = '100.64.3.5';
const PRIVATE = '192.168.1.2';

describe('isRouterNews', () => {
  it.each<[string, string | null, string | null | 'first', string | null, boolean]>([
    // label, now, before ('first': the watch's first round), confirmed, news?
    ['no answer now (a gap, an error, no router)', null, OLD, OLD, false],
    ['no answer now, none before', null, null, null, false],
    ['the same answer as the round before', OLD, OLD, OLD, false],
    ['the same answer, unconfirmed (a VPN: the NAT verdict tells it, not a check a round)', OLD, OLD, NEW, false],
    ['a new address after another', NEW, OLD, OLD, true],
    ['a new address after a gap (PPPoE reconnect, DHCP renewal)', NEW, null, OLD, true],
    ['a new address after a gap, nothing confirmed yet', NEW, null, null, true],
    ['the confirmed address back after a gap', OLD, null, OLD, false],
    ['an address the monitor confirmed already (the sources were first)', NEW, OLD, NEW, false],
    ['a public address that is neither the old one nor the confirmed one', NEW, OLD, OTHER, true],
    ['a shared (CGNAT) WAN address after a gap', SHARED, null, OLD, true],
    ['a shared WAN address moved', SHARED2, SHARED, OLD, true],
    ['a shared WAN address, unmoved', SHARED, SHARED, OLD, false],
    ['a private WAN address (double NAT) after none', PRIVATE, null, OLD, true],
    ["the watch's first round: a public address not confirmed", NEW, 'first', OLD, true],
    ["the watch's first round: the confirmed address", OLD, 'first', OLD, false],
    ["the watch's first round: a shared address (the start's own check looks)", SHARED, 'first', OLD, false],
    ["the watch's first round: a private address", PRIVATE, 'first', null, false],
  ])('%s', (_label, now, before, confirmed, news) => {
    const first = before === 'first';
    expect(isRouterNews({ now, before: first ? null : before, first, confirmed })).toBe(news);
  });
});
