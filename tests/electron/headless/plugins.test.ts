/**
 * The plugins end to end: the real examples of docs/plugins/examples, copied into the data
 * folder's plugins folder as a user would, run by the real headless runner against local
 * stand-ins for what they call: the example source asks a local HTTP echo (tests/fakes/http-echo.ts)
 * and takes part in the quorum as its own provider; the example channel posts each notice, through
 * the outbox, to a local HTTP sink (tests/fakes/notify-http.ts); the example DNS provider keeps
 * records at a local fake API (tests/fakes/plugin-dns-api.ts), sending nothing for one already
 * right and switched off, with its reason in words, for one the API refuses. Beside them a source
 * plugin that never answers is stopped at its bound, with what it started, while the runner goes
 * on; and `ipwatch egress` lists every plugin's declared hosts.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DdnsRecordStatus } from '../../../shared/contract/ddns';
import type { Attempt } from '../../../shared/types';
import { type NotifyFake, startNotifyFake } from '../../fakes/notify-http';
import { type PluginDnsApi, startPluginDnsApi } from '../../fakes/plugin-dns-api';
import { cleanEnv, jsonLines, runHeadless, spawnHeadless, writeSettingsFile } from '../../helpers/headless';
import { seeded } from '../../helpers/random';
import { until } from '../../helpers/until';
import { startWorld, type World } from '../../helpers/world';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const EXAMPLES = path.join(ROOT, 'docs/plugins/examples');
const A4 = '81.2.69.142';
const A6 = '2a02:1:2:3::5';
const { bytes } = seeded('plugins end to end');
const CHANNEL_TOKEN = bytes(16).toString('hex');
const DNS_KEY = bytes(16).toString('hex');

/** A source plugin that starts a grandchild, says both pids, and never answers. */
const HANG = `import { spawn } from 'node:child_process';
import { renameSync, writeFileSync } from 'node:fs';
const child = spawn('sleep', ['600'], { stdio: 'ignore' });
writeFileSync('hang.pids.tmp', JSON.stringify([process.pid, child.pid]));
renameSync('hang.pids.tmp', 'hang.pids');
setInterval(() => {}, 1000);
`;

let world: World;
let sink: NotifyFake;
let api: PluginDnsApi;
let dir: string;
let plugins: string;

const manifestOf = (name: string, values: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
  const m = JSON.parse(readFileSync(path.join(EXAMPLES, `${name}.json`), 'utf8')) as Record<string, unknown>;
  // The user's copy: its program by this machine's node, its values and hosts pointing at the stand-ins.
  return { ...m, command: process.execPath, values: { ...(m.values as object), ...values }, ...extra };
};
const hostOf = (url: string) => ({ host: new URL(url).hostname, port: Number(new URL(url).port) });

beforeAll(async () => {
  world = await startWorld(A4, A6);
  sink = await startNotifyFake();
  api = await startPluginDnsApi(DNS_KEY);
  api.records.set(`same.example.test/A`, A4);
  api.locked.add('locked.example.test');
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-plugins-e2e-'));
  plugins = path.join(dir, 'plugins');
  mkdirSync(path.join(plugins, 'examples'), { recursive: true });
  for (const f of ['example-source.mjs', 'example-channel.mjs', 'example-dns.mjs'])
    copyFileSync(path.join(EXAMPLES, f), path.join(plugins, 'examples', f));
  const write = (name: string, m: unknown) => writeFileSync(path.join(plugins, `${name}.json`), JSON.stringify(m));
  const echo = world.v4.http[1]!.url;
  write('example-source', manifestOf('example-source', { url: `${echo}/` }, { hosts: [hostOf(echo)] }));
  write('example-channel', manifestOf('example-channel', { url: `${sink.url}/hook` }, { hosts: [hostOf(sink.url)] }));
  write('example-dns', manifestOf('example-dns', { api: api.url }, { hosts: [hostOf(api.url)] }));
  writeFileSync(path.join(plugins, 'hang.mjs'), HANG);
  write('hang', {
    v: 1,
    kind: 'source',
    name: 'hang',
    command: process.execPath,
    args: ['hang.mjs'],
    timeoutMs: 1000,
    family: 6,
  });
  const own = world.sources.filter((s) => s.kind === 'http' && s.id.startsWith('http0-'));
  const record = (id: string, name: string) => ({ id, provider: 'plugin', plugin: 'example-dns', name, type: 'A' });
  await writeSettingsFile(
    dir,
    JSON.stringify({
      ...world.settings({ monitor: { quorum: 2 } }),
      // One echo of each family of your own: the quorum of 2 needs the plugin source (v4) and the hanging one (v6).
      sources: { builtIn: false, custom: own },
      notifications: { channels: [{ id: 'mine', type: 'plugin', plugin: 'example-channel' }] },
      ddns: {
        records: [
          record('home', 'home.example.test'),
          record('same', 'same.example.test'),
          record('locked', 'locked.example.test'),
        ],
      },
    }),
  );
}, 30_000);
afterAll(async () => {
  await Promise.all([world?.close(), sink?.close(), api?.close()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

const env = () => cleanEnv({ EXAMPLE_CHANNEL_TOKEN: CHANNEL_TOKEN, EXAMPLE_DNS_KEY: DNS_KEY });

describe('plugins in the runner', () => {
  it('a source in the quorum, a channel through the outbox, a DNS provider through the keeper; a hang stopped', async () => {
    const child = spawnHeadless(['--data-dir', dir, '--json'], env());
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const out = jsonLines(child);
    const check = (family: number) => (l: Record<string, unknown>) => l.type === 'check' && l.family === family;
    const attempt = (l: Record<string, unknown>, id: string) =>
      (l.attempts as Attempt[]).find((a) => a.sourceId === id);
    const record = (l: Record<string, unknown>, id: string) =>
      l.type === 'ddns' ? (l.records as DdnsRecordStatus[]).find((r) => r.id === id) : undefined;
    try {
      // The plugin source answered, as its own provider, and the quorum of two confirmed the address.
      const v4 = await out.until(check(4), 20_000);
      expect(v4).toMatchObject({ ip: A4 });
      expect(attempt(v4, 'plugin-example-source')).toMatchObject({ ok: true, ip: A4, kind: 'plugin' });
      expect(world.v4.http[1]!.requests).toBeGreaterThan(0);

      // The hanging one was stopped at its 1 s bound, and said so in words.
      const v6 = await out.until(check(6), 20_000);
      const hang = attempt(v6, 'plugin-hang');
      expect(hang).toMatchObject({ ok: false, kind: 'plugin' });
      expect(hang?.error).toContain('the plugin hang gave no answer within 1 s and was stopped');
      expect(hang?.errorCode).toMatchObject({ code: 'reason.plugin.timedOut', values: { name: 'hang' } });
      const pids = JSON.parse(readFileSync(path.join(plugins, 'hang.pids'), 'utf8')) as number[];
      await until(() => !pids.some(alive), { what: 'the hanging plugin and its grandchild to be gone' });

      // The channel's plugin posted the change notice to the sink, with its own secret.
      await sink.waitFor((reqs) => reqs.some((r) => r.path === '/hook'), 20_000);
      const posted = sink.requests.find((r) => r.path === '/hook')!;
      expect(posted.headers.authorization).toBe(`Bearer ${CHANNEL_TOKEN}`);
      expect(JSON.parse(posted.body)).toMatchObject({ kind: expect.any(String), title: expect.any(String) });

      // The DNS plugin set the record, sent nothing for the one already right, and the refused one is stopped.
      await until(() => api.puts.some((p) => p.name === 'home.example.test'), {
        timeoutMs: 20_000,
        what: 'the update',
      });
      expect(api.puts.find((p) => p.name === 'home.example.test')).toMatchObject({ type: 'A', content: A4 });
      const locked = await out.until((l) => record(l, 'locked')?.state === 'stopped', 20_000);
      expect(record(locked, 'locked')?.why).toContain('the plugin example-dns said: “the API refused the key (403)”');
      // Asked, found right, nothing sent: the record is known to hold the address all the same.
      await out.until((l) => record(l, 'same')?.holds === A4, 20_000);
      expect(api.requests.some((r) => r.method === 'GET' && r.path.includes('same.example.test'))).toBe(true);
      expect(api.puts.filter((p) => p.name === 'same.example.test')).toEqual([]);
      await out.until((l) => record(l, 'home')?.holds === A4, 20_000);
      // The runner is still checking: it answers and nothing of it crashed.
      expect(child.exitCode).toBeNull();
      expect(stderr).not.toContain(DNS_KEY);
      expect(stderr).not.toContain(CHANNEL_TOKEN);
    } catch (err) {
      throw new Error(`${String(err)}\nstderr: ${stderr}`);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }, 60_000);

  it('ipwatch notify-test sends through the channel plugin, and says its failure in words', async () => {
    const tests = () => sink.requests.filter((r) => r.path === '/hook' && r.body.includes('"kind":"test"'));
    const ok = await runHeadless(['--data-dir', dir, 'notify-test', 'mine'], env());
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('test notification sent through "mine"');
    expect(tests()).toHaveLength(1);
    expect(tests()[0]!.headers.authorization).toBe(`Bearer ${CHANNEL_TOKEN}`);
    // A sink that refuses: the plugin says so, and says a retry will not help.
    sink.setFault({ mode: 'status', status: 400 });
    try {
      const refused = await runHeadless(['--data-dir', dir, 'notify-test', 'mine'], env());
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('the plugin example-channel said: “the webhook answered 400”');
    } finally {
      sink.setFault({ mode: 'ok' });
    }
  }, 30_000);

  it('ipwatch egress lists the hosts each plugin declares', async () => {
    const r = await runHeadless(['--data-dir', dir, 'egress', '--json'], env());
    expect(r.code, r.stderr).toBe(0);
    const declared = (
      JSON.parse(r.stdout) as { declared: { id: string; host: string; port: number; purpose: string }[] }
    ).declared;
    const ofPlugins = declared.filter((d) => d.purpose === 'plugin').map((d) => [d.id, d.host, d.port]);
    expect(ofPlugins).toEqual(
      expect.arrayContaining([
        ['plugin:example-source:1', '127.0.0.1', hostOf(world.v4.http[1]!.url).port],
        ['plugin:example-channel:1', '127.0.0.1', sink.port],
        ['plugin:example-dns:1', '127.0.0.1', hostOf(api.url).port],
      ]),
    );
  }, 30_000);
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
