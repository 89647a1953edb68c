import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { findPlugin, readPlugins } from '../../../../electron/engine/plugins/load';
import { readManifest } from '../../../../electron/engine/plugins/manifest';
import { english } from '../../../../shared/i18n/translators';
import { reasonWords } from '../../../../shared/words/reason';

const root = mkdtempSync(path.join(tmpdir(), 'ipwatch-plugins-'));
const folder = path.join(root, 'plugins');
mkdirSync(folder);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const base = {
  v: 1,
  kind: 'channel',
  name: 'mine',
  command: 'node',
  args: ['mine.mjs'],
  settings: { url: { type: 'string', required: true }, token: { type: 'string', secret: true } },
  hosts: [{ host: 'hooks.example.org', port: 443 }],
  values: { url: 'https://hooks.example.org/x', token: { env: 'MINE_TOKEN' } },
};
const write = (file: string, body: unknown) =>
  writeFileSync(path.join(folder, file), typeof body === 'string' ? body : JSON.stringify(body));
const words = (r: Parameters<typeof reasonWords>[0]) => reasonWords(r, english);

describe('a plugin manifest', () => {
  it('is read with its defaults, its secret resolved from the secrets module', () => {
    write('mine.json', base);
    const read = readManifest(folder, 'mine.json');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.plugin.manifest).toMatchObject({ kind: 'channel', timeoutMs: 10_000, family: 4 });
    expect(read.plugin.manifest.hosts).toEqual([{ host: 'hooks.example.org', port: 443, protocol: 'tcp' }]);
    const all = readPlugins(folder, { env: { MINE_TOKEN: 's3cret' }, readFile: () => '' });
    const found = findPlugin(all, 'mine', 'channel');
    expect(found.ok && found.plugin.settings).toEqual({ url: 'https://hooks.example.org/x', token: 's3cret' });
    expect(found.ok && found.plugin.secrets).toEqual(['s3cret']);
  });

  // What a wrong manifest is said as: its file, its field, and what is wrong, in words.
  const WRONG: [string, Record<string, unknown>, string][] = [
    ['no command', { command: undefined }, 'bad.json: command is missing'],
    ['a kind it cannot be', { kind: 'printer' }, 'bad.json: kind is not one of the values allowed'],
    ['a field manifests do not have', { shell: true }, 'bad.json: shell is not a field this manifest may have'],
    ['a name with a slash', { name: '../x' }, 'bad.json: name is not written in the form asked for'],
    ['a timeout past the bound', { timeoutMs: 3_600_000 }, 'bad.json: timeoutMs is too large or too long'],
    [
      'a host with a path',
      { hosts: [{ host: 'a.org/x', port: 1 }] },
      'bad.json: hosts.0.host is not written in the form',
    ],
    [
      'a secret written out',
      { values: { url: 'https://h.example/x', token: 'plain' } },
      'bad.json: values.token is a secret: give it as an env or file reference',
    ],
    [
      'a reference in a field not marked secret',
      { values: { url: { env: 'X' } } },
      'bad.json: values.url is a reference, but the manifest does not mark this setting secret',
    ],
    ['a required value missing', { values: {} }, 'bad.json: values.url is missing'],
    ['a value of the wrong type', { values: { url: 7 } }, 'bad.json: values.url has the wrong type'],
    ['a value for no setting', { values: { url: 'x', colour: 'red' } }, 'bad.json: values.colour is not a field'],
  ];
  it.each(WRONG)('with %s is left out, said naming the file and the field', (_, change, said) => {
    write('bad.json', { ...base, name: 'bad', ...change });
    const all = readPlugins(folder, { env: { MINE_TOKEN: 't' }, readFile: () => '' });
    const skipped = all.skipped.find((s) => s.file === 'bad.json');
    expect(skipped && words(skipped.reason)).toContain(said);
    // The others are kept.
    expect(all.plugins.map((p) => p.manifest.name)).toContain('mine');
    rmSync(path.join(folder, 'bad.json'));
  });

  it('that is not JSON, or too large, is said so', () => {
    write('broken.json', '{ "v": 1,');
    const broken = readManifest(folder, 'broken.json');
    expect(!broken.ok && words(broken.reason)).toBe('broken.json is not JSON');
    write('huge.json', ' '.repeat(70 * 1024));
    const huge = readManifest(folder, 'huge.json');
    expect(!huge.ok && words(huge.reason)).toBe('huge.json is larger than 64 KB, too large for a manifest');
    rmSync(path.join(folder, 'broken.json'));
    rmSync(path.join(folder, 'huge.json'));
  });

  it('outside the plugins folder is refused: a path up, an absolute path, a link that leads out', () => {
    writeFileSync(path.join(root, 'outside.json'), JSON.stringify({ ...base, name: 'outside' }));
    symlinkSync(path.join(root, 'outside.json'), path.join(folder, 'link.json'));
    for (const name of ['../outside.json', path.join(root, 'outside.json'), 'link.json', 'missing.json']) {
      const read = readManifest(folder, name);
      expect(read.ok, name).toBe(false);
      expect(!read.ok && read.reason.code, name).toBe('reason.plugin.outsideFolder');
    }
    const all = readPlugins(folder, { env: { MINE_TOKEN: 't' }, readFile: () => '' });
    expect(all.plugins.map((p) => p.manifest.name)).not.toContain('outside');
    expect(all.skipped.map((s) => s.reason.code)).toContain('reason.plugin.outsideFolder');
    rmSync(path.join(folder, 'link.json'));
  });

  it('of a name another has already is left out, and a name asked of the wrong kind is said', () => {
    write('zz-mine-again.json', base);
    const all = readPlugins(folder, { env: { MINE_TOKEN: 't' }, readFile: () => '' });
    expect(all.skipped.map((s) => words(s.reason))).toContain(
      'zz-mine-again.json is skipped: another manifest already names the plugin mine',
    );
    const wrong = findPlugin(all, 'mine', 'ddns');
    expect(!wrong.ok && words(wrong.reason)).toBe('the plugin mine is not a DNS provider');
    const none = findPlugin(all, 'nobody', 'source');
    expect(!none.ok && words(none.reason)).toBe('no plugin named nobody is in the plugins folder');
    rmSync(path.join(folder, 'zz-mine-again.json'));
  });

  it('whose secret reference is not set is left out, naming the file, the field and the reference', () => {
    const all = readPlugins(folder, { env: {}, readFile: () => '' });
    const skipped = all.skipped.find((s) => s.file === 'mine.json');
    expect(skipped?.reason.code).toBe('reason.secret.unresolved');
    expect(skipped && words(skipped.reason)).toContain('mine.json: values.token');
    expect(skipped && words(skipped.reason)).toContain('MINE_TOKEN');
  });
});
