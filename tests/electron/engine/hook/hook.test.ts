/**
 * The change hook through real child processes: a node script that records its environment,
 * arguments and standard input; one that hangs (and starts a child of its own), killed with its
 * group at the timeout; one that fails; one that does not exist. The timeout runs on the fake
 * clock: the test waits for the program to say it started, then moves time.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { HookRunner, MAX_QUEUED } from '../../../../electron/engine/hook/hook';
import { hookPayload, testPayload } from '../../../../electron/engine/hook/hook-event';
import { KILL_GRACE_MS } from '../../../../electron/engine/hook/process';
import { createLogger, type LogRecord } from '../../../../electron/engine/logger';
import { createRedactor } from '../../../../electron/engine/secrets/redact';
import type { HookSettings } from '../../../../shared/settings/watcher';
import { FakeClock } from '../../../helpers/fake-clock';
import { until } from '../../../helpers/until';

const node = process.execPath;
let dir: string;
let logs: LogRecord[];
let clock: FakeClock;
const redactor = createRedactor();
const SECRET = 'hunter2-very-secret-token';
redactor.add([SECRET]);

const RECORDER = `
const fs = require('node:fs');
let input = '';
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', () => {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('IPWATCH_') || k === 'SMTP_PASS'));
  fs.appendFileSync(process.argv[2], JSON.stringify({ env, args: process.argv.slice(3), input }) + '\\n');
  console.log('recorded ' + process.env.IPWATCH_EVENT + ' with ${SECRET}');
});
`;

const HANGER = `
const fs = require('node:fs');
const { spawn } = require('node:child_process');
process.on('SIGTERM', () => {});
const child = spawn(process.execPath, ['-e', 'process.on("SIGTERM", () => {}); setInterval(() => {}, 1000)'], { stdio: 'ignore' });
fs.writeFileSync(process.argv[2], String(child.pid));
setInterval(() => {}, 1000);
`;

const FAILER = `console.error('first line'); console.error('cannot reach the firewall'); process.exit(3);`;

const settings = (over: Partial<HookSettings>): HookSettings => ({
  enabled: true,
  program: node,
  args: [],
  events: ['change'],
  timeoutSec: 30,
  ...over,
});

const runner = (s: HookSettings) =>
  new HookRunner(s, {
    clock,
    logger: createLogger('hook', { level: 'debug', sink: (r) => logs.push(r), redact: redactor }),
    redact: (t) => redactor.text(t),
    env: { PATH: process.env.PATH, HOME: '/home/someone', SMTP_PASS: SECRET },
  });

const script = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const change = (from: string | null, to: string, family: 4 | 6 = 4) =>
  hookPayload(
    {
      type: 'change',
      at: Date.UTC(2026, 10, 26, 1, 0),
      family,
      from,
      to,
      fromSince: null,
      trigger: 'interval',
      sources: ['a', 'b'],
    },
    '1.2.3',
  )!;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ipwatch-hook-'));
  logs = [];
  clock = new FakeClock();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the change hook', () => {
  it('runs the program with the event in its environment and as JSON on stdin, never passing on other secrets', async () => {
    const out = join(dir, 'calls.jsonl');
    const hook = runner(settings({ args: [script('rec.js', RECORDER), out, 'two words', '$HOME;rm -rf /'] }));
    expect(hook.offer(change('81.2.69.142', '81.2.69.160'))).toBe(true);
    await until(() => hook.status().lastRun !== null, { what: 'the run' });
    const [call] = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { env: Record<string, string>; args: string[]; input: string });
    expect(call!.args).toEqual(['two words', '$HOME;rm -rf /']);
    expect(call!.env).toEqual({
      IPWATCH_EVENT: 'change',
      IPWATCH_AT: '2026-11-26T01:00:00.000Z',
      IPWATCH_FAMILY: '4',
      IPWATCH_OLD: '81.2.69.142',
      IPWATCH_NEW: '81.2.69.160',
      IPWATCH_TRIGGER: 'interval',
      IPWATCH_SOURCES: 'a,b',
      IPWATCH_VERSION: '1.2.3',
    });
    expect(JSON.parse(call!.input)).toMatchObject({
      event: 'change',
      old: '81.2.69.142',
      new: '81.2.69.160',
      family: 4,
    });
    const run = hook.status().lastRun!;
    expect(run).toMatchObject({ event: 'change', exitCode: 0, timedOut: false, error: null });
    expect(run.durationMs).toBeGreaterThanOrEqual(0);
    const stdout = logs.find((r) => r.message === 'hook: standard output');
    expect(JSON.stringify(stdout?.data)).toContain('recorded change with ***');
    expect(JSON.stringify(logs)).not.toContain(SECRET);
  });

  it('runs one event at a time, in order, and only the events chosen', async () => {
    const out = join(dir, 'calls.jsonl');
    const hook = runner(settings({ args: [script('rec.js', RECORDER), out], events: ['change', 'offline'] }));
    expect(hook.offer(hookPayload({ type: 'online', at: 1, offlineMs: 5 }, 'v')!)).toBe(false);
    hook.offer(change(null, '81.2.69.142'));
    hook.offer(change(null, '2001:db8::1', 6));
    hook.offer(hookPayload({ type: 'offline', at: 2, cause: 'no source answered' }, 'v')!);
    expect(hook.status()).toMatchObject({ running: true, queued: 2 });
    await until(() => !hook.status().running, { what: 'the queue drained' });
    const events = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { env: Record<string, string> }).env);
    expect(events.map((e) => [e.IPWATCH_EVENT, e.IPWATCH_NEW, e.IPWATCH_OLD])).toEqual([
      ['change', '81.2.69.142', undefined],
      ['change', '2001:db8::1', undefined],
      ['offline', undefined, undefined],
    ]);
    expect(events[2]!.IPWATCH_CAUSE).toBe('no source answered');
  });

  it('drops the oldest waiting events past the bound, and counts them', async () => {
    const pidFile = join(dir, 'pid');
    const hook = runner(settings({ args: [script('hang.js', HANGER), pidFile], timeoutSec: 5 }));
    for (let i = 0; i < MAX_QUEUED + 4; i++) hook.offer(change(null, `192.0.2.${i}`));
    expect(hook.status()).toMatchObject({ queued: MAX_QUEUED, dropped: 3 });
    expect(logs.filter((r) => r.message.includes('too many events waiting'))).toHaveLength(3);
    hook.update(settings({ enabled: false }));
    expect(hook.status().queued).toBe(0);
    await until(() => existsSync(pidFile), { what: 'the program started' });
    await clock.advance(5000 + KILL_GRACE_MS);
    await hook.close();
  });

  it('kills a program still running at the timeout, with the child it started', async () => {
    const pidFile = join(dir, 'pid');
    const hook = runner(settings({ args: [script('hang.js', HANGER), pidFile], timeoutSec: 7 }));
    hook.offer(change(null, '81.2.69.142'));
    await until(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8') !== '', { what: 'the program started' });
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    await clock.advance(6999);
    expect(hook.status().running).toBe(true);
    // It ignores SIGTERM: SIGKILL after the grace ends it and its child.
    await clock.advance(1 + KILL_GRACE_MS);
    await until(() => hook.status().lastRun !== null, { what: 'the run ended' });
    expect(hook.status().lastRun).toMatchObject({ timedOut: true, exitCode: null, signal: 'SIGKILL' });
    expect(hook.status().lastRun!.error).toBe('killed after the 7 s timeout');
    await until(() => !alive(grandchild), { what: 'the child it started killed too' });
  });

  it('kills the run under way when IPWatch stops, without waiting for the timeout', async () => {
    const pidFile = join(dir, 'pid');
    const hook = runner(settings({ args: [script('hang.js', HANGER), pidFile], timeoutSec: 3600 }));
    hook.offer(change(null, '81.2.69.142'));
    await until(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8') !== '', { what: 'the program started' });
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    await hook.close();
    expect(hook.status().lastRun).toMatchObject({ exitCode: null, signal: 'SIGKILL' });
    await until(() => !alive(grandchild), { what: 'the child it started killed too' });
    expect(hook.offer(change(null, '81.2.69.160'))).toBe(false);
  });

  it('reports a failing program with its exit code and the last line it wrote to stderr', async () => {
    const hook = runner(settings({ args: [script('fail.js', FAILER)] }));
    const run = await hook.test(testPayload(clock.now(), 'v'));
    expect(run).toMatchObject({ event: 'test', exitCode: 3, timedOut: false });
    expect(run.error).toBe('exit code 3: cannot reach the firewall');
    // The same as a code, the program's own line a value (issue 62): a page says the rest in its language.
    expect(run.reason).toEqual({
      code: 'reason.hook.ended',
      values: { how: 'exit', code: '3', signal: '', hasStderr: 'yes', stderr: 'cannot reach the firewall' },
    });
    expect(logs.some((r) => r.level === 'warn' && r.message.includes('exit code 3'))).toBe(true);
  });

  it('says plainly when the program does not exist or is not executable', async () => {
    const missing = join(dir, 'nope');
    expect((await runner(settings({ program: missing })).test(testPayload(0, 'v'))).error).toBe(
      `${missing} was not found`,
    );
    const plain = script('plain.txt', 'not a program');
    expect((await runner(settings({ program: plain })).test(testPayload(0, 'v'))).error).toMatch(/is not executable/);
  });

  it('says why when the system refuses to start the program (spawn throws), and runs the next event after it', async () => {
    // A path through a file: spawn throws ENOTDIR at once instead of emitting 'error' (as EINVAL does on Windows).
    const throughFile = join(script('file.txt', 'x'), 'hook');
    const hook = runner(settings({ program: throughFile }));
    const run = await hook.test(testPayload(0, 'v'));
    expect(run).toMatchObject({ exitCode: null, timedOut: false });
    expect(run.error).toBe(`${throughFile} could not start: ENOTDIR (a part of its path is a file, not a folder)`);
    expect(logs.some((r) => r.level === 'warn' && r.message === `hook: ${run.error}`)).toBe(true);
    // An argument with a NUL character: Node throws before starting anything.
    hook.update(settings({ args: ['a\0b'] }));
    expect((await hook.test(testPayload(0, 'v'))).error).toBe(
      `${node} could not start: ERR_INVALID_ARG_VALUE (the program or an argument holds a NUL character)`,
    );
    expect(hook.status()).toMatchObject({ running: false, queued: 0 });
  });

  it('runs nothing when off, and Test still runs the saved program', async () => {
    const out = join(dir, 'calls.jsonl');
    const hook = runner(settings({ enabled: false, args: [script('rec.js', RECORDER), out] }));
    expect(hook.offer(change(null, '81.2.69.142'))).toBe(false);
    expect(existsSync(out)).toBe(false);
    const run = await hook.test(testPayload(clock.now(), 'v'));
    expect(run.error).toBeNull();
    expect(readFileSync(out, 'utf8')).toContain('"IPWATCH_EVENT":"test"');
  });
});
