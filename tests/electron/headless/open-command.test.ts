/**
 * `ipwatch open` against the real runner (issue 73), both as processes: the CLI asks the runner
 * for a one-time link with its host proof, writes it into DATA_DIR/open-link.html (mode 0600) and
 * hands the browser only that file's path (a stand-in `xdg-open` on PATH records its arguments:
 * other users read a process's arguments, so the key must not be there). The person signed in
 * with the admin token opens the link and adds their Discord server on the Settings page's path;
 * a second opening of the same link fails; the runner's log never holds the key.
 */
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { OPEN_PAGE_FILE } from '../../../electron/headless/open-command';
import { type ApiRunner, startApiRunner } from '../../helpers/api-runner';
import { cleanEnv, runHeadless } from '../../helpers/headless';
import { startWorld, type World } from '../../helpers/world';

const SERVER = '123456789012345678';
let world: World;
let runner: ApiRunner;
let bin: string;

beforeAll(async () => {
  world = await startWorld();
  runner = await startApiRunner({ world });
  // A stand-in browser opener: records the arguments it was given, and opens nothing.
  bin = mkdtempSync(path.join(tmpdir(), 'ipwatch-opener-'));
  writeFileSync(path.join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$@" > "${bin}/args"\n`);
  chmodSync(path.join(bin, 'xdg-open'), 0o755);
}, 60_000);

afterAll(async () => {
  await runner?.stop();
  await world?.close();
});

/** A top-level navigation with this cookie, as a browser opens the link (node:http: fetch() sets Sec-Fetch-Mode itself). */
function navigate(url: string, cookie: string): Promise<{ status: number; location?: string }> {
  const headers = {
    'sec-fetch-mode': 'navigate',
    'sec-fetch-dest': 'document',
    'sec-fetch-site': 'cross-site',
    cookie,
  };
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location }));
      })
      .on('error', reject);
  });
}

describe('ipwatch open', () => {
  it.runIf(process.platform === 'linux')(
    'lets the person at the host add a Discord server from the Settings page, once, and keeps the key private',
    async () => {
      const signIn = await fetch(`${runner.url}/api/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: runner.token }),
      });
      expect(signIn.status).toBe(204);
      const cookie = signIn.headers.getSetCookie()[0]!.split(';')[0]!;
      const settings = async () =>
        (
          (await (await fetch(`${runner.url}/api/v1/settings`, { headers: { cookie } })).json()) as {
            settings: { discord: { guilds: { id: string }[] } };
          }
        ).settings;
      const addServer = async () => {
        const s = await settings();
        return fetch(`${runner.url}/api/v1/settings`, {
          method: 'PUT',
          headers: { cookie, 'content-type': 'application/json' },
          body: JSON.stringify({ settings: { ...s, discord: { ...s.discord, guilds: [{ id: SERVER }] } } }),
        });
      };
      expect((await addServer()).status).toBe(403);

      const port = new URL(runner.url).port;
      const env = cleanEnv({ PATH: `${bin}:${process.env.PATH ?? ''}` });
      const r = await runHeadless(['--data-dir', runner.dataDir, 'open', '--port', port], env);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Opened IPWatch in your browser with a one-time link/);

      const page = path.join(runner.dataDir, OPEN_PAGE_FILE);
      expect(statSync(page).mode & 0o777).toBe(0o600);
      const link = /url=([^"]+)"/.exec(readFileSync(page, 'utf8'))![1]!.replace(/&amp;/g, '&');
      const key = new URL(link).searchParams.get('key')!;
      expect(key).toMatch(/^[\w-]{43}$/);
      // The opener got the file's path, never the key.
      const args = readFileSync(path.join(bin, 'args'), 'utf8');
      expect(args.trim()).toBe(page);
      expect(r.stdout).not.toContain(key);

      const opened = await navigate(link, cookie);
      expect(opened.status).toBe(303);
      expect(opened.location).toBe('/#/settings');
      const added = await addServer();
      expect(added.status, await added.clone().text()).toBe(200);
      expect((await settings()).discord.guilds.map((g) => g.id)).toEqual([SERVER]);

      expect((await navigate(link, cookie)).status).toBe(403);
      expect(runner.stderr()).not.toContain(key);
      expect(runner.stderr()).toMatch(/API listening/);
    },
    60_000,
  );
});
