/**
 * One offline check, one cause, at every door (issue 75): the built runner at default settings in
 * a network namespace with no way out (tests/helpers/netns.ts: loopback and a veth pair up, no
 * address, no route), until each family's first two checks have failed and the outage opened.
 * The API's status and recent events, the CLI on this host (`ipwatch api GET /api/v1/status`,
 * given the data folder: its port is the settings' default, as the runner's), Activity's lines
 * and the dashboard's banner and cards (the pure functions the pages render the API's words
 * with, in English, German and Indonesian), and the runner's log all name the same cause: no
 * source could be reached. None says the sources did not agree, gives typo advice for a
 * built-in, or says "no IPv6". Two failed checks a family suffice: each check's cause comes from
 * what its requests met, and in a namespace with no route no request can meet a reply. Needs
 * root and iproute2 (skipped otherwise, naming them, unless IPWATCH_REQUIRE_PEERS=1).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { activityLines } from '../../../renderer/src/pages/activity-lines';
import type { RecentEvent } from '../../../shared/contract/events';
import { familyNote, healthOf } from '../../../shared/health';
import { english, translator } from '../../../shared/i18n/translators';
import type { EngineStatus } from '../../../shared/types';
import { causeWords, offlineLine } from '../../../shared/words/check-cause';
import { cleanEnv, runnerCommand } from '../../helpers/headless';
import { createNetns, type Netns, netnsSupport } from '../../helpers/netns';
import { until } from '../../helpers/until';

const run = promisify(execFile);
const support = netnsSupport();
const LANGUAGES = [english, translator('de'), translator('id')] as const;
/** What no door may say of this check, in the three languages. */
const UNTRUE = [
  /did not agree|disagree|nicht einig|tidak sepakat/i,
  /typos|Tippfehler|salah ketik/i,
  /no IPv6|kein IPv6|tidak punya IPv6/i,
];

type Status = EngineStatus & { health: { reason: string; detail: string } };

let ns: Netns;
let dir: string;
let runner: ChildProcess;
let log = '';
let token = '';

/** GET `pathname` of the runner's API from inside the namespace (the token in the environment, never an argument). */
async function api<T>(pathname: string): Promise<T> {
  const script = `fetch('http://127.0.0.1:8787${pathname}',{headers:{authorization:'Bearer '+process.env.T}}).then(async r=>{if(!r.ok)throw new Error(r.status+' '+await r.text());process.stdout.write(await r.text())})`;
  const x = ns.exec([process.execPath, '-e', script]);
  const { stdout } = await run(x.command, x.args, { env: { ...cleanEnv(), T: token }, timeout: 10_000 });
  return JSON.parse(stdout) as T;
}

const checkLines = (family: 4 | 6) => log.split('\n').filter((l) => l.includes(` check IPv${family} `));

describe.skipIf(support.skip)(
  `one offline check, one cause everywhere${support.why ? ` (${support.why})` : ''}`,
  () => {
    beforeAll(async () => {
      ns = createNetns('cause');
      dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-offline-cause-'));
      const x = ns.exec([process.execPath, ...runnerCommand(), '--data-dir', dir]);
      // Default settings: the API on (its default port, in the namespace's own loopback).
      runner = spawn(x.command, x.args, { env: cleanEnv({ IPWATCH_API: 'on' }), stdio: ['ignore', 'pipe', 'pipe'] });
      runner.stdout!.on('data', (d: Buffer) => (log += d.toString()));
      runner.stderr!.on('data', (d: Buffer) => (log += d.toString()));
      await until(() => log.includes('dashboard and API at'), { timeoutMs: 30_000, what: 'the API listening' });
      token = (await readFile(path.join(dir, 'api-token'), 'utf8')).trim();
      // The outage, then a second failed check of each family: the log writes a check only when its
      // result changes (readable-log.ts), so the second is read from the API's last check.
      await until(() => log.includes(' OFFLINE '), { timeoutMs: 60_000, what: 'the outage', everyMs: 100 }).catch(
        (err: unknown) => {
          throw new Error(`${String(err)}\nlog:\n${log}`);
        },
      );
      const first = await api<Status>('/api/v1/status');
      const at = (st: Status, f: 'v4' | 'v6') => st.families[f].lastCheck?.at ?? 0;
      let later: Status = first;
      await until(
        async () => {
          later = await api<Status>('/api/v1/status');
          return at(later, 'v4') > at(first, 'v4') && at(later, 'v6') > at(first, 'v6');
        },
        { timeoutMs: 90_000, what: 'a second failed check of each family', everyMs: 500 },
      );
    }, 180_000);

    afterAll(async () => {
      runner?.kill('SIGTERM');
      if (runner && runner.exitCode === null) await new Promise((r) => runner.once('exit', r));
      ns?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('the API, the CLI, Activity, the dashboard and the log name one cause, in three languages', async () => {
      const status = await api<Status>('/api/v1/status');
      const network = causeWords('network', english);
      expect(status.online).toBe(false);
      expect(status.families.v4.lastCheck?.cause).toBe('network');
      expect(status.families.v6.lastCheck?.cause).toBe('network');
      expect(status.health.reason).toBe(network);
      expect(status.health.detail).toBe(offlineLine('network', english));

      // The CLI on this host, given the data folder: the same status, the same cause.
      const cli = ns.exec([process.execPath, ...runnerCommand(), '--data-dir', dir, 'api', 'GET', '/api/v1/status']);
      const { stdout } = await run(cli.command, cli.args, {
        env: cleanEnv({ IPWATCH_API_TOKEN: token }),
        timeout: 20_000,
      });
      const fromCli = JSON.parse(stdout) as Status;
      expect(fromCli.health.reason).toBe(network);
      expect(fromCli.families.v6.lastCheck?.cause).toBe('network');
      // `ipwatch status --json`, given only the data folder (the runner found by its runner.json).
      const st = ns.exec([process.execPath, ...runnerCommand(), '--data-dir', dir, '--json', 'status']);
      const asked = await run(st.command, st.args, { env: cleanEnv({ IPWATCH_API_TOKEN: token }), timeout: 20_000 });
      const report = JSON.parse(asked.stdout) as { running: boolean; health?: { reason: string; detail: string } };
      expect(report.running).toBe(true);
      expect(report.health).toMatchObject({ reason: network, detail: offlineLine('network', english) });

      // Activity: the history's events, each said in the reader's language.
      const { items } = await api<{ items: RecentEvent[] }>('/api/v1/recent-events?limit=100');
      const offline = items.find((e) => e.type === 'offline');
      expect(offline).toMatchObject({ cause: network, reason: { code: 'reason.cause.network' } });
      const said: string[] = [status.health.reason, status.health.detail, log];
      for (const words of LANGUAGES) {
        const cause = causeWords('network', words);
        const lines = activityLines(items, [], words).map((l) => l.text);
        expect(lines.filter((l) => l.includes(cause))).toHaveLength(1); // the outage
        // The dashboard's banner and both cards, from the API's status.
        const health = healthOf(status, words);
        expect(health.reason).toBe(cause);
        for (const f of [status.families.v4, status.families.v6]) expect(familyNote(f, words)).toContain(cause);
        said.push(...lines, health.reason, health.detail, familyNote(status.families.v6, words)!);
      }

      // The log: the outage and every check of both families say that cause.
      expect(log).toContain(` OFFLINE ${network}`);
      for (const family of [4, 6] as const)
        for (const line of checkLines(family)) expect(line).toContain(`unavailable: ${network}`);
      for (const text of said) for (const re of UNTRUE) expect(text).not.toMatch(re);
    });
  },
);
