/**
 * `ipwatch egress` against a real runner that refuses undeclared connections (egress.enforce):
 * its checks still find the address (every source it asks is declared), and the command lists
 * the same declared destinations the runner holds, what it contacted (each one declared, none
 * refused), in words; without a token it prints the list and why it did not ask.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { EgressReport } from '../../../shared/contract/egress';
import { type ApiRunner, startApiRunner } from '../../helpers/api-runner';
import { afterAskedRunner } from '../../helpers/asked-runner';
import { cleanEnv, runHeadless } from '../../helpers/headless';
import { startWorld, type World } from '../../helpers/world';

describe('ipwatch egress', () => {
  let world: World;
  let runner: ApiRunner;
  let port: string;
  beforeAll(async () => {
    world = await startWorld();
    runner = await startApiRunner({ world, settings: { egress: { enforce: true } } });
    port = new URL(runner.url).port;
  }, 60_000);
  afterAll(async () => {
    await runner?.stop();
    await world?.close();
  });

  const egress = (extra: string[], env: NodeJS.ProcessEnv) =>
    runHeadless(['--data-dir', runner.dataDir, 'egress', '--port', port, ...extra], env);

  it('--json: what the runner declared and contacted, every contact declared and none refused', async () => {
    const r = await egress(['--json'], cleanEnv({ IPWATCH_API_TOKEN: runner.token }));
    expect(afterAskedRunner(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as EgressReport;
    expect(report.enforce).toBe(true);
    const sources = report.declared.filter((d) => d.purpose === 'customSource');
    expect(sources.length).toBeGreaterThan(0);
    expect(report.contacted.length).toBeGreaterThan(0);
    for (const c of report.contacted) {
      expect(c.declared, `${c.host}:${c.port}`).not.toEqual([]);
      expect(c.lastResult, `${c.host}:${c.port}`).not.toBe('refused');
    }
    // The checks went through the gate and found the address.
    const status = (await (await runner.fetch('/api/v1/status')).json()) as { families: { v4: { ip: string | null } } };
    expect(status.families.v4.ip).toBe('81.2.69.142');
  });

  it('in words', async () => {
    const r = await egress([], cleanEnv({ IPWATCH_API_TOKEN: runner.token }));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Undeclared connections: refused');
    expect(r.stdout).toMatch(/May contact \(\d+ destinations\):/);
    expect(r.stdout).toContain('Your own source: tells IPWatch your public address');
    expect(r.stdout).toMatch(/Contacted since .* \(\d+ destinations?\):/);
    expect(r.stdout).not.toContain('(undeclared)');
  });

  it('refuses a source tested at an undeclared address, and says so in the log in words', async () => {
    const source = { id: 'elsewhere', kind: 'http', url: 'http://127.0.0.1:9/ip', family: 4 };
    const res = await runner.fetch('/api/v1/sources/test', { method: 'POST', json: { source } });
    expect(await res.json()).toMatchObject({ ok: false });
    const r = await egress(['--json'], cleanEnv({ IPWATCH_API_TOKEN: runner.token }));
    const report = JSON.parse(r.stdout) as EgressReport;
    expect(report.contacted).toContainEqual(
      expect.objectContaining({ host: '127.0.0.1', port: 9, declared: [], lastResult: 'refused' }),
    );
    const said = 'Refused a connection to 127.0.0.1 port 9 (tcp): it is not in the list of destinations';
    await new Promise<void>((resolve) => {
      const heard = () => {
        if (!runner.stderr().includes(said)) return;
        runner.child.stderr!.off('data', heard);
        resolve();
      };
      runner.child.stderr!.on('data', heard);
      heard();
    });
  });

  it('without a token: the list for the settings, and why the runner was not asked', async () => {
    const r = await egress([], cleanEnv());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/May contact \(\d+ destinations\):/);
    expect(r.stdout).toContain('What was contacted is known only to the running runner: set IPWATCH_API_TOKEN');
  });
});
