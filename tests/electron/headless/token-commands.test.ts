/**
 * `ipwatch token create|list|revoke|rotate` as a process (issue 50), beside a running runner:
 * the CLI writes api-tokens.json, the runner takes the change (a new token works at its first
 * request, a revoked or rotated one stops within the runner's 2 s poll), the audit log names
 * the CLI, and bad arguments end with one line and exit code 2.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import type { ApiRunner } from '../../helpers/api-runner';
import { afterAskedRunner } from '../../helpers/asked-runner';
import { cleanEnv, runHeadless } from '../../helpers/headless';
import { runnerPerFile } from '../../helpers/runner-per-file';
import { until } from '../../helpers/until';

let runner: ApiRunner;
runnerPerFile((r) => (runner = r));

const token = (...args: string[]) => runHeadless(['--data-dir', runner.dataDir, 'token', ...args]);
const status = (value: string) =>
  runner.fetch('/api/v1/status', { headers: { authorization: `Bearer ${value}` } }).then((r) => r.status);
const shown = (stdout: string) => /^(ipw_[\w-]{43})$/m.exec(stdout)?.[1] ?? '';

describe('ipwatch token, while the runner runs', () => {
  it('create shows the value once; it works at once with its role; list shows it and its last use', async () => {
    const made = await token('create', '--name', 'grafana', '--role', 'viewer');
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/^created token grafana \(viewer, id t[0-9a-f]{10}\)$/m);
    const value = shown(made.stdout);
    expect(value).not.toBe('');
    expect(await status(value)).toBe(200);
    const pause = await runner.fetch('/api/v1/pause', {
      method: 'POST',
      headers: { authorization: `Bearer ${value}` },
    });
    expect(pause.status).toBe(403);

    const list = await token('list');
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^ID\s+NAME\s+ROLE\s+CREATED\s+LAST USED$/m);
    expect(list.stdout).toMatch(/^t[0-9a-f]{10}\s+admin\s+admin\s+\S+Z\s+(never|\S+Z)$/m);
    expect(list.stdout).toMatch(/^t[0-9a-f]{10}\s+grafana\s+viewer\s+\S+Z\s+(never|\S+Z)$/m);
    expect(list.stdout).not.toContain(value);
  });

  it('rotate gives a new value and the old one stops; revoke ends it; the audit log names the CLI', async () => {
    const made = await token('create', '--name', 'ha', '--role', 'metrics', '--json');
    const first = JSON.parse(made.stdout) as { id: string; value: string; role: string };
    expect(first.role).toBe('metrics');
    expect(await status(first.value)).toBe(403); // a metrics token reads no status

    const rotated = await token('rotate', 'ha');
    expect(rotated.code).toBe(0);
    const second = shown(rotated.stdout);
    expect(second).not.toBe(first.value);
    await until(async () => (await status(first.value)) === 401, { what: 'the old value refused' });
    expect(await status(second)).toBe(403);

    const revoked = await token('revoke', first.id);
    expect(revoked.stdout).toMatch(/^revoked token ha \(metrics, id /m);
    await until(async () => (await status(second)) === 401, { what: 'the revoked token refused' });

    const audit = (await (await runner.fetch('/api/v1/audit?limit=100')).json()) as {
      items: { actor: string; action: string; detail: string; reason?: unknown }[];
    };
    const cli = audit.items.filter((r) => r.actor === 'cli (on this host)');
    const rows = cli.map((r) => `${r.action} ${r.detail}`);
    expect(rows).toEqual(
      expect.arrayContaining([
        `token.create ha (metrics, ${first.id})`,
        `token.rotate ha (metrics, ${first.id})`,
        `token.revoke ha (metrics, ${first.id})`,
      ]),
    );
    // Each kept as a code with its values, said in the reader's language (issue 75).
    const coded = { code: 'reason.audit.token', values: { name: 'ha', role: 'metrics', id: first.id } };
    for (const r of cli.filter((x) => x.action.startsWith('token.') && x.detail.startsWith('ha ')))
      expect(r.reason, r.action).toEqual(coded);
  });

  it('refuses bad arguments with one line and exit code 2, changing nothing', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['create', '--name', 'x', '--role', 'root'],
        /argument 'root' is invalid\. Allowed choices are admin, viewer, metrics/,
      ],
      [['create', '--role', 'viewer'], /required option '--name <name>' not specified/],
      [['create', '--name', 'has space', '--role', 'viewer'], /bad token name "has space"/],
      [['create', '--name', 'grafana', '--role', 'admin'], /a token named "grafana" exists/],
      [['revoke', 'nobody'], /no token "nobody"; the tokens are: admin \(t[0-9a-f]{10}\), grafana/],
      [['rotate'], /missing required argument/],
    ];
    for (const [args, words] of cases) {
      const r = await token(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(words);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(await status(runner.token)).toBe(200);
  });
});

describe('ipwatch token create, three at once', () => {
  it('keeps all three (one change of the file at a time)', async () => {
    const names = ['one', 'two', 'three'];
    const runs = await Promise.all(names.map((n) => token('create', '--name', n, '--role', 'metrics')));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const list = JSON.parse((await token('list', '--json')).stdout) as { name: string }[];
    expect(list.map((t) => t.name)).toEqual(expect.arrayContaining(names));
    for (const r of runs) expect(await status(shown(r.stdout))).toBe(403); // metrics tokens, known to the runner
  });
});

describe('ipwatch api: an admin token from the CLI on this host', () => {
  const settingsWithHook = async (program: string) => {
    const view = (await (await runner.fetch('/api/v1/settings')).json()) as { settings: Record<string, unknown> };
    const file = path.join(runner.dataDir, `edit-${program.replace(/\W/g, '')}.json`);
    writeFileSync(
      file,
      JSON.stringify({ settings: { ...view.settings, hook: { ...(view.settings.hook as object), program } } }),
    );
    return file;
  };
  const viaCli = (value: string, file: string) =>
    runHeadless(
      [
        '--data-dir',
        runner.dataDir,
        'api',
        'PUT',
        '/api/v1/settings',
        '--data',
        `@${file}`,
        '--port',
        new URL(runner.url).port,
      ],
      cleanEnv({ IPWATCH_API_TOKEN: value }),
    );
  const hookProgram = async () =>
    ((await (await runner.fetch('/api/v1/settings')).json()) as { settings: { hook: { program: string } } }).settings
      .hook.program;

  it('may change the hook program, which the same token over HTTP alone may not', async () => {
    const admin = shown((await token('create', '--name', 'ops', '--role', 'admin')).stdout);
    const overHttp = await runner.fetch('/api/v1/settings', {
      method: 'PUT',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: readFileSync(await settingsWithHook('/bin/echo'), 'utf8'),
    });
    expect(overHttp.status).toBe(403);
    expect(await hookProgram()).toBe('');

    const r = await viaCli(admin, await settingsWithHook('/bin/true'));
    expect(afterAskedRunner(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true });
    expect(await hookProgram()).toBe('/bin/true');
  });

  it("refuses a viewer's token in one line naming the role (exit 1), and a missing token (exit 2)", async () => {
    const viewer = shown((await token('create', '--name', 'watcher', '--role', 'viewer')).stdout);
    const r = await viaCli(viewer, await settingsWithHook('/bin/false'));
    expect(r.code).toBe(1);
    expect(afterAskedRunner(r.stderr)).toMatch(
      /^ipwatch: PUT \/api\/v1\/settings: 403 a viewer reads everything and changes nothing/,
    );
    expect(await hookProgram()).toBe('/bin/true');
    const none = await viaCli('', await settingsWithHook('/bin/false'));
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/set IPWATCH_API_TOKEN to an API token/);
  });
});

describe('ipwatch token list, after the runner stopped', () => {
  it('shows when each token was last used (kept by the runner at its stop, not at every request)', async () => {
    await runner.stop(true);
    const list = await token('list', '--json');
    expect(list.code).toBe(0);
    const rows = JSON.parse(list.stdout) as { name: string; lastUsedAt: number | null }[];
    const byName = Object.fromEntries(rows.map((r) => [r.name, r.lastUsedAt]));
    // The first admin token signed every request of the runner's helper; grafana was used once.
    expect(byName.admin).toEqual(expect.any(Number));
    expect(byName.grafana).toEqual(expect.any(Number));
    expect(byName.grafana!).toBeLessThanOrEqual(byName.admin!);
  });
});
