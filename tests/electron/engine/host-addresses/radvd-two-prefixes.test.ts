/**
 * Two prefixes at once on one link, read for real (electron/engine/host-addresses: `ip -j -6 addr`
 * in a network namespace) while Debian's radvd advertises both (tests/helpers/radvd-lab.ts), as a
 * router with a second delegated prefix does: the kernel's own SLAAC address in each prefix is
 * the modified EUI-64 of lan0's MAC, so a record's `mac:` setting (shared/ipv6-host.ts) must give
 * exactly the address the kernel made (an oracle outside our code); a record on the second prefix
 * (`@range`, `@lan0`) takes it, not the observed one; an interface with no address says why.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { aaaaTarget, type HostView } from '../../../../electron/engine/ddns/aaaa-target';
import { type HostAddress, readHostAddresses } from '../../../../electron/engine/host-addresses';
import { prefix64 } from '../../../../shared/ipv6-suffix';
import { type RadvdLab, radvdLabPeer, startRadvdLab } from '../../../helpers/radvd-lab';
import { until } from '../../../helpers/until';

const run = promisify(execFile);
const FIRST = '2001:db8:1:2::/64';
const SECOND = '2001:db8:77:1::/64';

describe.skipIf(radvdLabPeer.skip)('two prefixes from radvd on one link', () => {
  let lab: RadvdLab;
  beforeAll(async () => {
    lab = await startRadvdLab([{ prefix: FIRST }, { prefix: SECOND }]);
  }, 30_000);
  afterAll(async () => {
    await lab?.stop();
  });

  it("puts a MAC's record where the kernel put the MAC's address, on the prefix the record names", async () => {
    let all: HostAddress[] = [];
    const pick = (prefix: string, temporary: boolean) =>
      all.find((a) => prefix64(a.address) === prefix && a.temporary === temporary && !a.unusable);
    await until(
      async () => {
        all = await readHostAddresses(lab.source, AbortSignal.timeout(5000));
        return [FIRST, SECOND].every((p) => pick(p, false) && pick(p, true));
      },
      {
        timeoutMs: 30_000,
        everyMs: 200,
        what: `a stable and a temporary address in both prefixes (radvd: ${lab.radvdLog})`,
      },
    );
    const { stdout } = await run('ip', ['-n', lab.host, '-j', 'link', 'show', 'lan0']);
    const mac = (JSON.parse(stdout) as { address: string }[])[0]!.address;
    const view: HostView = { ok: true, addresses: all };
    const observed = pick(FIRST, true)!.address; // the sources saw the first prefix's temporary address
    const target = (address: string) => aaaaTarget(address, observed, view);

    expect(target(`mac:${mac}`)).toEqual({ address: pick(FIRST, false)!.address, why: null });
    expect(target(`mac:${mac}@2001:db8:77::/48`)).toEqual({ address: pick(SECOND, false)!.address, why: null });
    expect(target(`${mac.replaceAll(':', '-')}@2001:db8:77::/48`).address).toBe(pick(SECOND, false)!.address);
    expect(target('stable@2001:db8:77::/48')).toEqual({ address: pick(SECOND, false)!.address, why: null });
    expect(target('::5@2001:db8:77::/48')).toEqual({ address: '2001:db8:77:1::5', why: null });
    // Both prefixes are lan0's: the first by address, unless a range names the other.
    expect(target('::5@lan0')).toEqual({ address: '2001:db8:1:2::5', why: null });
    expect(target('::5@eth9')).toMatchObject({
      address: null,
      why: { text: 'nothing published: no address of this host on eth9' },
    });
  }, 60_000);
});
