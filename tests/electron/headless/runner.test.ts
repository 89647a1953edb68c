import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { cleanEnv, jsonLines, runHeadless, spawnHeadless, writeSettingsFile } from '../../helpers/headless';
import { exactUnlessHedged } from '../../helpers/request-counts';
import { startWorld, type World } from '../../helpers/world';

const A4 = '81.2.69.142';
const A6 = '2a02:1:2:3::5';

let world: World;
let dir: string;

beforeEach(async () => {
  world = await startWorld(A4, A6);
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-headless-'));
});
afterEach(async () => {
  await world.close();
  await rm(dir, { recursive: true, force: true });
});

const writeSettings = (s: unknown) => writeSettingsFile(dir, JSON.stringify(s, null, 2));

/**
 * A test that starts the runner more than once, one after the other: each start costs about
 * 0.8 s of CPU before it does anything (2.5 s from source through tsx, outside a test run), and
 * several times that on a loaded 2-core CI machine, so 20 s is a hang guard that a healthy run of
 * three can exceed. Not a bound on the product.
 */
const RUNS_IN_SERIES = 60_000;

describe('headless runner', () => {
  it('--once --json prints the addresses the local sources agree on and exits 0', async () => {
    await writeSettings(world.settings());
    const r = await runHeadless(['--data-dir', dir, '--once', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; family?: number; ip?: string; to?: string });
    const changes = lines.filter((l) => l.type === 'change');
    expect(changes.map((c) => [c.family, c.to]).sort()).toEqual([
      [4, A4],
      [6, A6],
    ]);
    expect(
      lines
        .filter((l) => l.type === 'check')
        .map((c) => c.ip)
        .sort(),
    ).toEqual([A6, A4].sort());
  });

  it(
    'works as the README runs it: npm run headless -- --data-dir D --once --json',
    async () => {
      await writeSettings(world.settings({ monitor: { ipv6: false } }));
      const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        execFile(
          'npm',
          ['run', 'headless', '--silent', '--', '--data-dir', dir, '--once', '--json'],
          { env: cleanEnv() },
          (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
        );
      });
      expect(r.code, r.stderr).toBe(0);
      const checks = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { type: string; ip?: string })
        .filter((l) => l.type === 'check');
      expect(checks.map((c) => c.ip)).toEqual([A4]);
    },
    RUNS_IN_SERIES,
  );

  it(
    'keeps history across restarts: the second run resumes, and `history` lists the run',
    async () => {
      await writeSettings(world.settings({ monitor: { ipv6: false } }));
      const first = await runHeadless(['--data-dir', dir, '--once', '--json']);
      expect(first.code, first.stderr).toBe(0);
      const second = await runHeadless(['--data-dir', dir, '--once', '--json']);
      expect(second.code, second.stderr).toBe(0);
      const lines = second.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { type: string; result?: string; requests?: number; durationMs: number });
      expect(lines).toEqual([
        expect.objectContaining({ type: 'check', result: 'unchanged', requests: exactUnlessHedged(lines, 1) }),
      ]);
      const hist = await runHeadless(['--data-dir', dir, 'history', '--json']);
      expect(hist.code, hist.stderr).toBe(0);
      const page = JSON.parse(hist.stdout) as { total: number; items: { ip: string; checks: number }[] };
      expect(page.total).toBe(1);
      expect(page.items[0]).toMatchObject({ ip: A4, checks: 2 });
    },
    RUNS_IN_SERIES,
  );

  it('--once exits non-zero when an enabled family cannot be resolved', async () => {
    await writeSettings(world.settings());
    for (const h of world.v6.http) h.setFault('status500');
    world.v6.dns.setFault('servfail');
    world.v6.stun.setFault('error');
    const r = await runHeadless(['--data-dir', dir, '--once']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/check IPv4 81\.2\.69\.142 confirmed/);
  });

  it('creates settings.json with defaults when absent', async () => {
    const sub = path.join(dir, 'new');
    // Only unreachable sources, so the check fails fast; what matters is the file.
    const r = await runHeadless(['--data-dir', sub, '--once'], cleanEnv({ IPWATCH_BUILTIN_SOURCES: 'false' }));
    expect(r.code).toBe(1);
    const created = JSON.parse(await readFile(path.join(sub, 'settings.json'), 'utf8')) as {
      monitor: { intervalSec: number };
    };
    expect(created.monitor.intervalSec).toBe(60);
  });

  it('rejects a bad settings file naming the field, exits non-zero and leaves the file untouched', async () => {
    const bad =
      '{ "monitor": { "intervalSec": 5 }, "sources": { "custom": [{ "id": "x", "kind": "dns", "server": "nohost", "name": "a", "type": "A", "family": 4 }] } }';
    await writeFile(path.join(dir, 'settings.json'), bad);
    const r = await runHeadless(['--data-dir', dir, '--once']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('monitor.intervalSec');
    expect(r.stderr).toContain('sources.custom.0.server');
    expect(await readFile(path.join(dir, 'settings.json'), 'utf8')).toBe(bad);
  });

  it('rejects unparseable JSON with a clear error', async () => {
    await writeFile(path.join(dir, 'settings.json'), '{ "monitor": ');
    const r = await runHeadless(['--data-dir', dir, '--once']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not valid JSON/);
  });

  it(
    'applies IPWATCH_* overrides and names a bad one',
    async () => {
      await writeSettings(world.settings());
      const ok = await runHeadless(['--data-dir', dir, '--once', '--json'], cleanEnv({ IPWATCH_IPV6: 'false' }));
      expect(ok.code, ok.stderr).toBe(0);
      expect(ok.stdout).not.toContain('"family":6');
      const bad = await runHeadless(['--data-dir', dir, '--once'], cleanEnv({ IPWATCH_QUORUM: 'two' }));
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('IPWATCH_QUORUM');
    },
    RUNS_IN_SERIES,
  );

  it('runs, reports exactly one change per family when the address switches, follows settings edits, stops on SIGTERM', async () => {
    await writeSettings(world.settings({ monitor: { intervalSec: 10 } }));
    const child = spawnHeadless(['--data-dir', dir, '--json']);
    const out = jsonLines(child);
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    try {
      await out.until((l) => l.type === 'check' && l.family === 4);
      await out.until((l) => l.type === 'check' && l.family === 6);

      // An invalid edit is reported; the previous settings stay in force.
      await writeSettingsFile(dir, '{"monitor":{"quorum":0}}');
      const err = await out.until((l) => l.type === 'settings-error');
      expect(JSON.stringify(err)).toContain('monitor.quorum');
      // A valid edit applies without a restart.
      await writeSettings(world.settings({ monitor: { intervalSec: 10, quorum: 3 } }));
      await out.until((l) => l.type === 'settings-applied');

      world.setIp('81.2.69.201', '2a02:1:77:1::9');
      await out.until((l) => l.type === 'change' && l.to === '81.2.69.201', 25_000);
      await out.until((l) => l.type === 'change' && l.to === '2a02:1:77:1::9', 25_000);
      const exited = new Promise<number | null>((r) => child.on('exit', r));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      const changes = out.lines.filter((l) => l.type === 'change');
      // Exactly one change per family for the switch, after the first sighting of each.
      expect(changes.map((c) => `${String(c.family)} ${String(c.to)}`).sort()).toEqual(
        [`4 ${A4}`, '4 81.2.69.201', `6 ${A6}`, '6 2a02:1:77:1::9'].sort(),
      );
      expect(stderr).toContain('stopping');
      // Both settings edits are in the audit log, newest first.
      const audit = await runHeadless(['--data-dir', dir, 'audit', '--json']);
      expect(audit.code, audit.stderr).toBe(0);
      const entries = JSON.parse(audit.stdout) as {
        actor: string;
        action: string;
        result: string;
        detail: string | null;
      }[];
      expect(entries.map((e) => [e.actor, e.action, e.result])).toEqual([
        ['settings.json', 'settings.reload', 'applied'],
        ['settings.json', 'settings.reload', 'rejected'],
      ]);
      expect(entries[1]!.detail).toContain('monitor.quorum');
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);
});
