/** A NAT change in words (shared/words/nat.ts): its table, row by row. */
import { describe, expect, it } from 'vitest';

import { NAT_VERDICTS, type NatVerdict } from '../../../shared/types';
import { natChangeWords } from '../../../shared/words/nat';

describe('natChangeWords', () => {
  it.each<[NatVerdict, NatVerdict, 'good' | 'info' | 'warn' | 'bad', string, RegExp]>([
    ['nat', 'cgnat', 'bad', 'Now behind carrier-grade NAT', /port forwarding from the internet stops working/],
    ['direct', 'cgnat', 'bad', 'Now behind carrier-grade NAT', /port forwarding from the internet stops working/],
    ['double-nat', 'cgnat', 'bad', 'Now behind carrier-grade NAT', /CGNAT/],
    ['nat', 'double-nat', 'warn', 'Now behind double NAT', /forwarded on your router alone no longer reaches/],
    ['cgnat', 'double-nat', 'info', 'Now behind double NAT', /out of carrier-grade NAT.*forward the port on both/],
    ['cgnat', 'nat', 'good', 'Now behind your router (NAT)', /out of carrier-grade NAT.*reaches this machine/],
    ['double-nat', 'nat', 'good', 'Now behind your router (NAT)', /second NAT .* is gone/],
    ['direct', 'nat', 'info', 'Now behind your router (NAT)', /your router does: forward a port on the router/],
    ['cgnat', 'direct', 'good', 'Direct connection now (no NAT)', /holds the public address itself/],
    ['nat', 'direct', 'info', 'Direct connection now (no NAT)', /only its firewall decides/],
    ['nat', 'vpn', 'warn', 'Now through a VPN or another route', /forwarded on your router does not reach/],
    ['cgnat', 'vpn', 'warn', 'Now through a VPN or another route', /VPN or another route/],
    ['vpn', 'nat', 'good', 'Now behind your router (NAT)', /through your router again.*reaches this machine/],
    ['vpn', 'direct', 'good', 'Direct connection now (no NAT)', /holds the public address itself/],
  ])('%s -> %s', (from, to, tone, title, summary) => {
    const w = natChangeWords(from, to);
    expect(w).toMatchObject({ tone, title });
    expect(w.summary).toMatch(summary);
  });

  it('has words for every pair, each one sentence', () => {
    for (const from of NAT_VERDICTS)
      for (const to of NAT_VERDICTS) {
        const w = natChangeWords(from, to);
        expect(w.title.length).toBeGreaterThan(0);
        expect(w.summary).toMatch(/^[A-Z].*\.$/);
      }
  });
});
