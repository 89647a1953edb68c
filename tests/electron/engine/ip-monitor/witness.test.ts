/**
 * The local witnesses' pure parts: when a check may rest on one (the table in witness.ts), which
 * interface address vouches for the confirmed one, and the router's answer bounded in time.
 */
import { describe, expect, it } from 'vitest';

import type { InterfaceMap } from '../../../../electron/engine/ip-monitor/triggers';
import {
  askWitness,
  boundedWitness,
  interfaceWitness,
  mayUseWitness,
  type RouterWitness,
  type WitnessQuestion,
} from '../../../../electron/engine/ip-monitor/witness';
import { createLogger } from '../../../../electron/engine/logger';

const NOW = 1_000_000_000;
const TEN_MIN = 600_000;
const q = (over: Partial<WitnessQuestion>): WitnessQuestion => ({
  trigger: 'interval',
  confirmedKey: '81.2.69.142',
  lastPublicAt: NOW - 60_000,
  now: NOW,
  confirmMs: TEN_MIN,
  ...over,
});

describe('mayUseWitness', () => {
  it.each([
    ['a steady interval check within confirmMs', q({}), true],
    ['just inside confirmMs', q({ lastPublicAt: NOW - TEN_MIN + 1 }), true],
    ['confirmMs reached: the public sources again', q({ lastPublicAt: NOW - TEN_MIN }), false],
    ['no public answer yet since the start', q({ lastPublicAt: null }), false],
    ['no confirmed address', q({ confirmedKey: null }), false],
    ['confirmMs 0: public sources every time', q({ confirmMs: 0 }), false],
    ['start', q({ trigger: 'start' }), false],
    ['network', q({ trigger: 'network' }), false],
    ['resume', q({ trigger: 'resume' }), false],
    ['manual', q({ trigger: 'manual' }), false],
    ['retry', q({ trigger: 'retry' }), false],
    ['follow-up', q({ trigger: 'follow-up' }), false],
    ['router', q({ trigger: 'router' }), false],
  ] as const)('%s -> %s', (_name, question, want) => {
    expect(mayUseWitness(question)).toBe(want);
  });
});

const addr = (address: string, family: 'IPv4' | 'IPv6', internal = false) => ({
  address,
  family,
  internal,
  netmask: family === 'IPv4' ? '255.255.255.0' : 'ffff:ffff:ffff:ffff::',
  mac: '00:00:00:00:00:01',
  cidr: null,
  ...(family === 'IPv6' ? { scopeid: 0 } : {}),
});

const ifaces = {
  lo: [addr('127.0.0.1', 'IPv4', true), addr('::1', 'IPv6', true)],
  eth0: [addr('192.168.1.10', 'IPv4'), addr('fe80::1', 'IPv6'), addr('2a02:1:2:3:aaaa::7', 'IPv6')],
  wg0: [addr('81.2.69.142', 'IPv4')],
} as unknown as InterfaceMap;

describe('interfaceWitness', () => {
  it.each([
    ['a public IPv4 held directly', 4, '81.2.69.142', 'prefix64', 'interface wg0'],
    ['a NATed IPv4: no interface holds it', 4, '81.2.69.200', 'prefix64', null],
    ['an IPv6 in the confirmed /64 (a new privacy address)', 6, '2a02:1:2:3::/64', 'prefix64', 'interface eth0'],
    ['another /64', 6, '2a02:1:2:4::/64', 'prefix64', null],
    ['full compare: only the very address', 6, '2a02:1:2:3:aaaa::7', 'full', 'interface eth0'],
    ['full compare: another address of the /64', 6, '2a02:1:2:3::5', 'full', null],
    ['loopback never vouches', 4, '127.0.0.1', 'prefix64', null],
  ] as const)('%s', (_name, family, key, compare, by) => {
    expect(interfaceWitness(ifaces, family, key, compare)?.by ?? null).toBe(by);
  });
});

describe('boundedWitness', () => {
  it("gives the router's answer", async () => {
    const w = await boundedWitness(
      Promise.resolve({ address: '81.2.69.142', by: 'router NAT-PMP' }),
      new AbortController().signal,
    );
    expect(w).toEqual({ address: '81.2.69.142', by: 'router NAT-PMP' });
  });

  it('gives null at once when the check stops, however long the router takes', async () => {
    const stop = new AbortController();
    const pending = boundedWitness(new Promise(() => {}), stop.signal);
    stop.abort();
    await expect(pending).resolves.toBeNull();
  });

  it('gives null when asking fails', async () => {
    await expect(boundedWitness(Promise.reject(new Error('boom')), new AbortController().signal)).resolves.toBeNull();
  });
});

describe('askWitness', () => {
  const ask = (family: 4 | 6, key: string, router: RouterWitness | undefined) =>
    askWitness({
      family,
      key,
      signal: new AbortController().signal,
      compare: 'prefix64',
      interfaces: () => ifaces,
      router,
      logger: createLogger('test', { level: 'error', sink: () => undefined }),
    });
  const routerSays = (address: string) => {
    const calls: number[] = [];
    const w: RouterWitness = () => (calls.push(1), Promise.resolve({ address, by: 'router PCP' }));
    return { w, calls };
  };

  it.each([
    ['an interface vouches first: the router is not asked', 4, '81.2.69.142', 'interface wg0', 0],
    ['IPv4 on no interface: the router is asked', 4, '81.2.69.200', 'router PCP', 1],
    ['IPv6 never asks the router', 6, '2a02:1:2:4::/64', null, 0],
  ] as const)('%s', async (_name, family, key, by, asked) => {
    const r = routerSays('81.2.69.200');
    expect((await ask(family, key, r.w))?.by ?? null).toBe(by);
    expect(r.calls.length).toBe(asked);
  });

  it('gives null at once when the router has not answered yet (it returns null, not a promise)', async () => {
    expect(await ask(4, '81.2.69.200', () => null)).toBeNull();
    expect(await ask(4, '81.2.69.200', undefined)).toBeNull();
  });

  it('gives null when asking the router throws: the public sources answer instead', async () => {
    const throws: RouterWitness = () => {
      throw new Error('watch gone');
    };
    expect(await ask(4, '81.2.69.200', throws)).toBeNull();
  });
});
