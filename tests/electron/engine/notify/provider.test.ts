/** A change of network (policy/provider.ts): its truth table row by row, through policyStep and into words. */
import { describe, expect, it } from 'vitest';

import { renderMessage } from '../../../../electron/engine/notify/message';
import { initialPolicyState, policyConfig, policyStep } from '../../../../electron/engine/notify/policy';
import { changeNotice } from '../../../../electron/engine/notify/policy/flap';
import { providerNotice } from '../../../../electron/engine/notify/policy/provider';
import type { FlapNotice } from '../../../../electron/engine/notify/types';
import type { NetworkIdentity } from '../../../../shared/identity';
import { change, notifySettings } from './helpers';

const telekom: NetworkIdentity = { asn: 3320, org: 'Deutsche Telekom AG', country: 'DE', vpn: null };
const telekomAt: NetworkIdentity = { ...telekom, country: 'AT' };
const m247: NetworkIdentity = { asn: 9009, org: 'M247 Europe SRL', country: 'NL', vpn: 'vpn-asn' };
const noAsn: NetworkIdentity = { asn: null, org: null, country: 'DE', vpn: null };
const noCountry: NetworkIdentity = { ...m247, country: null };

const withIds = (from: NetworkIdentity | null, to: NetworkIdentity | null) => ({
  ...change('203.0.113.1', '198.51.100.2', 1000),
  fromIdentity: from,
  identity: to,
});

describe('providerNotice', () => {
  it.each<[string, NetworkIdentity | null, NetworkIdentity | null, boolean]>([
    ['another AS', telekom, m247, true],
    ['same AS, another country', telekom, telekomAt, true],
    ['same AS and country: a new address from the same provider', telekom, { ...telekom }, false],
    ['old identity unknown', null, m247, false],
    ['new identity unknown', telekom, null, false],
    ['AS unknown on one side, same country', telekom, noAsn, false],
    ['country unknown on one side, another AS', telekom, noCountry, true],
  ])('%s', (_, from, to, expected) => {
    const n = providerNotice(changeNotice(withIds(from, to)));
    expect(n !== null).toBe(expected);
    if (n) {
      expect(n).toMatchObject({ kind: 'provider-changed', family: 4, address: '198.51.100.2', at: 1000 });
      expect(n.fromNetwork).toEqual(from);
      expect(n.toNetwork).toEqual(to);
    }
  });

  it('is never made from another notice', () => {
    const flap: FlapNotice = {
      kind: 'flap',
      key: 'k',
      at: 0,
      family: 4,
      address: 'a',
      via: 'b',
      viaMs: 1,
      sources: [],
    };
    expect(providerNotice(flap)).toBeNull();
  });
});

describe('provider-changed through the policy', () => {
  it('follows the address change once the flap hold lets it through, with a key of its own', () => {
    const cfg = policyConfig(notifySettings([], { flapWindowSec: 60 }));
    const held = policyStep(initialPolicyState(), withIds(telekom, m247), cfg);
    expect(held.notices).toEqual([]);
    const due = policyStep(held.state, { type: 'tick', at: 61_000 }, cfg);
    expect(due.notices.map((n) => n.kind)).toEqual(['ipv4-changed', 'provider-changed']);
    expect(due.notices[1]!.key).not.toBe(due.notices[0]!.key);
  });

  it('a flap back is one flap, with no network notice', () => {
    const cfg = policyConfig(notifySettings([], { flapWindowSec: 60 }));
    const first = policyStep(initialPolicyState(), withIds(telekom, m247), cfg);
    const back = { ...change('198.51.100.2', '203.0.113.1', 20_000), fromIdentity: m247, identity: telekom };
    expect(policyStep(first.state, back, cfg).notices.map((n) => n.kind)).toEqual(['flap']);
  });

  it('says in words where the address now comes from, masked like any address', () => {
    const n = providerNotice(changeNotice(withIds(telekom, m247)))!;
    const m = renderMessage(n, { timezone: 'UTC', mask: 'partial' });
    expect(m.title).toBe('IPv4 network changed');
    expect(m.summary).toBe(
      'Your IPv4 address now comes from AS9009 M247 Europe SRL, NL (VPN service) (was AS3320 Deutsche Telekom AG, DE).',
    );
    expect(m.tone).toBe('warn');
    expect(m.text).not.toContain('198.51.100.2');
    expect(m.text).toContain('New address: 198.51.100.xxx');
  });
});

describe('a new announced prefix or origin network (shared/network-shift.ts)', () => {
  const inBlock = (block: string): NetworkIdentity => ({ ...telekom, block });
  const moved = (from: NetworkIdentity, to: NetworkIdentity, fromIp: string, toIp: string) =>
    providerNotice(changeNotice({ ...change(fromIp, toIp, 1000), fromIdentity: from, identity: to }));

  it('a block of the same AS is its own notice, its title and its line in words, the blocks masked as addresses', () => {
    const n = moved(inBlock('79.192.0.0/10'), inBlock('80.187.0.0/16'), '79.192.1.1', '80.187.0.1')!;
    expect(n.shift).toEqual({ kind: 'block', asn: 3320, fromBlock: '79.192.0.0/10', toBlock: '80.187.0.0/16' });
    const m = renderMessage(n, { timezone: 'UTC', mask: 'partial' });
    expect(m.title).toBe('IPv4 address block changed');
    expect(m.text).toContain(
      'What changed: New address block 80.187.0.xxx/16 (was 79.192.0.xxx/10), same network AS3320',
    );
    const open = renderMessage(n, { timezone: 'UTC', mask: 'none' });
    expect(open.text).toContain('New address block 80.187.0.0/16 (was 79.192.0.0/10)');
  });

  it('another AS inside the old block reads "same address block, new network"', () => {
    const n = moved(inBlock('79.192.0.0/10'), { ...m247, block: '79.192.7.0/24' }, '79.192.1.1', '79.192.7.7')!;
    expect(n.shift).toEqual({ kind: 'same-block', block: '79.192.0.0/10', fromAsn: 3320, toAsn: 9009 });
    const m = renderMessage(n, { timezone: 'UTC', mask: 'none' });
    expect(m.title).toBe('IPv4 network changed');
    expect(m.text).toContain('Same address block (79.192.0.0/10), new network AS9009 (was AS3320)');
  });

  it('the same block of the same AS makes no notice', () => {
    expect(moved(inBlock('79.192.0.0/10'), inBlock('79.192.0.0/10'), '79.192.1.1', '79.192.7.7')).toBeNull();
  });
});

describe('channel defaults', () => {
  it('a new channel is not sent provider-changed unless picked (every change message names its network)', () => {
    const [ch] = notifySettings([{ id: 'w', type: 'webhook', url: 'http://127.0.0.1:1/' }]).channels;
    expect(ch!.events).not.toContain('provider-changed');
    expect(ch!.events).toContain('ipv4-changed');
  });
});
