/**
 * Running an event source's child (electron/engine/netwatch/child-watch.ts): the restart rule
 * as a table; then a real child (the line relay) for lines, signals, deaths, restarts and
 * stop; and, where root and iproute2 allow, `ip monitor` itself in a network namespace.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import {
  ChildWatch,
  MAX_QUICK_DEATHS,
  type Restart,
  restartAfter,
} from '../../../../electron/engine/netwatch/child-watch';
import { IP_MONITOR_ARGS, ipMonitorSpec } from '../../../../electron/engine/netwatch/ip-monitor';
import type { WatchSpec } from '../../../../electron/engine/netwatch/types';
import { FakeClock } from '../../../helpers/fake-clock';
import { type LineRelay, startLineRelay } from '../../../helpers/line-relay';
import { createNetns, type Netns, netnsSupport } from '../../../helpers/netns';
import { until } from '../../../helpers/until';

describe('restartAfter', () => {
  it.each<[quickDeaths: number, cannotStart: boolean, next: Restart]>([
    [1, false, { retryInMs: 1000 }],
    [2, false, { retryInMs: 2000 }],
    [3, false, { retryInMs: 4000 }],
    [4, false, { retryInMs: 8000 }],
    [MAX_QUICK_DEATHS, false, { giveUp: true }],
    [1, true, { giveUp: true }],
    [0, true, { giveUp: true }],
  ])('%i quick deaths, cannot start %s', (deaths, cannotStart, next) => {
    expect(restartAfter(deaths, cannotStart)).toEqual(next);
  });
});

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A ChildWatch over `spec` whose signals and states the test reads. */
function watchOf(spec: WatchSpec, clock = new FakeClock()) {
  const t = { signals: 0, states: [] as [boolean, string | null][], clock, watch: null as unknown as ChildWatch };
  t.watch = new ChildWatch({
    spec,
    clock,
    logger: createLogger('test', { level: 'error', sink: () => undefined }),
    onSignal: () => void t.signals++,
    onState: (up, reason) => void t.states.push([up, reason]),
  });
  return t;
}
const up = (t: ReturnType<typeof watchOf>) => t.states.filter(([u]) => u).length;
const down = (t: ReturnType<typeof watchOf>) => t.states.filter(([u]) => !u).length;

describe('ChildWatch on a real child', () => {
  let relay: LineRelay;
  let t: ReturnType<typeof watchOf> | null = null;
  beforeEach(async () => {
    relay = await startLineRelay();
  });
  afterEach(async () => {
    t?.watch.stop();
    await relay.close();
  });

  /** A reader that records every line it is given and says a line matters when it starts with `+`. */
  function recording() {
    const lines: string[] = [];
    return { lines, reader: () => (line: string) => (lines.push(line), line.startsWith('+')) };
  }

  it('reads whole lines, partial ones joined, and signals once per chunk with a line that matters', async () => {
    const r = recording();
    t = watchOf(relay.spec(r.reader));
    t.watch.start();
    await relay.connected(1);
    await until(() => up(t!) === 1, { what: 'the child running' });
    relay.write('- noise\n+ change one\n');
    await until(() => t!.signals === 1, { what: 'the first signal' });
    relay.write('+ change t');
    relay.write('wo\n- more noise\n');
    await until(() => r.lines.length === 4, { what: 'four lines' });
    expect(r.lines).toEqual(['- noise', '+ change one', '+ change two', '- more noise']);
    await until(() => t!.signals === 2, { what: 'the second signal' });
    expect(t.states).toEqual([[true, null]]);
  });

  it('text on stderr (ip: "netlink receive error ... No buffer space") is a signal: events may be lost', async () => {
    t = watchOf(relay.spec(recording().reader));
    t.watch.start();
    await relay.connected(1);
    await until(() => up(t!) === 1);
    relay.write('!netlink receive error No buffer space available (105)\n');
    await until(() => t!.signals === 1, { what: 'a signal from stderr' });
  });

  it('a child that dies is started again after 1 s, and after 2 s when it dies again at once', async () => {
    t = watchOf(relay.spec(recording().reader));
    t.watch.start();
    await relay.connected(1);
    await until(() => up(t!) === 1);
    process.kill(t.watch.pid!);
    await until(() => down(t!) === 1, { what: 'the death seen' });
    expect(t.states[1]![1]).toMatch(/ exited \(SIGTERM\); starting it again in 1 s$/);
    expect(t.clock.dueTimes).toEqual([t.clock.now() + 1000]);
    await t.clock.advance(1000);
    await relay.connected(2);
    await until(() => up(t!) === 2, { what: 'the second run' });

    process.kill(t.watch.pid!);
    await until(() => down(t!) === 2);
    expect(t.clock.dueTimes).toEqual([t.clock.now() + 2000]);
  });

  it('after a steady run, a death counts as the first again', async () => {
    t = watchOf(relay.spec(recording().reader));
    t.watch.start();
    await relay.connected(1);
    await until(() => up(t!) === 1);
    process.kill(t.watch.pid!);
    await until(() => down(t!) === 1);
    await t.clock.advance(1000);
    await until(() => up(t!) === 2);
    await t.clock.advance(60_000); // a steady minute on the monotonic clock (a wall step is none)
    process.kill(t.watch.pid!);
    await until(() => down(t!) === 2);
    expect(t.clock.dueTimes).toEqual([t.clock.now() + 1000]);
  });

  it(`is given up after ${MAX_QUICK_DEATHS} quick deaths in a row: no timer is left`, async () => {
    t = watchOf(relay.spec(recording().reader));
    t.watch.start();
    for (let run = 1; run <= MAX_QUICK_DEATHS; run++) {
      await relay.connected(run);
      await until(() => up(t!) === run, { what: `run ${run}` });
      process.kill(t.watch.pid!);
      await until(() => down(t!) === run, { what: `death ${run}` });
      if (run < MAX_QUICK_DEATHS) await t.clock.advance(t.clock.dueTimes[0]! - t.clock.now());
    }
    expect(t.clock.pending).toBe(0);
    expect(t.watch.pid).toBeNull();
  });

  it('a command that is not there is given up at once', async () => {
    t = watchOf(ipMonitorSpec(process.env, '/nonexistent/ip', null));
    t.watch.start();
    await until(() => down(t!) === 1, { what: 'the failure' });
    expect(t.states).toEqual([[false, '/nonexistent/ip cannot be run (ENOENT)']]);
    expect(t.clock.pending).toBe(0);
  });

  it('stop() kills the child, and nothing is reported after it', async () => {
    t = watchOf(relay.spec(recording().reader));
    t.watch.start();
    await relay.connected(1);
    await until(() => up(t!) === 1);
    const pid = t.watch.pid!;
    expect(alive(pid)).toBe(true);
    t.watch.stop();
    await until(() => !alive(pid), { what: 'the child gone' });
    expect(t.states).toEqual([[true, null]]);
    expect(t.clock.pending).toBe(0);
  });
});

const support = netnsSupport();
describe.skipIf(support.skip)(`ip monitor in a network namespace${support.why ? ` (${support.why})` : ''}`, () => {
  let ns: Netns;
  let t: ReturnType<typeof watchOf> | null = null;
  beforeEach(() => {
    ns = createNetns('watch');
  });
  afterEach(() => {
    t?.watch.stop();
    ns.close();
  });

  it('an address added, a default route replaced and the address removed each reach the watcher', async () => {
    t = watchOf({ ...ipMonitorSpec(process.env, 'ip', null), ...ns.exec(['ip', ...IP_MONITOR_ARGS]) });
    t.watch.start();
    await until(() => up(t!) === 1 && ns.netlinkListening(), { what: 'ip monitor listening' });
    ns.ip('addr', 'add', '192.0.2.10/24', 'dev', 'v0');
    await until(() => t!.signals >= 1, { what: 'the new address' });
    const afterAdd = t.signals;
    ns.ip('route', 'add', 'default', 'via', '192.0.2.1');
    await until(() => t!.signals > afterAdd, { what: 'the default route' });
    const afterRoute = t.signals;
    ns.ip('addr', 'del', '192.0.2.10/24', 'dev', 'v0');
    await until(() => t!.signals > afterRoute, { what: 'the removed address' });
    expect(t.states).toEqual([[true, null]]);
  });

  it('a link-local address and the kernel routes of a link coming up are no signal', async () => {
    t = watchOf({ ...ipMonitorSpec(process.env, 'ip', null), ...ns.exec(['ip', ...IP_MONITOR_ARGS]) });
    t.watch.start();
    await until(() => up(t!) === 1 && ns.netlinkListening(), { what: 'ip monitor listening' });
    // Noise first, then one change: the stream keeps their order, so once the change is seen the noise was read.
    ns.ip('-6', 'addr', 'add', 'fe80::99/64', 'dev', 'v1', 'nodad');
    ns.ip('link', 'set', 'v1', 'down');
    ns.ip('link', 'set', 'v1', 'up');
    ns.ip('addr', 'add', '198.51.100.7/24', 'dev', 'v0');
    await until(() => t!.signals >= 1, { what: 'the global address' });
    expect(t.signals).toBe(1);
  });
});
