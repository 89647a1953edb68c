/**
 * The path in a network-namespace lab (tests/helpers/path-lab.ts): the host's default route is
 * switched from one router to the other, the real tracer (tracepath, then traceroute) traces
 * the path before and after from inside the host namespace, the real store keeps both, and the
 * difference is said in words. Needs root and iproute2, and iputils-tracepath and traceroute;
 * skips naming them otherwise (unless IPWATCH_REQUIRE_PEERS=1).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createPathTracer, type TraceOutcome } from '../../../../electron/engine/path';
import { withDiffs } from '../../../../electron/engine/runtime/path';
import { netnsSupport } from '../../../helpers/netns';
import { PATH_LAB, PathLab } from '../../../helpers/path-lab';
import { peer } from '../../../helpers/peers';
import { openTest } from '../store/helpers';

const run = promisify(execFile);
const ns = netnsSupport();
const tracepath = peer('tracepath', { packages: ['iputils-tracepath'] });
const traceroute = peer('traceroute', { packages: ['traceroute'] });
const root = path.resolve(__dirname, '../../../..');
const script = path.join(__dirname, 'trace-in-namespace.ts');

let lab: PathLab;
beforeAll(() => {
  if (!ns.skip) lab = new PathLab();
});
afterAll(() => lab?.close());

/** One trace by the real tracer inside the host namespace; `dir` is the PATH it searches first. */
async function traceInHost(dir: string): Promise<TraceOutcome> {
  const { command, args } = lab.inHost([path.join(root, 'node_modules/.bin/tsx'), script, PATH_LAB.target, dir]);
  const { stdout } = await run(command, args, { cwd: root, timeout: 60_000 });
  return JSON.parse(stdout) as TraceOutcome;
}

describe.each([
  // tracepath is in /usr/bin; with a PATH of nothing, the tracer finds traceroute in /usr/sbin.
  ['tracepath', '/usr/bin', tracepath.skip],
  ['traceroute', '/nonexistent', traceroute.skip],
] as const)('the path lab, traced with %s', (tool, dir, missing) => {
  it.skipIf(ns.skip || missing)(
    'records the path before and after the route changes, and says what changed',
    async () => {
      const { store } = await openTest();
      lab.via('r1');
      const before = await traceInHost(dir);
      lab.via('r2');
      const after = await traceInHost(dir);
      for (const outcome of [before, after]) {
        expect(outcome.ok).toBe(true);
        if (outcome.ok) store.recordPath(outcome.path);
      }
      const [now, then] = withDiffs(store.paths(10));
      expect(then).toMatchObject({ tool, target: PATH_LAB.target, reached: true, diff: { kind: 'first' } });
      expect(then?.hops.map((h) => [h.ttl, h.address, h.asn])).toEqual([
        [1, PATH_LAB.r1, 3320],
        [2, PATH_LAB.target, 19281],
      ]);
      expect(now?.hops.map((h) => [h.ttl, h.address, h.asn])).toEqual([
        [1, PATH_LAB.r2, 15169],
        [2, PATH_LAB.target, 19281],
      ]);
      expect(now?.diff).toEqual({
        kind: 'changed',
        hops: [{ ttl: 1, before: PATH_LAB.r1, after: PATH_LAB.r2 }],
        lengthBefore: 2,
        lengthAfter: 2,
        networksBefore: [3320, 19281],
        networksAfter: [15169, 19281],
      });
      expect(now?.said).toEqual([
        'The path changed at 1 hop: hop 1 79.192.0.1 → 8.8.8.1',
        'networks on the way: AS15169 → AS19281 (was AS3320 → AS19281)',
      ]);
      await store.close();
    },
  );
});

describe('no tool installed', () => {
  it('is said in words, and nothing is traced', async () => {
    const tracer = createPathTracer({ env: { PATH: '/nonexistent' }, alsoIn: [], identify: () => null, now: () => 0 });
    expect(tracer.tool()).toBeNull();
    expect(await tracer.trace(PATH_LAB.target, 'manual', AbortSignal.timeout(1000))).toEqual({
      ok: false,
      reason: 'no-tool',
    });
  });
});
