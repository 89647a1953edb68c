/**
 * `ipwatch ddns-import <config.json>`: a ddns-updater config.json (entries shaped as
 * qdm12/ddns-updater's docs/<provider>.md show them) with each supported provider and some that
 * cannot move, imported into a data folder's settings.json through the validated settings write.
 * The runner itself is run once (the command's wiring and exit codes); the rest calls the
 * command's function with the same folder layout.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { importDdnsConfig } from '../../../electron/headless/ddns-import-command';
import { parseSettingsText } from '../../../electron/host/settings-file';
import { cleanEnv, runHeadless } from '../../helpers/headless';

const ZONE_ID = '0123456789abcdef0123456789abcdef';
const CONFIG = {
  settings: [
    {
      provider: 'cloudflare',
      zone_identifier: ZONE_ID,
      domain: 'home.example.com',
      ttl: 600,
      token: 'cf-token-1234',
      ip_version: 'ipv4',
    },
    { provider: 'noip', domain: 'example.net', owner: 'home', username: 'user', password: 'noip-pass' },
    { provider: 'dyn', domain: 'dyn.example.org', username: 'user', client_key: 'dyn-key-1234', ip_version: 'ipv6' },
    { provider: 'dynu', domain: 'me.dynu.net', username: 'dynuser', password: 'dynu-pass', ip_version: 'ipv4' },
    { provider: 'duckdns', domain: 'myhome.duckdns.org', token: 'duck-token-1234', ip_version: 'ipv4' },
    { provider: 'desec', domain: 'myhome.dedyn.io', token: 'desec-token-1234', ip_version: 'ipv6' },
    { provider: 'nosuchdns', domain: 'x.example.com', key: 'k', secret: 's' },
    { provider: 'cloudflare', zone_identifier: ZONE_ID, domain: 'y.example.com', email: 'a@b.c', key: 'global-key' },
    { provider: 'noip', domain: 'bad name.example.net', username: 'user', password: 'p', ip_version: 'ipv4' },
  ],
};
const SECRETS = ['cf-token-1234', 'noip-pass', 'dyn-key-1234', 'dynu-pass', 'duck-token-1234', 'desec-token-1234'];

let dir: string;
let config: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-ddns-import-'));
  config = path.join(dir, 'config.json');
  await writeFile(config, JSON.stringify(CONFIG, null, 2));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function run(dryRun = false, file = config) {
  const lines: string[] = [];
  const code = await importDdnsConfig({ dataDir: dir, env: {}, config: file, dryRun, out: (l) => lines.push(l) });
  return { code, lines };
}

const settingsOf = async () => {
  const text = await readFile(path.join(dir, 'settings.json'), 'utf8');
  const parsed = parseSettingsText(text, 'settings.json', {});
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return { text, settings: parsed.settings };
};

describe('ddns-import', () => {
  it('writes each supported record into valid settings (0600), one line per record and per refusal', async () => {
    const { code, lines } = await run();
    expect(code).toBe(0);
    const { text, settings } = await settingsOf();
    expect(settings.ddns.records.map((r) => [r.id, r.provider, r.type])).toEqual([
      ['cloudflare-home.example.com', 'cloudflare', 'A'],
      ['noip-home.example.net-a', 'noip', 'A'],
      ['noip-home.example.net-aaaa', 'noip', 'AAAA'],
      ['dyn-dyn.example.org', 'dyn', 'AAAA'],
      ['dynu-me.dynu.net', 'dynu', 'A'],
      ['duckdns-myhome.duckdns.org', 'duckdns', 'A'],
      ['desec-myhome.dedyn.io', 'desec', 'AAAA'],
    ]);
    expect(settings.ddns.records.find((r) => r.id === 'dynu-me.dynu.net')).toMatchObject({
      server: 'https://api.dynu.com',
      username: 'dynuser',
      password: 'dynu-pass',
    });
    expect(text).toContain('cf-token-1234');
    if (process.platform !== 'win32') expect((await stat(path.join(dir, 'settings.json'))).mode & 0o777).toBe(0o600);
    expect(lines.filter((l) => l.startsWith('imported '))).toHaveLength(7);
    expect(lines).toContain('imported cloudflare-home.example.com: cloudflare A home.example.com');
    const refused = lines.filter((l) => l.startsWith('refused '));
    expect(refused).toHaveLength(3);
    expect(refused[0]).toMatch(/nosuchdns.*not one IPWatch keeps in step/);
    expect(refused[1]).toMatch(/y\.example\.com.*only an API token/);
    expect(refused[2]).toMatch(/bad name\.example\.net.*hostname: expected a DNS name/);
    expect(lines.at(-1)).toMatch(/^7 record\(s\) made, 3 refused; imported into .*settings\.json$/);
    // Not one secret on the screen.
    for (const s of SECRETS) expect(lines.join('\n')).not.toContain(s);
  });

  it('keeps what the settings held, and a second import adds nothing and exits 1', async () => {
    await writeFile(path.join(dir, 'settings.json'), JSON.stringify({ monitor: { intervalSec: 120 } }), {
      mode: 0o600,
    });
    expect((await run()).code).toBe(0);
    const before = await settingsOf();
    expect(before.settings.monitor.intervalSec).toBe(120);
    const again = await run();
    expect(again.code).toBe(1);
    expect(again.lines.filter((l) => /already in the settings/.test(l))).toHaveLength(7);
    expect((await settingsOf()).text).toBe(before.text);
  });

  it('--dry-run prints the same and writes nothing', async () => {
    const { code, lines } = await run(true);
    expect(code).toBe(0);
    expect(lines.filter((l) => l.startsWith('would import '))).toHaveLength(7);
    expect(lines.at(-1)).toMatch(/dry run: nothing written/);
    await expect(stat(path.join(dir, 'settings.json'))).rejects.toThrow(/ENOENT/);
  });

  it('refuses an invalid settings file and a config that is not JSON, changing nothing', async () => {
    const bad = '{"monitor": {"intervalSec": "often"}}';
    await writeFile(path.join(dir, 'settings.json'), bad);
    await expect(run()).rejects.toThrow(/invalid settings, nothing was changed/);
    expect(await readFile(path.join(dir, 'settings.json'), 'utf8')).toBe(bad);
    await writeFile(config, '{"settings": [');
    await expect(run()).rejects.toThrow(/is neither JSON nor YAML/);
  });

  it('runs from the runner: exit 0 with records, 1 with none (a config without any supported entry)', async () => {
    const ok = await runHeadless(['--data-dir', dir, 'ddns-import', config], cleanEnv());
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/7 record\(s\) made/);
    const none = path.join(dir, 'none.json');
    await writeFile(none, JSON.stringify({ settings: [CONFIG.settings[6]] }));
    const refused = await runHeadless(['--data-dir', dir, 'ddns-import', '--dry-run', none], cleanEnv());
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/^refused settings\[0\] \(nosuchdns x\.example\.com\)/m);
    const missing = await runHeadless(['--data-dir', dir, 'ddns-import', path.join(dir, 'nope.json')], cleanEnv());
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^ipwatch: .*nope\.json cannot be read/);
  }, 120_000);
});
