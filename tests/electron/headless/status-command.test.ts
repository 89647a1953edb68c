/**
 * `ipwatch status` through the real CLI: beside a runner serving the LAN over HTTPS it prints the
 * certificate's SHA-256 fingerprint, the one the runner printed and its certificate holds, and
 * that the runner answers; without a runner, the certificate still, and that none answers; with
 * api.allowPlainHttp, the warning (issue 50).
 */
import { X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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

    await runner.stop(true);
    const settingsFile = path.join(runner.dataDir, 'settings.json');
    const settings = JSON.parse(readFileSync(settingsFile, 'utf8')) as { api: Record<string, unknown> };
    writeFileSync(settingsFile, JSON.stringify({ ...settings, api: { ...settings.api, allowPlainHttp: true } }));
    const stopped = await runHeadless(['--data-dir', runner.dataDir, 'status'], env);
    expect(stopped.code, stopped.stderr).toBe(0);
    expect(stopped.stdout).toContain(cert.fingerprint256);
    expect(stopped.stdout).toContain(plainHttpWords(english));
    expect(stopped.stdout).toContain(`runner: not answering at http://127.0.0.1:${port}/healthz`);
  }, 120_000);
});
