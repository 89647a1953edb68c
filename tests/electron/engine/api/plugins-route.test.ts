/**
 * GET /api/v1/plugins through the real headless runner (issue 77): a data folder whose plugins
 * folder holds real manifest files, as a person puts them there (docs/plugins.md): a channel plugin
 * a channel names, a DNS provider plugin missing a required value, a source plugin whose secret's
 * variable is unset, and a file that is not JSON. The answer says each one's name, kind, hosts,
 * fields and use, and why one cannot be used in the words the log says; no value ever appears in it
 * (a plain one, a secret, or the variable a secret's reference names).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { api as contract } from '../../../../shared/contract';
import type { PluginsReport, PluginView } from '../../../../shared/contract/plugins';
import { type ApiRunner, createTokens, startApiRunner } from '../../../helpers/api-runner';
import { startWorld, type World } from '../../../helpers/world';

const TOKEN_VALUE = 'plugin-token-value-8f2c41';
const TOKEN_VAR = 'IPWATCH_TEST_PLUGIN_TOKEN_VAR';
const UNSET_VAR = 'IPWATCH_TEST_PLUGIN_UNSET_VAR';
const PLAIN_VALUE = 'https://hooks.example.org/plain-path-77d1';
const ZONE_VALUE = 'zone-value-3b9e.test';
/** Nothing of these may reach the answer. */
const NEVER = [TOKEN_VALUE, TOKEN_VAR, UNSET_VAR, PLAIN_VALUE, 'plain-path-77d1', ZONE_VALUE];

let world: World;
let runner: ApiRunner;
let dataDir: string;

function writePlugins(folder: string) {
  mkdirSync(folder, { recursive: true });
  const write = (file: string, m: unknown) =>
    writeFileSync(path.join(folder, file), typeof m === 'string' ? m : JSON.stringify(m));
  const base = { v: 1, command: 'node', args: ['absent.mjs'] };
  write('good-channel.json', {
    ...base,
    kind: 'channel',
    name: 'good-channel',
    settings: { url: { type: 'string', required: true }, token: { type: 'string', required: true, secret: true } },
    hosts: [{ host: 'hooks.example.org', port: 443 }],
    values: { url: PLAIN_VALUE, token: { env: TOKEN_VAR } },
  });
  write('zone-keeper.json', {
    ...base,
    kind: 'ddns',
    name: 'zone-keeper',
    settings: { zone: { type: 'string' }, apiKey: { type: 'string', required: true, secret: true } },
    values: { zone: ZONE_VALUE },
  });
  write('env-source.json', {
    ...base,
    kind: 'source',
    name: 'env-source',
    settings: { key: { type: 'string', secret: true } },
    values: { key: { env: UNSET_VAR } },
  });
  write('broken.json', '{ "v": 1, "kind": ');
}

beforeAll(async () => {
  world = await startWorld();
  dataDir = mkdtempSync(path.join(tmpdir(), 'ipwatch-plugins-api-'));
  writePlugins(path.join(dataDir, 'plugins'));
  const base = world.settings() as Record<string, unknown> & { monitor?: object };
  const settings = {
    ...base,
    monitor: { ...base.monitor, ipv6: false },
    api: { port: 0 },
    notifications: { channels: [{ id: 'mine', type: 'plugin', plugin: 'good-channel', events: ['ipv4-changed'] }] },
  };
  writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify(settings), { mode: 0o600 });
  runner = await startApiRunner({ world, dataDir, env: { [TOKEN_VAR]: TOKEN_VALUE } });
}, 60_000);

afterAll(async () => {
  await runner?.stop();
  await world?.close();
});

const byFile = (r: PluginsReport, file: string): PluginView => {
  const found = r.plugins.find((p) => p.file === file);
  if (!found) throw new Error(`no ${file} in ${JSON.stringify(r)}`);
  return found;
};

describe('GET /api/v1/plugins', () => {
  it('says each manifest as the contract types it, and never a value', async () => {
    const res = await runner.fetch('/api/v1/plugins');
    expect(res.status).toBe(200);
    const text = await res.text();
    for (const v of NEVER) expect(text).not.toContain(v);
    const parsed = contract.getPlugins.output.safeParse(JSON.parse(text));
    if (!parsed.success) throw new Error(`the answer is not the contract's: ${parsed.error.message}`);
    const report = parsed.data;
    expect(report.folder).toBe(path.join(dataDir, 'plugins'));
    expect(report.plugins.map((p) => p.file)).toEqual([
      'broken.json',
      'env-source.json',
      'good-channel.json',
      'zone-keeper.json',
    ]);

    expect(byFile(report, 'good-channel.json')).toEqual({
      file: 'good-channel.json',
      name: 'good-channel',
      kind: 'channel',
      hosts: [{ host: 'hooks.example.org', port: 443, protocol: 'tcp' }],
      fields: [
        { name: 'url', type: 'string', required: true, secret: false, set: true },
        { name: 'token', type: 'string', required: true, secret: true, set: true },
      ],
      usedBy: ['mine'],
      error: null,
      reason: null,
    });

    const missing = byFile(report, 'zone-keeper.json');
    expect(missing.fields).toEqual([
      { name: 'zone', type: 'string', required: false, secret: false, set: true },
      { name: 'apiKey', type: 'string', required: true, secret: true, set: false },
    ]);
    expect(missing.usedBy).toEqual([]);
    expect(missing.reason).toEqual({
      code: 'reason.plugin.manifestField',
      values: { file: 'zone-keeper.json', field: 'values.apiKey', problem: 'missing' },
    });
    expect(missing.error).toBe('zone-keeper.json: values.apiKey is missing');

    const unresolved = byFile(report, 'env-source.json');
    expect(unresolved.reason?.code).toBe('reason.plugin.secretUnresolved');
    expect(unresolved.error).toBe(
      'env-source.json: values.key: the secret’s reference cannot be read (its environment variable is not set)',
    );
    expect(unresolved.usedBy).toEqual([]);

    expect(byFile(report, 'broken.json')).toMatchObject({
      name: null,
      kind: null,
      fields: [],
      error: 'broken.json is not JSON',
      reason: { code: 'reason.plugin.manifestNotJson', values: { file: 'broken.json' } },
    });
  });

  it('the log names the unset variable to the owner; the page is never told it', async () => {
    await expect.poll(() => runner.stderr(), { timeout: 10_000 }).toContain(UNSET_VAR);
    const text = await (await runner.fetch('/api/v1/plugins')).text();
    expect(text).not.toContain(UNSET_VAR);
  });

  it('a viewer may read it, as the settings; no token may not', async () => {
    const [viewer] = await createTokens(runner.dataDir, [['plugins-viewer', 'viewer']]);
    expect((await runner.fetch('/api/v1/plugins', { headers: { authorization: `Bearer ${viewer}` } })).status).toBe(
      200,
    );
    expect((await runner.fetch('/api/v1/settings', { headers: { authorization: `Bearer ${viewer}` } })).status).toBe(
      200,
    );
    expect((await runner.fetch('/api/v1/plugins', { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
  });
});
