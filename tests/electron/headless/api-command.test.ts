/**
 * `ipwatch api` sends its token only to the runner of its data folder (issue 58), as a process:
 * - against another program on the runner's port (the runner stopped, its host-proof file left
 *   by a crash), that program never receives the token or the proof, and the CLI says why;
 * - against a listener there that answers 302 to a second local listener, neither receives them;
 * - against the real runner answering 302 (the Discord sign-in's start), the redirect is not
 *   followed: the second listener gets no request, and the CLI says why in words.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { type NotifyFake, startNotifyFake } from '../../fakes/notify-http';
import { type RawHttp, startRawHttp } from '../../fakes/raw-http';
import { type ApiRunner, startApiRunner } from '../../helpers/api-runner';
import { cleanEnv, runHeadless } from '../../helpers/headless';
import { startWorld, type World } from '../../helpers/world';

const TOKEN = 'ipw_the-admin-token-that-must-stay-home-0123456789';
const PROOF = 'a-host-proof-left-behind-by-a-crashed-runner-0123';

const cli = (dataDir: string, port: number, p = '/api/v1/status') =>
  runHeadless(['--data-dir', dataDir, 'api', 'GET', p, '--port', String(port)], cleanEnv({ IPWATCH_API_TOKEN: TOKEN }));

/** Everything a listener received, as text: heads of raw requests, or the fake's recorded requests. */
const received = (fake: NotifyFake) => fake.requests.map((r) => JSON.stringify(r)).join('\n');

describe('another program on the runner port', () => {
  let dir: string;
  let second: NotifyFake;
  let first: RawHttp | undefined;
  let impostor: NotifyFake | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-api-cli-'));
    // A runner that was killed leaves its proof behind: whatever takes its port next must not get it.
    writeFileSync(path.join(dir, 'host-proof'), `${PROOF}\n`, { mode: 0o600 });
    // A data folder, as a runner's is: a folder without IPWatch data is refused before any runner is looked for.
    writeFileSync(path.join(dir, 'settings.json'), '{}\n', { mode: 0o600 });
    second = await startNotifyFake();
  });
  afterEach(async () => {
    await first?.close();
    await impostor?.close();
  });
  afterAll(async () => {
    await second.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('that answers like a runner never receives the token or the proof', async () => {
    impostor = await startNotifyFake({ okBody: '{"answer":"I am the runner, trust me"}' });
    const r = await cli(dir, impostor.port);
    expect(impostor.requests.length).toBeGreaterThan(0);
    expect(received(impostor)).not.toContain(TOKEN);
    expect(received(impostor)).not.toContain(PROOF);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is not the runner of .*: its answer to the host-proof challenge is wrong/);
    expect(r.stderr).toContain('the token was not sent');
  });

  it('that answers 302 to a second listener: neither receives the token or the proof', async () => {
    first = await startRawHttp((ex) =>
      ex.end(`HTTP/1.1 302 Found\r\nLocation: ${second.url}/caught\r\nContent-Length: 0\r\n\r\n`),
    );
    const r = await cli(dir, first.port);
    expect(received(second)).not.toContain(TOKEN);
    expect(received(second)).not.toContain(PROOF);
    const heads = first.requests.map((x) => x.head).join('\n');
    expect(heads).not.toContain(TOKEN);
    expect(heads).not.toContain(PROOF);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/did not answer the host-proof challenge \(HTTP 302\); the token was not sent/);
  });
});

describe('the real runner answering 302', () => {
  let world: World;
  let runner: ApiRunner;
  let discord: NotifyFake;
  beforeAll(async () => {
    world = await startWorld();
    discord = await startNotifyFake();
    runner = await startApiRunner({
      world,
      settings: {
        api: {
          signIn: {
            discord: { clientId: '555555555555555555', secret: 'sign-in-s3cret', admins: ['111111111111111111'] },
          },
        },
        discord: { apiBase: `${discord.url}/api` },
      },
    });
  }, 60_000);
  afterAll(async () => {
    await runner?.stop();
    await discord?.close();
    await world?.close();
  });

  it('is not followed: the second listener gets nothing, and the CLI says why', async () => {
    const port = Number(new URL(runner.url).port);
    const r = await runHeadless(
      ['--data-dir', runner.dataDir, 'api', 'GET', '/api/v1/session/discord', '--port', String(port)],
      cleanEnv({ IPWATCH_API_TOKEN: runner.token }),
    );
    expect(discord.requests).toEqual([]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /GET \/api\/v1\/session\/discord: the runner answered 302, a redirect to http:\/\/127\.0\.0\.1:\d+\/api\/oauth2\/authorize/,
    );
    expect(r.stderr).toContain('ipwatch api follows no redirect, so the token went nowhere else');
    expect(discord.requests).toEqual([]);
  });

  it('still answers a request once the runner proved itself', async () => {
    const port = Number(new URL(runner.url).port);
    const r = await runHeadless(
      ['--data-dir', runner.dataDir, 'api', 'GET', '/api/v1/status', '--port', String(port)],
      cleanEnv({ IPWATCH_API_TOKEN: runner.token }),
    );
    // Which runner answered, on stderr (issue 75), and the answer alone on stdout.
    expect(r.stderr).toBe(
      `ipwatch: asked the runner of ${runner.dataDir} at 127.0.0.1:${port} (pid ${runner.child.pid}), port given by --port\n`,
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('families');
  });
});
