/**
 * `ipwatch status` through the real CLI: beside a runner serving the LAN over HTTPS it prints the
 * certificate's SHA-256 fingerprint, the one the runner printed and its certificate holds, and
 * that the runner answers; without a runner, the certificate still, and that none answers; with
 * api.allowPlainHttp, the warning (issue 50).
 *
 * Issue 75: the runner is found by its data folder (DATA_DIR/runner.json), not by the settings'
 * port: a runner given another port in its own environment is found from a shell without that
 * variable, named by folder, address and pid; `--port` only overrides; a runner killed without a
 * clean stop, and no runner at all, are said in words.
 */
import { X509Certificate } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { RUNNER_FILE } from '../../../electron/engine/api/host-proof/host-proof';
import { english } from '../../../shared/i18n/translators';
import { plainHttpWords } from '../../../shared/words/serving';
import { type ApiRunner, startApiRunner } from '../../helpers/api-runner';
import { cleanEnv, runHeadless } from '../../helpers/headless';
import { startWorld, type World } from '../../helpers/world';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** The settings' api part as the runner had it (the helpers switch the API off unless asked). */
const env = cleanEnv({ IPWATCH_API: 'on' });
let world: World;
let runner: ApiRunner;

beforeAll(async () => {
  world = await startWorld();
}, 60_000);

afterAll(async () => {
  await runner?.stop();
  await world?.close();
});

describe('ipwatch status', () => {
  it("prints the served certificate's fingerprint and the runner's health, then the same without a runner", async () => {
    const port = await freePort();
    runner = await startApiRunner({ world, settings: { api: { port, lan: true } } });
    const printed = await runner.lines.until((l) => l.type === 'api', 5000);
    const cert = new X509Certificate(readFileSync(path.join(runner.dataDir, 'tls', 'cert.pem')));
    expect(String(printed.certificate)).toContain(cert.fingerprint256);

    const running = await runHeadless(['--data-dir', runner.dataDir, 'status'], env);
    expect(running.code, running.stderr).toBe(0);
    expect(running.stdout).toContain(`Certificate (made by IPWatch) SHA-256: ${cert.fingerprint256}`);
    expect(running.stdout).toMatch(new RegExp(`dashboard and API: https://[^:]+:${port} `));
    expect(running.stdout).toMatch(/runner: running, IPWatch \d+\.\d+\.\d+, /);
    expect(running.stdout).not.toContain(plainHttpWords(english));

    // With a token it says the runner's memory as the dashboard's chart and the bot's /status do (shared/words/memory.ts).
    const told = await runHeadless(['--data-dir', runner.dataDir, 'status'], {
      ...env,
      IPWATCH_API_TOKEN: runner.token,
    });
    expect(told.code, told.stderr).toBe(0);
    expect(told.stdout).toMatch(
      /\nmemory: RSS over the .+ sampled: now \d+\.\d MB, highest \d+\.\d MB\. Bound: \d+\.\d MB: .+\.\n/,
    );
    expect(running.stdout).not.toContain('memory: ');
    // And each Discord bot's state, as the bot's /status says it (shared/words/bots.ts): this runner has none.
    expect(told.stdout).toContain('\ndiscord bot: off\n');
    expect(running.stdout).not.toContain('discord bot');

    await runner.stop(true);
    const settingsFile = path.join(runner.dataDir, 'settings.json');
    const settings = JSON.parse(readFileSync(settingsFile, 'utf8')) as { api: Record<string, unknown> };
    writeFileSync(settingsFile, JSON.stringify({ ...settings, api: { ...settings.api, allowPlainHttp: true } }));
    const stopped = await runHeadless(['--data-dir', runner.dataDir, 'status'], env);
    expect(stopped.code, stopped.stderr).toBe(0);
    expect(stopped.stdout).toContain(cert.fingerprint256);
    expect(stopped.stdout).toContain(plainHttpWords(english));
    expect(stopped.stdout).toContain(`runner: no runner of ${runner.dataDir} runs\n`);
  }, 120_000);

  it('finds the runner of its data folder on the port the runner was given, IPWATCH_API_PORT unset', async () => {
    const [settingsPort, runnerPort] = [await freePort(), await freePort()];
    expect(settingsPort).not.toBe(runnerPort);
    // The settings say one port; the runner was started with IPWATCH_API_PORT saying another.
    const r = await startApiRunner({
      world,
      settings: { api: { port: settingsPort } },
      env: { IPWATCH_API_PORT: String(runnerPort) },
    });
    try {
      const dir = r.dataDir;
      const pid = r.child.pid!;
      expect(statSync(path.join(dir, RUNNER_FILE)).mode & 0o777).toBe(0o600);
      const named = `the runner of ${dir} at 127.0.0.1:${runnerPort} (pid ${pid})`;
      const status = await runHeadless(['--data-dir', dir, 'status'], env);
      expect(status.code, status.stderr).toBe(0);
      expect(status.stdout).toContain(`dashboard and API: http://127.0.0.1:${runnerPort} (this machine only)`);
      expect(status.stdout).toMatch(
        new RegExp(`runner: running, IPWatch \\d+\\.\\d+\\.\\d+, [^\\n]*: ${escape(named)}\\n`),
      );

      const json = await runHeadless(['--data-dir', dir, '--json', 'status'], env);
      expect(json.code, json.stderr).toBe(0);
      expect(JSON.parse(json.stdout)).toMatchObject({
        running: true,
        dataDir: dir,
        address: `127.0.0.1:${runnerPort}`,
        pid,
      });

      // --port overrides; what listens there is not this folder's runner, and the folder's port is named.
      const wrong = await runHeadless(['--data-dir', dir, 'status', '--port', String(settingsPort)], env);
      expect(wrong.stdout).toContain(
        `runner: nothing answers on 127.0.0.1:${settingsPort} (given by --port: nothing listens there); the runner of ${dir} says it listens on 127.0.0.1:${runnerPort}\n`,
      );
      // The CLI's own IPWATCH_API_PORT overrides too, and is named as what gave the port.
      const byEnv = await runHeadless(['--data-dir', dir, 'status'], { ...env, IPWATCH_API_PORT: String(runnerPort) });
      expect(byEnv.stdout).toContain(`: ${named}, port given by IPWATCH_API_PORT\n`);

      // Killed without a clean stop: its files stay behind, and the CLI says it is gone, not "not answering".
      r.child.kill('SIGKILL');
      await r.stop(true);
      const gone = await runHeadless(['--data-dir', dir, 'status'], env);
      expect(gone.stdout).toContain(
        `runner: no runner of ${dir} runs: the last one (pid ${pid}, 127.0.0.1:${runnerPort}) stopped without a clean stop\n`,
      );
      const api = await runHeadless(['--data-dir', dir, 'api', 'GET', '/api/v1/status'], {
        ...env,
        IPWATCH_API_TOKEN: r.token,
      });
      expect(api.code).toBe(1);
      expect(api.stderr).toContain(`no runner of ${dir} runs: the last one (pid ${pid}`);
    } finally {
      await r.stop();
    }
  }, 120_000);
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
