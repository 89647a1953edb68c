/**
 * settings.yaml and profiles through the real headless runner and its HTTP API (issue 77, "Done
 * when": a commented settings.yaml edited through the API keeps its comments; a profile overrides
 * the base; a wrong value names the file and line). Also: the runner follows an edit of the YAML
 * by hand, a broken or wrong YAML leaves the last good settings running, a profile name that could
 * be a path is refused, and `ipwatch settings convert` works from the command line.
 */
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document, type Scalar, type YAMLMap } from 'yaml';

import type { SettingsView } from '../../../shared/contract/settings';
import { type ApiRunner, startApiRunner } from '../../helpers/api-runner';
import { runHeadless } from '../../helpers/headless';
import { startWorld, type World } from '../../helpers/world';

let world: World;
const folders: string[] = [];
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.close();
  await Promise.all(folders.map((d) => rm(d, { recursive: true, force: true })));
});

async function folder(): Promise<string> {
  const d = await mkdtemp(path.join(tmpdir(), 'ipwatch-yaml-runner-'));
  folders.push(d);
  return d;
}

/** The world's settings as YAML, with comments a person wrote: above the file, a key and a value. */
function commentedYaml(): string {
  const settings = world.settings({ monitor: { ipv6: false, intervalSec: 3600 } });
  const doc = new Document({ ...settings, api: { port: 0 } });
  doc.commentBefore = ' kept by hand: the lab machine';
  (doc.getIn(['monitor', 'intervalSec'], true) as Scalar).comment = ' an hour is enough';
  const monitor = (doc.contents as YAMLMap<Scalar, unknown>).items.find((p) => p.key.value === 'monitor');
  monitor!.key.commentBefore = ' how often, and which families';
  return doc.toString({ lineWidth: 0 });
}

/** Replaces a file as editors do (a new file renamed into place), so the watcher never reads half of one. */
async function replace(file: string, text: string): Promise<void> {
  await writeFile(`${file}.tmp`, text, { mode: 0o600 });
  await rename(`${file}.tmp`, file);
}

/** The next printed line of `type`, after those printed so far. */
function nextLine(runner: ApiRunner, type: string) {
  const from = runner.lines.lines.length;
  return runner.lines.until((l) => l.type === type && runner.lines.lines.indexOf(l) >= from);
}

async function readSettings(runner: ApiRunner): Promise<SettingsView['settings']> {
  const res = await runner.fetch('/api/v1/settings');
  expect(res.status).toBe(200);
  return ((await res.json()) as SettingsView).settings;
}

async function putMonitor(runner: ApiRunner, monitor: Record<string, unknown>): Promise<Response> {
  const settings = await readSettings(runner);
  return runner.fetch('/api/v1/settings', {
    method: 'PUT',
    json: { settings: { ...settings, monitor: { ...(settings.monitor as object), ...monitor } } },
  });
}

const commentLines = (t: string) => t.split('\n').filter((l) => l.includes('#'));

describe('a commented settings.yaml under a running runner', () => {
  it('keeps its comments through an API edit, follows an edit by hand, and keeps the last good settings', async () => {
    const dataDir = await folder();
    const file = path.join(dataDir, 'settings.yaml');
    const before = commentedYaml();
    await writeFile(file, before, { mode: 0o600 });
    const runner = await startApiRunner({ world, dataDir });
    try {
      expect(commentLines(before)).toEqual([
        '# kept by hand: the lab machine',
        '# how often, and which families',
        '  intervalSec: 3600 # an hour is enough',
      ]);
      const put = await putMonitor(runner, { intervalSec: 1800 });
      expect(put.status).toBe(200);
      const written = await readFile(file, 'utf8');
      expect(commentLines(written)).toEqual([
        '# kept by hand: the lab machine',
        '# how often, and which families',
        '  intervalSec: 1800 # an hour is enough',
      ]);
      // Only the changed value moved: the rest of the file is as the person wrote it.
      expect(written).toBe(before.replace('intervalSec: 3600', 'intervalSec: 1800'));

      const applied = nextLine(runner, 'settings-applied');
      await replace(file, written.replace('intervalSec: 1800', 'intervalSec: 900'));
      expect((await applied).live).toContain('monitor.intervalSec');
      expect((await readSettings(runner)).monitor).toMatchObject({ intervalSec: 900 });

      const broken = nextLine(runner, 'settings-error');
      await replace(file, written.replace('intervalSec: 1800', 'intervalSec: [900'));
      expect(String((await broken).errors)).toMatch(/settings\.yaml, line \d+, column \d+: this is not valid YAML/);
      const wrong = nextLine(runner, 'settings-error');
      await replace(file, written.replace('intervalSec: 1800', 'intervalSec: 5'));
      const line = before.split('\n').findIndex((l) => l.includes('intervalSec')) + 1;
      expect(String((await wrong).errors)).toContain(`settings.yaml, line ${line}, column 16: monitor.intervalSec:`);
      // 900 stayed in force: a valid file with 900 and another log level changes the level alone.
      const fixed = nextLine(runner, 'settings-applied');
      await replace(file, `${written.replace('intervalSec: 1800', 'intervalSec: 900')}log:\n  level: debug\n`);
      const outcome = await fixed;
      expect(outcome.live).toContain('log.level');
      expect(outcome.live).not.toContain('monitor.intervalSec');
      expect(runner.child.exitCode).toBeNull();
    } finally {
      await runner.stop(true);
    }
  }, 90_000);
});

describe('a profile', () => {
  const PROFILE = '# the lab profile\nmonitor:\n  intervalSec: 2400 # faster in the lab\n';

  async function withProfile(): Promise<{ dataDir: string; base: string }> {
    const dataDir = await folder();
    const base = commentedYaml();
    await writeFile(path.join(dataDir, 'settings.yaml'), base, { mode: 0o600 });
    await writeFile(path.join(dataDir, 'settings.lab.yaml'), PROFILE, { mode: 0o600 });
    return { dataDir, base };
  }

  it('overrides the base with --profile, and takes the API edits of the fields it sets', async () => {
    const { dataDir, base } = await withProfile();
    const runner = await startApiRunner({ world, dataDir, args: ['--profile', 'lab'] });
    try {
      expect((await readSettings(runner)).monitor).toMatchObject({ intervalSec: 2400, ipv6: false });
      expect(runner.stderr()).toContain(`with the profile "lab" from ${path.join(dataDir, 'settings.lab.yaml')}`);
      const view = (await (await runner.fetch('/api/v1/settings')).json()) as SettingsView;
      expect(view.files).toEqual({ base: 'settings.yaml', profile: { name: 'lab', file: 'settings.lab.yaml' } });
      expect((await putMonitor(runner, { intervalSec: 2500 })).status).toBe(200);
      expect(await readFile(path.join(dataDir, 'settings.lab.yaml'), 'utf8')).toBe(PROFILE.replace('2400', '2500'));
      expect(await readFile(path.join(dataDir, 'settings.yaml'), 'utf8')).toBe(base);
      // The profile's file is followed too: an edit of it by hand applies.
      const applied = nextLine(runner, 'settings-applied');
      await replace(path.join(dataDir, 'settings.lab.yaml'), PROFILE.replace('2400', '2700'));
      expect((await applied).live).toContain('monitor.intervalSec');
      expect((await readSettings(runner)).monitor).toMatchObject({ intervalSec: 2700 });
    } finally {
      await runner.stop(true);
    }
  }, 60_000);

  it('overrides the base with IPWATCH_PROFILE', async () => {
    const { dataDir } = await withProfile();
    const runner = await startApiRunner({ world, dataDir, env: { IPWATCH_PROFILE: 'lab' } });
    try {
      expect((await readSettings(runner)).monitor).toMatchObject({ intervalSec: 2400 });
    } finally {
      await runner.stop(true);
    }
  }, 60_000);

  it('is refused, in words, when its name could be a path', async () => {
    const { dataDir } = await withProfile();
    const r = await runHeadless(['--data-dir', dataDir, '--profile', '../lab', '--once']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the profile name "../lab" is refused: use 1 to 64 letters, digits, - and _');
  }, 30_000);

  it('stops the start with the profile file, line and field of a wrong value', async () => {
    const { dataDir } = await withProfile();
    await writeFile(path.join(dataDir, 'settings.lab.yaml'), PROFILE.replace('2400', '4'), { mode: 0o600 });
    const r = await runHeadless(['--data-dir', dataDir, '--profile', 'lab', '--once']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path.join(dataDir, 'settings.lab.yaml')}, line 3, column 16: monitor.intervalSec:`);
  }, 30_000);
});

describe('ipwatch settings convert', () => {
  it('writes settings.yaml from settings.json, keeps a backup, and refuses a second time in words', async () => {
    const dataDir = await folder();
    await writeFile(path.join(dataDir, 'settings.json'), '{"monitor":{"intervalSec":120}}\n', { mode: 0o600 });
    const first = await runHeadless(['--data-dir', dataDir, 'settings', 'convert']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      `wrote ${path.join(dataDir, 'settings.yaml')} from ${path.join(dataDir, 'settings.json')}`,
    );
    expect(await readFile(path.join(dataDir, 'settings.yaml'), 'utf8')).toMatch(/^monitor:\n {2}intervalSec: 120$/m);
    const status = await runHeadless(['--data-dir', dataDir, 'status']);
    expect(status.stdout).toContain(`settings in force: ${path.join(dataDir, 'settings.yaml')}\n`);
    const again = await runHeadless(['--data-dir', dataDir, 'settings', 'convert']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`there is no ${path.join(dataDir, 'settings.json')} to convert`);
  }, 30_000);
});
