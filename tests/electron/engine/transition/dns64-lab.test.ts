/**
 * NAT64 discovered through a real DNS64 (RFC 7050): unbound's dns64 module in a namespace is the
 * system resolver there (tests/helpers/dns64-lab.ts), the real detector runs inside it and finds
 * the prefix unbound synthesizes with, the well-known one and a /64 of the documentation
 * block; a CLAT interface added there makes it 464XLAT; without a resolver, nothing is revealed.
 * Needs root, iproute2 and unbound; skips naming them otherwise (unless IPWATCH_REQUIRE_PEERS=1).
 */
import { execFile, execFileSync } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterEach, describe, expect, it } from 'vitest';

import type { TransitionReport } from '../../../../electron/engine/transition';
import { Dns64Lab } from '../../../helpers/dns64-lab';
import { netnsSupport } from '../../../helpers/netns';
import { peer } from '../../../helpers/peers';

const run = promisify(execFile);
const ns = netnsSupport();
const unbound = peer('unbound', { packages: ['unbound'] });
const root = path.resolve(__dirname, '../../../..');
const script = path.join(__dirname, 'detect-in-namespace.ts');

let lab: Dns64Lab | null = null;
afterEach(() => {
  lab?.close();
  lab = null;
});

async function detectIn(l: Dns64Lab): Promise<TransitionReport> {
  const { command, args } = l.exec([path.join(root, 'node_modules/.bin/tsx'), script]);
  const { stdout } = await run(command, args, { cwd: root, timeout: 30_000 });
  return JSON.parse(stdout) as TransitionReport;
}

describe.skipIf(ns.skip || unbound.skip)('NAT64 through a real DNS64 (unbound)', () => {
  it.each([
    ['64:ff9b::/96', ['64:ff9b::c000:aa', '64:ff9b::c000:ab']],
    ['2001:db8:122:344::/64', ['2001:db8:122:344:c0:0:aa00:0', '2001:db8:122:344:c0:0:ab00:0']],
  ])('finds the prefix %s in the synthesized answers', async (prefix, answers) => {
    lab = new Dns64Lab();
    await lab.start(unbound.path('unbound'), prefix);
    const report = await detectIn(lab);
    expect([...report.answers].sort()).toEqual(answers);
    expect(report.lookupError).toBeNull();
    expect(report.verdict).toEqual({ kind: 'nat64', prefixes: [{ prefix, length: Number(prefix.split('/')[1]) }] });
  });

  it('says 464XLAT when a CLAT interface holds an address of 192.0.0.0/29', async () => {
    lab = new Dns64Lab();
    await lab.start(unbound.path('unbound'), '64:ff9b::/96');
    // clatd's interface is a tun; a veth (no module needed) holds the same address here.
    const ip = (...args: string[]) => execFileSync('ip', ['-n', lab!.name, ...args]);
    ip('link', 'add', 'clat', 'type', 'veth', 'peer', 'name', 'clat-peer');
    ip('link', 'set', 'clat', 'up');
    ip('link', 'set', 'clat-peer', 'up');
    ip('addr', 'add', '192.0.0.1/29', 'dev', 'clat');
    const report = await detectIn(lab);
    expect(report.verdict).toEqual({
      kind: '464xlat',
      prefixes: [{ prefix: '64:ff9b::/96', length: 96 }],
      clat: ['clat'],
    });
  });
});

describe.skipIf(ns.skip)('no DNS64', () => {
  it('reveals nothing, and keeps why the resolver gave no answer', async () => {
    // A namespace whose resolver (127.0.0.1) does not run: the lookup is refused.
    lab = new Dns64Lab();
    execFileSync('ip', ['netns', 'add', lab.name]);
    const report = await detectIn(lab);
    expect(report.verdict).toEqual({ kind: 'none' });
    expect(report.answers).toEqual([]);
    expect(report.lookupError).toMatch(/^E[A-Z]+$/);
  });
});
