/**
 * settings.json as people really write it: saved with a byte-order mark, nested absurdly
 * deep, with channels that cannot work. Each gets a clear answer, at start-up and while
 * running, and the runner never dies of it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { jsonLines, runHeadless, spawnHeadless, writeSettingsFile } from '../../helpers/headless';
import { until } from '../../helpers/until';
import { startWorld, type World } from '../../helpers/world';

const A4 = '81.2.69.142';

let world: World;
let dir: string;
beforeEach(async () => {
  world = await startWorld(A4);
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-input-'));
});
afterEach(async () => {
  await world.close();
  await rm(dir, { recursive: true, force: true });
});

const file = () => path.join(dir, 'settings.json');
const v4only = () => world.settings({ monitor: { ipv6: false } });
/** A settings object with a value nested `depth` arrays deep (about 2 bytes a level). */
const deeplyNested = (depth: number) => `{"monitor":{"intervalSec":60},"x":${'['.repeat(depth)}${']'.repeat(depth)}}`;

describe('settings.json input', () => {
  it('accepts a file saved with a UTF-8 byte-order mark', async () => {
    await writeFile(file(), `\uFEFF${JSON.stringify(v4only(), null, 2)}`);
    const r = await runHeadless(['--data-dir', dir, '--once', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(A4);
  });

  it('refuses a file nested 5,000 levels deep at start-up: exit 2, the file named, no crash', async () => {
    await writeFile(file(), deeplyNested(5000));
    const r = await runHeadless(['--data-dir', dir, '--once']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(file());
    expect(r.stderr).toMatch(/nested more than 64 levels deep/);
    expect(r.stderr).not.toMatch(/RangeError|Maximum call stack/);
  });

  it('a duplicate channel id is a settings error: exit 2, the field named', async () => {
    await writeFile(
      file(),
      JSON.stringify({
        ...v4only(),
        notifications: {
          channels: [
            { id: 'ops', type: 'desktop' },
            { id: 'ops', type: 'slack', url: 'https://hooks.slack.com/services/T/B/X' },
          ],
        },
      }),
    );
    const r = await runHeadless(['--data-dir', dir, '--once']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('notifications.channels.1.id: duplicate channel id "ops"');
  });

  it('--once says why each bad channel is off (bad URL, unknown type) and still checks', async () => {
    await writeFile(
      file(),
      JSON.stringify({
        ...v4only(),
        notifications: {
          channels: [
            { id: 'hook', type: 'webhook', url: 'not a url' },
            { id: 'pager', type: 'pagerduty' },
          ],
        },
      }),
    );
    const r = await runHeadless(['--data-dir', dir, '--once', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('notification channel "hook" is off: url: expected an http:// or https:// URL');
    expect(r.stderr).toContain('notification channel "pager" is off: unknown channel type "pagerduty"');
  });

  it('a deeply nested edit while running is rejected, the runner lives on and takes the next good edit', async () => {
    await writeFile(file(), JSON.stringify(world.settings({ monitor: { ipv6: false, intervalSec: 10 } })));
    const child = spawnHeadless(['--data-dir', dir, '--json']);
    const out = jsonLines(child);
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    try {
      await out.until((l) => l.type === 'check');
      await writeSettingsFile(dir, deeplyNested(20_000));
      const err = await out.until((l) => l.type === 'settings-error');
      expect(JSON.stringify(err)).toContain('nested more than 64 levels deep');
      expect(JSON.stringify(err)).toContain(file());

      const next = {
        ...world.settings({ monitor: { ipv6: false, intervalSec: 11 } }),
        history: { backupsKeep: 3 },
        notifications: { channels: [{ id: 'hook', type: 'webhook', url: 'nope' }] },
      };
      await writeSettingsFile(dir, `\uFEFF${JSON.stringify(next)}`);
      const ok = await out.until((l) => l.type === 'settings-applied');
      expect(ok).toMatchObject({
        live: ['monitor.intervalSec', 'notifications.channels'],
        restart: ['history.backupsKeep'],
      });
      // A channel the edit switched off is named with its reason, as at start-up.
      await until(() => stderr.includes('notification channel "hook" is off: url:'), { what: 'channel warning' });
      expect(child.exitCode).toBeNull();
      expect(stderr).not.toMatch(/RangeError|Maximum call stack/);
      const exited = new Promise<number | null>((r) => child.on('exit', r));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      const audit = await runHeadless(['--data-dir', dir, 'audit', '--json']);
      expect(audit.code, audit.stderr).toBe(0);
      const rows = (JSON.parse(audit.stdout) as { result: string; detail: string }[]).map((e) => [e.result, e.detail]);
      expect(rows).toEqual([
        ['applied', 'live: monitor.intervalSec, notifications.channels; after restart: history.backupsKeep'],
        ['rejected', expect.stringContaining('nested more than 64 levels deep')],
      ]);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);
});
