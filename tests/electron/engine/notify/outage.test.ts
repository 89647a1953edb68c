/**
 * The outage scenario end to end, across processes: the webhook answers 500s and then 429s
 * with Retry-After while two changes happen, and the process running the notifier (real
 * store on disk + real notifier) is killed with SIGKILL twice. Once the service recovers,
 * both messages arrive exactly once each, in order.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { ChangeEvent } from '../../../../shared/types';
import { startNotifyFake, type NotifyFake } from '../../../fakes/notify-http';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const A = '203.0.113.1';
const B = '198.51.100.2';
const C = '192.0.2.3';

let fake: NotifyFake;
let dir: string;
const children: ChildProcess[] = [];

beforeEach(async () => {
  fake = await startNotifyFake();
  dir = await mkdtemp(join(tmpdir(), 'ipwatch-outage-'));
});
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

interface Child {
  proc: ChildProcess;
  /** Resolves when the child has printed a line starting with `prefix`. */
  line(prefix: string): Promise<string>;
  send(event: ChangeEvent | 'drain'): void;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startChild(): Child {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/fixtures/notify/outage-child.ts', dir, `${fake.url}/hook`],
    {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  children.push(proc);
  const lines: string[] = [];
  const waiters: (() => void)[] = [];
  let buf = '';
  let stderr = '';
  proc.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  proc.stdout!.on('data', (c: Buffer) => {
    buf += c.toString();
    const parts = buf.split('\n');
    buf = parts.pop()!;
    lines.push(...parts);
    for (const w of waiters.splice(0)) w();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    proc,
    exited,
    line: (prefix) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "${prefix}" from the child; stderr: ${stderr}`)), 15_000);
        const check = () => {
          const hit = lines.find((l) => l.startsWith(prefix));
          if (hit) {
            clearTimeout(timer);
            resolve(hit);
          } else waiters.push(check);
        };
        check();
      }),
    send: (event) => proc.stdin!.write(`${typeof event === 'string' ? event : JSON.stringify(event)}\n`),
  };
}

async function kill9(c: Child): Promise<void> {
  c.proc.kill('SIGKILL');
  expect((await c.exited).signal).toBe('SIGKILL');
}

const changeEvent = (from: string, to: string, at: number): ChangeEvent => ({
  type: 'change',
  family: 4,
  from,
  to,
  at,
  fromSince: null,
  trigger: 'interval',
  sources: ['ipify', 'icanhazip'],
});
const body = (b: string) => JSON.parse(b) as { id: string; data: { from: string; to: string } };

describe('outage with two SIGKILLs', () => {
  it('delivers both changes exactly once, in order, after the service recovers', { timeout: 60_000 }, async () => {
    // 1. The service fails with 500s; the first change happens; the process is killed.
    fake.setFault({ mode: 'status', status: 500 });
    const first = startChild();
    await first.line('ready');
    const t0 = Date.now();
    first.send(changeEvent(A, B, t0));
    await first.line('handled');
    await fake.waitFor((r) => r.length >= 2);
    await kill9(first);

    // 2. It now rate-limits with Retry-After; the restarted process resumes, the second change
    //    happens, and the process is killed again.
    fake.setFault({ mode: 'status', status: 429, retryAfter: '1' });
    const seen = fake.requests.length;
    const second = startChild();
    await second.line('ready');
    await fake.waitFor((r) => r.length > seen);
    second.send(changeEvent(B, C, t0 + 1000));
    await second.line('handled');
    const seen2 = fake.requests.length;
    await fake.waitFor((r) => r.length > seen2);
    await kill9(second);

    // 3. The service recovers; a third process delivers everything.
    fake.setFault({ mode: 'ok' });
    const third = startChild();
    await third.line('ready');
    await fake.waitFor((r) => r.filter((x) => x.status === 200).length >= 2, 15_000);
    // Nothing left to send, so every request this run will ever make has been made.
    third.send('drain');
    const drained = JSON.parse((await third.line('drained ')).slice('drained '.length)) as unknown;
    expect(drained).toEqual({ pending: 0, sent: 2, expired: 0, rejected: 0 });

    const failed = fake.requests.filter((r) => r.status !== 200);
    expect(failed.some((r) => r.status === 500)).toBe(true);
    expect(failed.some((r) => r.status === 429)).toBe(true);
    // Head of line: while the first was failing, the second was never tried.
    expect(new Set(failed.map((r) => body(r.body).data.to))).toEqual(new Set([B]));
    const delivered = fake.delivered().map((r) => body(r.body));
    expect(delivered.map((d) => d.data.to)).toEqual([B, C]);
    expect(new Set(delivered.map((d) => d.id)).size).toBe(2);
    // Every attempt of one notification carried the same idempotency key.
    const keys = new Set(fake.requests.map((r) => r.headers['idempotency-key']));
    expect(keys.size).toBe(2);

    third.proc.kill('SIGTERM');
    expect((await third.exited).code).toBe(0);
  });
});
