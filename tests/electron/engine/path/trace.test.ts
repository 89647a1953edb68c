/**
 * One trace through the real tracer (electron/engine/path/trace.ts) and the real runCommand, with
 * stand-ins for the tools: small scripts named `tracepath` and `traceroute` in a folder of their
 * own, printing the outputs recorded from the real tools (tests/fixtures/path/README.md). They
 * also write the arguments they got, so the test sees what the tracer asked of each tool. The lab
 * (path-lab.test.ts) runs the real tools in namespaces; this covers what the lab cannot: which tool
 * wins, no tool, a bad target, a tool that hangs past its bound.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { createPathTracer } from '../../../../electron/engine/path/trace';

const FIXTURES = path.join(__dirname, '../../../fixtures/path');
let dirs: string[] = [];

afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A folder holding stand-ins: each prints its fixture (or sleeps) and records its arguments. */
function tools(spec: Partial<Record<'tracepath' | 'traceroute', string | 'hang'>>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-trace-'));
  dirs.push(dir);
  for (const [name, what] of Object.entries(spec)) {
    const body = what === 'hang' ? 'exec sleep 30' : `cat '${path.join(FIXTURES, what)}'`;
    const file = path.join(dir, name);
    writeFileSync(file, `#!/bin/sh\nprintf '%s\\n' "$*" > '${path.join(dir, `${name}.args`)}'\n${body}\n`);
    chmodSync(file, 0o755);
  }
  return dir;
}

const tracer = (dir: string, timeoutMs?: number) =>
  createPathTracer({
    env: { PATH: dir },
    alsoIn: [],
    identify: (ip) => (ip === '9.9.9.9' ? ({ asn: 19281 } as never) : null),
    now: () => 1_700_000_000_000,
    maxHops: 7,
    ...(timeoutMs ? { timeoutMs } : {}),
  });

const run = (dir: string, target: string, timeoutMs?: number) =>
  tracer(dir, timeoutMs).trace(target, 'on-demand' as never, new AbortController().signal);

describe('a trace', () => {
  it('prefers tracepath, asks it numerically for the family and the hop bound, and looks up each hop', async () => {
    const dir = tools({ tracepath: 'tracepath-reached.txt', traceroute: 'traceroute-reached.txt' });
    const out = await run(dir, '9.9.9.9');
    expect(out).toMatchObject({ ok: true, path: { tool: 'tracepath', target: '9.9.9.9', reached: true } });
    if (!out.ok) throw new Error('no path');
    expect(out.path.at).toBe(1_700_000_000_000);
    expect(out.path.hops).toEqual([
      { ttl: 1, address: '79.192.0.1', rttMs: 0.05, asn: null },
      { ttl: 2, address: '9.9.9.9', rttMs: 0.017, asn: 19281 },
    ]);
    expect(readFileSync(path.join(dir, 'tracepath.args'), 'utf8').trim()).toBe('-n -4 -m 7 9.9.9.9');
  });

  it('falls back to traceroute, with one probe per hop and IPv6 for an IPv6 target', async () => {
    const dir = tools({ traceroute: 'traceroute-ipv6.txt' });
    expect(tracer(dir).tool()).toEqual({ tool: 'traceroute', file: path.join(dir, 'traceroute') });
    const out = await run(dir, '2620:fe::fe');
    expect(out).toMatchObject({ ok: true, path: { tool: 'traceroute', target: '2620:fe::fe' } });
    expect(readFileSync(path.join(dir, 'traceroute.args'), 'utf8').trim()).toBe('-n -6 -q 1 -w 2 -m 7 2620:fe::fe');
  });

  it('a hop that did not answer has no network', async () => {
    const out = await run(tools({ tracepath: 'tracepath-no-reply.txt' }), '8.8.8.8');
    if (!out.ok) throw new Error('no path');
    expect(out.path.reached).toBe(false);
    expect(out.path.hops.slice(1).every((h) => h.address === null && h.asn === null)).toBe(true);
  });

  it('says no tool when neither is installed, and refuses a target that is not an address', async () => {
    const empty = tools({});
    expect(tracer(empty).tool()).toBeNull();
    expect(await run(empty, '9.9.9.9')).toEqual({ ok: false, reason: 'no-tool' });
    expect(await run(tools({ tracepath: 'tracepath-reached.txt' }), 'dns.quad9.net')).toEqual({
      ok: false,
      reason: 'bad-target',
    });
  });

  it('a tool that hangs is stopped at its bound and said as a failure', async () => {
    const started = performance.now();
    const out = await run(tools({ tracepath: 'hang' }), '9.9.9.9', 300);
    expect(out).toMatchObject({ ok: false, reason: 'failed' });
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
