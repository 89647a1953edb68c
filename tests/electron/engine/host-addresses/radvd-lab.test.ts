/**
 * This host's addresses read for real (electron/engine/host-addresses: `ip -j -6 addr` run in a
 * network namespace) while Debian's radvd advertises prefixes to it (tests/helpers/radvd-lab.ts):
 * the namespace gets a stable and a temporary address by SLAAC, the reader tells them apart, and
 * the AAAA target is the stable one though the sources saw the temporary one; then radvd
 * advertises a new prefix (the old one withdrawn) and the target moves with it.
 */
import ipaddr from 'ipaddr.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { aaaaTarget } from '../../../../electron/engine/ddns/aaaa-target';
import { type HostAddress, readHostAddresses } from '../../../../electron/engine/host-addresses';
import { prefix64 } from '../../../../shared/ipv6-suffix';
import { type RadvdLab, radvdLabPeer, startRadvdLab } from '../../../helpers/radvd-lab';
import { until } from '../../../helpers/until';

const OLD = '2001:db8:1:2::/64';
const NEW = '2001:db8:9:9::/64';

describe.skipIf(radvdLabPeer.skip)('SLAAC addresses from radvd, read through ip -j -6 addr', () => {
  let lab: RadvdLab;
  beforeAll(async () => {
    lab = await startRadvdLab([{ prefix: OLD }]);
  }, 30_000);
  afterAll(async () => {
    await lab?.stop();
  });

  /** Reads until the prefix holds a usable stable and a usable temporary address; returns them with the whole list. */
  async function slaac(prefix: string) {
    let all: HostAddress[] = [];
    const pick = (temporary: boolean) =>
      all.find((a) => prefix64(a.address) === prefix && a.temporary === temporary && !a.unusable && !a.deprecated);
    await until(
      async () => {
        all = await readHostAddresses(lab.source, AbortSignal.timeout(5000));
        return Boolean(pick(false) && pick(true));
      },
      {
        timeoutMs: 30_000,
        everyMs: 200,
        what: `a stable and a temporary address in ${prefix} (radvd: ${lab.radvdLog})`,
      },
    );
    return { all, stable: pick(false)!, temporary: pick(true)! };
  }

  it('picks the stable address, not the temporary one the sources saw, and follows a new prefix', async () => {
    const first = await slaac(OLD);
    expect(first.stable).toMatchObject({ iface: 'lan0', prefixLen: 64 });
    expect(first.stable.address).toMatch(/ff:fe/); // EUI-64 from the veth's MAC: the kernel's stable address
    expect(first.temporary.address).not.toBe(first.stable.address);
    expect(first.all.filter((a) => a.address.startsWith('fe80:'))).toHaveLength(1);
    expect(aaaaTarget('stable', first.temporary.address, { ok: true, addresses: first.all })).toEqual({
      address: first.stable.address,
      why: null,
    });

    await lab.advertise([{ prefix: OLD, withdrawn: true }, { prefix: NEW }]);
    const next = await slaac(NEW);
    await until(
      async () => {
        const all = await readHostAddresses(lab.source, AbortSignal.timeout(5000));
        return all.some((a) => a.address === first.stable.address && a.deprecated);
      },
      { timeoutMs: 30_000, everyMs: 200, what: 'the old prefix withdrawn (its addresses deprecated)' },
    );
    const target = aaaaTarget(
      'stable',
      next.temporary.address,
      { ok: true, addresses: next.all },
      first.stable.address,
    );
    expect(target).toEqual({ address: next.stable.address, why: null });
    expect(prefix64(target.address!)).toBe(NEW);
    // The same interface ID: the stable address moved with the prefix, the temporary one did not.
    const iid = (a: string) => ipaddr.IPv6.parse(a).parts.slice(4);
    expect(iid(target.address!)).toEqual(iid(first.stable.address));
  }, 90_000);
});
