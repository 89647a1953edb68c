/**
 * The router lab against Debian's real miniupnpd (tests/helpers/router-lab.ts), seen from a plain
 * Node client in `lan` (tests/fixtures/router/lan-probe.ts, dgram and http only): it pins the
 * facts the engine's router clients rely on. Times are printed, never asserted.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { LAB, routerLabPeer, startRouterLab, type RouterLab } from '../../../helpers/router-lab';
import { until } from '../../../helpers/until';

const run = promisify(execFile);
const IGD = 'urn:schemas-upnp-org:device:InternetGatewayDevice:1';
const wallNow = () => performance.timeOrigin + performance.now();
const print = (what: string, ms: number) => console.log(`[router lab] ${what}: ${ms.toFixed(1)} ms`);

/** Namespaces, processes (their command line) and temp folders whose name holds `mark`. */
async function leftovers(mark: string) {
  const netns = (await run('ip', ['netns', 'list'])).stdout.split('\n').filter((l) => l.includes(mark));
  // /proc rather than pgrep: procps is not in every Debian image.
  const pids = (await readdir('/proc')).filter((d) => /^\d+$/.test(d));
  const cmdlines = await Promise.all(pids.map((pid) => readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')));
  const processes = cmdlines.map((c) => c.replaceAll('\0', ' ').trim()).filter((c) => c.includes(mark));
  const dirs = (await readdir(tmpdir())).filter((d) => d.includes(mark));
  return { netns, processes, dirs };
}

describe.skipIf(routerLabPeer.skip)('router lab: Debian miniupnpd as the router (root, ip netns)', () => {
  let lab: RouterLab;
  const t0 = wallNow();

  beforeAll(async () => {
    lab = await startRouterLab();
    print('lab up (namespaces, miniupnpd answering)', wallNow() - t0);
  }, 30_000);
  afterAll(() => lab?.stop());

  it('NAT-PMP opcode 0 answers the WAN address', async () => {
    const answer = await lab.probe.natpmp(LAB.gateway);
    expect(answer).toMatchObject({ version: 0, op: 128, result: 0, address: '11.0.0.2' });
    print('NAT-PMP opcode 0', answer.ms);
  });

  it('SSDP M-SEARCH for InternetGatewayDevice:1 finds rootDesc.xml on the gateway', async () => {
    const answer = await lab.probe.ssdp(IGD);
    expect(answer.status).toBe('HTTP/1.1 200 OK');
    expect(answer.from).toBe(LAB.gateway);
    expect(answer.headers.st).toBe(IGD);
    expect(answer.headers.location).toBe(lab.rootDescUrl);
    print('SSDP M-SEARCH', answer.ms);
  });

  it('SOAP GetExternalIPAddress on WANIPConnection:2 answers the WAN address', async () => {
    const { headers } = await lab.probe.ssdp(IGD);
    const answer = await lab.probe.soap(headers.location!);
    expect(answer).toMatchObject({
      status: 200,
      serviceType: 'urn:schemas-upnp-org:service:WANIPConnection:2',
      address: '11.0.0.2',
    });
    print('SOAP GetExternalIPAddress', answer.ms);
  });

  it('a new WAN address is announced to 224.0.0.1:5350: NAT-PMP opcode 128 with it, and a PCP ANNOUNCE', async () => {
    await lab.probe.listen();
    const since = lab.probe.announcements.length;
    const heard = () => lab.probe.announcements.slice(since);
    const changedAt = await lab.setWanAddress('11.0.0.3/24');
    await until(() => heard().some((a) => a.natpmp?.address === '11.0.0.3') && heard().some((a) => a.pcp), {
      what: 'the NAT-PMP and PCP announcements of 11.0.0.3',
      timeoutMs: 5000,
    });
    const natpmp = heard().find((a) => a.natpmp)!;
    expect(natpmp).toMatchObject({
      from: LAB.gateway,
      natpmp: { version: 0, op: 128, result: 0, address: '11.0.0.3' },
    });
    // RFC 6887 14.1: ANNOUNCE is opcode 0 with the R bit, and carries no address: a PCP client re-asks.
    expect(heard().find((a) => a.pcp)).toMatchObject({
      from: LAB.gateway,
      pcp: { version: 2, response: true, opcode: 0, result: 0 },
    });
    expect(await lab.probe.natpmp(LAB.gateway)).toMatchObject({ result: 0, address: '11.0.0.3' });
    print(`NAT-PMP announcement after the change (epoch ${natpmp.natpmp!.epoch} s)`, natpmp.at - changedAt);
  });

  it('a 100.64/10 WAN address: NAT-PMP answers result 3 with 0.0.0.0, SOAP an empty address', async () => {
    const since = lab.probe.announcements.length;
    const changedAt = await lab.setWanAddress('100.64.0.2/10');
    let answer = await lab.probe.natpmp(LAB.gateway);
    // miniupnpd reads the interface at each request; the poll only covers a busy machine.
    await until(async () => (answer = await lab.probe.natpmp(LAB.gateway)).result !== 0, {
      what: 'NAT-PMP answering for the 100.64/10 address',
    });
    expect(answer).toMatchObject({ version: 0, op: 128, result: 3, address: '0.0.0.0' });
    expect(await lab.probe.soap(lab.rootDescUrl)).toMatchObject({ status: 200, address: '' });
    const heard = lab.probe.announcements.slice(since);
    console.log(
      `[router lab] heard after the change to 100.64/10: ${heard.map((a) => `${a.natpmp ? 'NAT-PMP' : 'PCP'} +${(a.at - changedAt).toFixed(1)} ms`).join(', ') || 'nothing'}`,
    );
  });

  it('stop() leaves no namespace, miniupnpd or temp folder behind', async () => {
    const dir = lab.tempDir;
    await lab.stop();
    expect(await leftovers(lab.id)).toEqual({ netns: [], processes: [], dirs: [] });
    expect(existsSync(dir)).toBe(false);
    print('whole lab test so far', wallNow() - t0);
  });

  it('a failed start (miniupnpd refuses its config) removes all it had made', async () => {
    await expect(startRouterLab({ config: ['no_such_option=1'] })).rejects.toThrow(
      /miniupnpd exited \(1\)[\s\S]*no_such_option/,
    );
    // Every lab this process made, the failed one included.
    expect(await leftovers(`ipwlab${process.pid}x`)).toEqual({ netns: [], processes: [], dirs: [] });
  });
});
