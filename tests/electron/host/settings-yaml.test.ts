/**
 * settings.yaml and profiles through the real files of a data folder (electron/host/settings-source.ts,
 * settings-doc.ts, settings-write.ts, settings-convert.ts): which file is in force, every edit the
 * engine makes keeps a YAML file's comments and order, a profile merges over the base and takes
 * the edits of the fields it sets, errors name the file, the line and the field, a profile name
 * cannot be a path, and `settings convert` round-trips and refuses to overwrite.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { convertSettings } from '../../../electron/host/settings-convert';
import { loadSettingsFile } from '../../../electron/host/settings-file';
import { profileName } from '../../../electron/host/settings-source';
import { upgradeSettingsFile } from '../../../electron/host/settings-upgrade';
import { editSettingsFile } from '../../../electron/host/settings-write';
import { parseSettings, SETTINGS_VERSION } from '../../../shared/settings';
import { propertyRun } from '../../helpers/properties';
import { editedDefaults } from '../../helpers/settings-arbitraries';

const COMMENTED = `# My IPWatch, kept by hand
monitor:
  # five minutes is enough on this line
  intervalSec: 300 # slow on purpose
  ipv6: false
log:
  level: info # say what happens
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-yaml-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const put = (name: string, text: string) => writeFile(path.join(dir, name), text, { mode: 0o600 });
const text = (name: string) => readFile(path.join(dir, name), 'utf8');
const commentLines = (t: string) => t.split('\n').filter((l) => l.includes('#'));

describe('settings.yaml in force', () => {
  it('is read, and wins over settings.json, which is named as ignored', async () => {
    await put('settings.yaml', COMMENTED);
    await put('settings.json', '{"monitor":{"intervalSec":60}}');
    const loaded = await loadSettingsFile(dir, {});
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.settings.monitor.intervalSec).toBe(300);
    expect(loaded.source.base).toBe(path.join(dir, 'settings.yaml'));
    expect(loaded.warnings.join('\n')).toContain(`${path.join(dir, 'settings.json')} is ignored`);
  });

  it('keeps every comment and the order of its keys through an edit the engine makes', async () => {
    await put('settings.yaml', COMMENTED);
    await editSettingsFile(dir, {}, (raw) => {
      (raw.monitor as Record<string, unknown>).intervalSec = 120;
      raw.api = { port: 9999 };
    });
    const after = await text('settings.yaml');
    expect(commentLines(after)).toEqual([
      '# My IPWatch, kept by hand',
      '  # five minutes is enough on this line',
      '  intervalSec: 120 # slow on purpose',
      '  level: info # say what happens',
    ]);
    expect(after.indexOf('monitor:')).toBeLessThan(after.indexOf('log:'));
    expect(after.indexOf('log:')).toBeLessThan(after.indexOf('api:'));
    expect((await stat(path.join(dir, 'settings.yaml'))).mode & 0o777).toBe(0o600);
  });

  it('names the file, the line and the field of a wrong value, and of broken YAML', async () => {
    await put('settings.yaml', COMMENTED.replace('intervalSec: 300', 'intervalSec: 5'));
    const wrong = await loadSettingsFile(dir, {});
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.errors[0]).toMatch(/settings\.yaml, line 4, column 16: monitor\.intervalSec: /);
    await put('settings.yaml', COMMENTED.replace('ipv6: false', 'ipv6: [false'));
    const broken = await loadSettingsFile(dir, {});
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]).toMatch(/settings\.yaml, line \d+, column \d+: this is not valid YAML \(/);
  });

  it('upgrades an older settings.yaml in place, its comments kept and the old text beside it', async () => {
    await put('settings.yaml', `version: 1\n${COMMENTED}`);
    const u = await upgradeSettingsFile(dir, {});
    expect(u.upgraded).toBe(true);
    expect(await text('settings.v1.yaml')).toBe(`version: 1\n${COMMENTED}`);
    const after = await text('settings.yaml');
    expect(after).toMatch(new RegExp(`^version: ${SETTINGS_VERSION}$`, 'm'));
    expect(commentLines(after)).toEqual(commentLines(COMMENTED));
  });
});

describe('a profile', () => {
  it('merges over the base, and takes the edits of the fields it sets', async () => {
    await put('settings.yaml', COMMENTED);
    await put('settings.lab.yaml', '# the lab\nmonitor:\n  intervalSec: 30 # fast in the lab\n');
    const loaded = await loadSettingsFile(dir, {}, 'lab');
    expect(loaded.ok && loaded.settings.monitor).toMatchObject({ intervalSec: 30, ipv6: false });
    await editSettingsFile(dir, { IPWATCH_PROFILE: 'lab' }, (raw) => {
      (raw.monitor as Record<string, unknown>).intervalSec = 45;
      (raw.log as Record<string, unknown>).level = 'debug';
    });
    expect(await text('settings.lab.yaml')).toBe('# the lab\nmonitor:\n  intervalSec: 45 # fast in the lab\n');
    expect(await text('settings.yaml')).toBe(COMMENTED.replace('level: info', 'level: debug'));
  });

  it('names the profile file and its line when its value is wrong', async () => {
    await put('settings.yaml', COMMENTED);
    await put('settings.lab.yaml', 'monitor:\n  intervalSec: 3\n');
    const loaded = await loadSettingsFile(dir, { IPWATCH_PROFILE: 'lab' });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors[0]).toMatch(/settings\.lab\.yaml, line 2, column 16: monitor\.intervalSec: /);
  });

  it.each(['../settings', 'a/b', '..', 'x y', '', 'ä', 'a'.repeat(65), 'lab\0x'])(
    'refuses the name %j as a path trick (or takes it as none when empty)',
    (name) => {
      const r = profileName({}, name);
      if (name === '') expect(r).toEqual({ ok: true, name: null });
      else expect(r.ok === false && r.errors[0]).toMatch(/the profile name .* is refused: use 1 to 64 letters/);
    },
  );

  it('is refused at load, naming the file it needs, when it has none', async () => {
    await put('settings.yaml', COMMENTED);
    const loaded = await loadSettingsFile(dir, {}, 'nowhere');
    expect(loaded.ok === false && loaded.errors[0]).toContain(`create ${path.join(dir, 'settings.nowhere.yaml')}`);
  });
});

describe('settings convert', () => {
  it('refuses to overwrite a target without force, keeps the source as a backup and writes owner-only', async () => {
    await put('settings.json', '{"monitor":{"intervalSec":90}}\n');
    await put('settings.yaml', 'monitor: {}\n');
    const refused = await convertSettings({ dataDir: dir, to: 'yaml', profile: null, force: false });
    expect(refused).toEqual({
      ok: false,
      error: `${path.join(dir, 'settings.yaml')} exists already; add --force to replace it`,
    });
    expect(await text('settings.yaml')).toBe('monitor: {}\n');
    const done = await convertSettings({ dataDir: dir, to: 'yaml', profile: null, force: true });
    expect(done).toMatchObject({ ok: true, backup: path.join(dir, 'settings.json.bak') });
    expect(existsSync(path.join(dir, 'settings.json'))).toBe(false);
    expect(await text('settings.json.bak')).toBe('{"monitor":{"intervalSec":90}}\n');
    const yaml = await text('settings.yaml');
    expect(yaml).toMatch(/^# IPWatch settings/);
    expect(yaml).toMatch(/^# Monitoring: .*\nmonitor:\n {2}intervalSec: 90$/m);
    expect((await stat(path.join(dir, 'settings.yaml'))).mode & 0o777).toBe(0o600);
  });

  it('json -> yaml -> json gives the same settings', async () => {
    let valid = 0;
    await fc.assert(
      fc.asyncProperty(editedDefaults(), async (raw) => {
        const expected = parseSettings(raw);
        if (!expected.ok) return;
        valid++;
        const d = await mkdtemp(path.join(tmpdir(), 'ipwatch-convert-'));
        try {
          await writeFile(path.join(d, 'settings.json'), JSON.stringify(raw), { mode: 0o600 });
          expect(await convertSettings({ dataDir: d, to: 'yaml', profile: null, force: false })).toMatchObject({
            ok: true,
          });
          const viaYaml = await loadSettingsFile(d, {});
          expect(viaYaml.ok && viaYaml.settings).toEqual(expected.settings);
          expect(await convertSettings({ dataDir: d, to: 'json', profile: null, force: false })).toMatchObject({
            ok: true,
          });
          const back = JSON.parse(await readFile(path.join(d, 'settings.json'), 'utf8')) as unknown;
          expect(back).toEqual(raw);
        } finally {
          await rm(d, { recursive: true, force: true });
        }
      }),
      propertyRun('settings convert round trip', 60),
    );
    expect(valid).toBeGreaterThan(0);
  }, 60_000);
});
