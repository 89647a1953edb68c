/**
 * `ipwatch egress` against a real runner that refuses undeclared connections (egress.enforce):
 * its checks still find the address (every source it asks is declared), and the command lists
 * the same declared destinations the runner holds, what it contacted (each one declared, none
 * refused), in the settings' language; without a token it prints the list and why it did not ask.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { EgressReport } from '../../../shared/contract/egress';
import { type ApiRunner, startApiRunner } from '../../helpers/api-runner';
import { cleanEnv, runHeadless } from '../../helpers/headless';
import { startWorld, type World } from '../../helpers/world';

describe('ipwatch egress', () => {
  let world: World;
  let runner: ApiRunner;
  let port: string;
  beforeAll(async () => {
    world = await startWorld();
    runner = await startApiRunner({ world, settings: { egress: { enforce: true }, language: 'de' } });
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
    expect(r.stderr).toBe('');
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

  it('in words, in the language of the settings', async () => {
    const r = await egress([], cleanEnv({ IPWATCH_API_TOKEN: runner.token }));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nicht aufgeführte Verbindungen: werden abgelehnt');
    expect(r.stdout).toMatch(/Darf kontaktieren \(\d+ Ziele\):/);
    expect(r.stdout).toContain('Ihre eigene Quelle: nennt IPWatch Ihre öffentliche Adresse');
    expect(r.stdout).toMatch(/Kontaktiert seit .* \(\d+ Ziele?\):/);
    expect(r.stdout).not.toContain('nicht aufgeführt)');
  });

  it('without a token: the list for the settings, and why the runner was not asked', async () => {
    const r = await egress([], cleanEnv());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Darf kontaktieren \(\d+ Ziele\):/);
    expect(r.stdout).toContain('Was kontaktiert wurde, weiß nur der laufende Runner: Setzen Sie IPWATCH_API_TOKEN');
  });
});
