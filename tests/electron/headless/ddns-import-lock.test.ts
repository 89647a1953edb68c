/**
 * `ddns-import` and the one writer of a data folder (issue 50), with real runner processes:
 * while a monitor holds the folder the import is refused in words naming it (exit 1) and
 * settings.json is left byte for byte as the monitor has it; once the monitor has stopped the
 * same import works and keeps what the settings held. The config entry is shaped as
 * qdm12/ddns-updater's docs/duckdns.md shows it.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { parseSettingsText } from '../../../electron/host/settings-file';
import { jsonLines, runHeadless, spawnHeadless } from '../../helpers/headless';
import { startWorld, type World } from '../../helpers/world';

const A4 = '81.2.69.142';
const CONFIG = {
  settings: [{ provider: 'duckdns', domain: 'myhome.duckdns.org', token: 'duck-token-1234', ip_version: 'ipv4' }],
};

let world: World;
let dir: string;
let config: string;
let child: ChildProcess | null = null;

beforeEach(async () => {
  world = await startWorld(A4);
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-ddns-lock-'));
  config = path.join(dir, 'ddns-updater-config.json');
  await writeFile(config, JSON.stringify(CONFIG));
  await writeFile(
    path.join(dir, 'settings.json'),
    JSON.stringify(world.settings({ monitor: { ipv6: false, intervalSec: 3600 } })),
    { mode: 0o600 },
  );
});
afterEach(async () => {
  child?.kill('SIGKILL');
  child = null;
  await world.close();
  await rm(dir, { recursive: true, force: true });
});

const settingsText = () => readFile(path.join(dir, 'settings.json'), 'utf8');

describe('ddns-import beside a running monitor', () => {
  it('is refused in words while the monitor holds the folder, and works once it has stopped', async () => {
    const monitor = spawnHeadless(['--data-dir', dir, '--json']);
    child = monitor;
    monitor.stderr!.resume();
    await jsonLines(monitor).until((l) => l.type === 'change' && l.to === A4);
    const before = await settingsText();

    const refused = await runHeadless(['--data-dir', dir, 'ddns-import', config]);
    expect(refused.code).toBe(1);
    const lines = refused.stderr.split('\n').filter((l) => l.startsWith('ipwatch: '));
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`in use by IPWatch \\(monitor, pid ${monitor.pid} .*stop it first`)),
    ]);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).not.toContain('duck-token-1234');
    expect(await settingsText()).toBe(before);

    // A dry run only reads: it works beside the monitor and writes nothing.
    const dry = await runHeadless(['--data-dir', dir, 'ddns-import', '--dry-run', config]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/would import duckdns-myhome\.duckdns\.org/);
    expect(await settingsText()).toBe(before);

    const exited = new Promise<number | null>((r) => monitor.on('exit', r));
    monitor.kill('SIGTERM');
    expect(await exited).toBe(0);
    child = null;

    const ok = await runHeadless(['--data-dir', dir, 'ddns-import', config]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/1 record\(s\) made, 0 refused; imported into/);
    const parsed = parseSettingsText(await settingsText(), 'settings.json', {});
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    expect(parsed.settings.ddns.records.map((r) => r.id)).toEqual(['duckdns-myhome.duckdns.org']);
    // What the settings held is kept, and the folder is free again for the next writer.
    expect(parsed.settings.monitor.intervalSec).toBe(3600);
    const again = await runHeadless(['--data-dir', dir, 'repair']);
    expect(again.code, again.stderr).toBe(0);
  }, 120_000);
});
