/**
 * A headless runner's Settings page, through the API's real way to settings.json
 * (settings-api.ts, reload.ts) and the secret files around it (secret-files.ts), on real files in
 * a temp data folder: a typed secret leaves settings.json for DATA_DIR/secrets/<name>, readable by
 * its owner only in a folder only its owner enters (mended when it was not), an unrelated edit
 * moves nothing, and a refused or failed write leaves every secret and settings.json as they were,
 * saying why in words. The runtime is the one method the reloader calls of it (Runtime.updateSettings).
 */
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { systemClock } from '../../../electron/engine/clock';
import { createLogger } from '../../../electron/engine/logger';
import { createRedactor } from '../../../electron/engine/secrets/redact';
import { type HistoryStore, openHistoryStore } from '../../../electron/engine/store';
import { createReloader } from '../../../electron/host/reload';
import { SECRETS_DIR, fileSecretsAccess } from '../../../electron/host/secret-files';
import { createSettingsAccess } from '../../../electron/host/settings-api';
import { settingsPath } from '../../../electron/host/settings-file';
import { ApiError } from '../../../shared/contract';
import type { Settings } from '../../../shared/settings';
import { settingsFrom } from '../../helpers/engine';
import { writeSettingsFile } from '../../helpers/headless';

const TOKEN = 'a-typed-api-token-0123456789';
const OTHER = 'another-api-token-9876543210';

let dir: string;
let store: HistoryStore;
const applied: Settings[] = [];
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-secrets-'));
  store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger: createLogger('t') });
  applied.length = 0;
  await writeSettingsFile(dir, `${JSON.stringify({ monitor: { intervalSec: 60 } }, null, 2)}\n`);
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

function access(env: NodeJS.ProcessEnv = {}) {
  const file = settingsPath(dir);
  const reloader = createReloader(
    {
      file,
      env,
      runtime: { updateSettings: async (s: Settings) => void applied.push(s) },
      store,
      logger: createLogger('t', { level: 'error', sink: () => undefined }),
      logConfig: { level: 'error', sink: () => undefined },
      print: () => undefined,
      redactor: createRedactor(),
    },
    settingsFrom({ monitor: { intervalSec: 60 } }),
  );
  return fileSecretsAccess(createSettingsAccess(dir, env, reloader), dir);
}

const secretFile = (name: string) => path.join(dir, SECRETS_DIR, name);
const mode = async (p: string) => (await stat(p)).mode & 0o777;
const onDisk = async () => JSON.parse(await readFile(settingsPath(dir), 'utf8')) as Record<string, unknown>;
const withToken = (s: Settings, token: Settings['api']['token']): Settings => ({ ...s, api: { ...s.api, token } });

describe('fileSecretsAccess', () => {
  it('moves a typed secret into its own 0600 file in a 0700 folder; settings.json keeps the reference', async () => {
    const a = access();
    const { settings } = await a.read();
    expect(await a.write(withToken(settings, TOKEN), 'api')).toMatchObject({ ok: true });
    expect(await readFile(secretFile('api.token'), 'utf8')).toBe(TOKEN);
    expect(await mode(secretFile('api.token'))).toBe(0o600);
    expect(await mode(path.join(dir, SECRETS_DIR))).toBe(0o700);
    expect(await readFile(settingsPath(dir), 'utf8')).not.toContain(TOKEN);
    expect((await onDisk()).api).toMatchObject({ token: { file: secretFile('api.token') } });
    expect(applied.at(-1)?.api.token).toEqual({ file: secretFile('api.token') });
  });

  it('mends a secrets folder and a secret file others could read', async () => {
    await mkdir(path.join(dir, SECRETS_DIR), { mode: 0o755 });
    await chmod(path.join(dir, SECRETS_DIR), 0o755);
    await writeFile(secretFile('api.token'), 'an old token, readable by all', { mode: 0o644 });
    const a = access();
    const { settings } = await a.read();
    expect(await a.write(withToken(settings, TOKEN), 'api')).toMatchObject({ ok: true });
    expect(await mode(path.join(dir, SECRETS_DIR))).toBe(0o700);
    expect(await mode(secretFile('api.token'))).toBe(0o600);
    expect(await readFile(secretFile('api.token'), 'utf8')).toBe(TOKEN);
  });

  it('moves nothing on an unrelated edit, and leaves a secret put in settings.json by hand there', async () => {
    await writeSettingsFile(dir, JSON.stringify({ monitor: { intervalSec: 60 }, api: { token: TOKEN } }));
    const a = access();
    const { settings } = await a.read();
    const edited = { ...settings, monitor: { ...settings.monitor, intervalSec: 120 } };
    expect(await a.write(edited, 'api')).toMatchObject({ ok: true });
    expect(await onDisk()).toMatchObject({ api: { token: TOKEN }, monitor: { intervalSec: 120 } });
    await expect(readdir(path.join(dir, SECRETS_DIR))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a refused write puts each secret file back as it was: the old text, or no file', async () => {
    const a = access();
    const { settings } = await a.read();
    expect(await a.write(withToken(settings, TOKEN), 'api')).toMatchObject({ ok: true });
    const before = await readFile(settingsPath(dir), 'utf8');
    // A new token for the API and a first one for a webhook, in an edit the schema refuses.
    const refused = {
      ...withToken(settings, OTHER),
      monitor: { ...settings.monitor, intervalSec: -1 },
      notifications: {
        ...settings.notifications,
        channels: [
          { id: 'hook', type: 'webhook', url: 'https://example.test/h', headers: { Authorization: 'Bearer x' } },
        ],
      },
    } as unknown as Settings;
    const outcome = await a.write(refused, 'api');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.join('\n')).toMatch(/intervalSec/);
    expect(outcome.errors.join('\n')).not.toContain(OTHER);
    expect(await readFile(secretFile('api.token'), 'utf8')).toBe(TOKEN);
    expect((await readdir(path.join(dir, SECRETS_DIR))).sort()).toEqual(['api.token']);
    expect(await readFile(settingsPath(dir), 'utf8')).toBe(before);
  });

  it('says in words when the secrets cannot be stored, and changes nothing', async () => {
    // A file where the secrets folder goes: the folder cannot be made.
    await writeFile(path.join(dir, SECRETS_DIR), 'not a folder');
    const before = await readFile(settingsPath(dir), 'utf8');
    const a = access();
    const { settings } = await a.read();
    const outcome = await a.write(withToken(settings, TOKEN), 'api');
    expect(outcome).toEqual({ ok: false, errors: [expect.stringMatching(/^\(root\): secrets not stored: \S/)] });
    expect(JSON.stringify(outcome)).not.toContain(TOKEN);
    expect(await readFile(settingsPath(dir), 'utf8')).toBe(before);
    expect(applied).toEqual([]);
  });
});

describe('createSettingsAccess', () => {
  it('refuses to read a settings.json that is not valid now, saying which file and why (409)', async () => {
    await writeSettingsFile(dir, '{ "monitor": { "intervalSec": "soon" } }');
    const err = await access()
      .read()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 409, message: expect.stringContaining('is not valid now; fix it first') });
    expect((err as Error).message).toMatch(/intervalSec/);
  });

  it('refuses to read a settings.json that is not JSON, in words', async () => {
    await writeSettingsFile(dir, '{ "monitor": ');
    await expect(access().read()).rejects.toMatchObject({ status: 409 });
  });

  it('names the fields the environment sets (a set, non-empty variable only)', async () => {
    const { envOverrides } = await access({ IPWATCH_INTERVAL_SEC: '90', IPWATCH_QUORUM: '' }).read();
    expect(envOverrides).toEqual(['monitor.intervalSec']);
  });

  it('refuses a write the environment makes invalid, its words without the file name, and writes nothing', async () => {
    const before = await readFile(settingsPath(dir), 'utf8');
    const a = access({ IPWATCH_INTERVAL_SEC: 'often' });
    const { settings } = await access().read();
    const outcome = await a.write({ ...settings, monitor: { ...settings.monitor, intervalSec: 30 } }, 'api');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.length).toBeGreaterThan(0);
    for (const e of outcome.errors) expect(e).not.toContain(settingsPath(dir));
    expect(await readFile(settingsPath(dir), 'utf8')).toBe(before);
  });
});
