import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  keepPrivate,
  MAX_DEPTH,
  nestingBeyond,
  parseSettingsJson,
  parseSettingsText,
} from '../../../electron/host/settings-file';
import { editSettingsFile } from '../../../electron/host/settings-write';

describe('nestingBeyond', () => {
  it.each<[string, string, number, number | null]>([
    ['flat object', '{"a":1}', 1, null],
    ['exactly at the limit', '[[[]]]', 3, null],
    ['one beyond', '[[[[]]]]', 3, 1],
    ['brackets inside strings do not count', '{"a":"[[[[[[{{{{"}', 2, null],
    ['an escaped quote does not end a string', '{"a":"\\"[[[[["}', 2, null],
    ['reports the line', '{\n"a":\n[[[]]]}', 3, 3],
  ])('%s', (_label, text, max, line) => {
    expect(nestingBeyond(text, max)).toBe(line);
  });
});

describe('parseSettingsText', () => {
  const FILE = '/data/settings.json';
  it('accepts a byte-order mark', () => {
    expect(parseSettingsText('\uFEFF{"log":{"level":"warn"}}', FILE, {})).toMatchObject({
      ok: true,
      settings: { log: { level: 'warn' } },
    });
  });

  it('refuses deep nesting without overflowing the stack, naming the file', () => {
    const deep = `{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(parseSettingsText(deep, FILE, {})).toEqual({
      ok: false,
      errors: [`${FILE}: nested more than ${MAX_DEPTH} levels deep (line 1)`],
    });
  });

  it('a JSON error does not quote the text, which may hold a secret', () => {
    const r = parseSettingsText('{"token": "hunter2-secret" x}', FILE, {});
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatch(/^\/data\/settings\.json: not valid JSON: /);
    expect(JSON.stringify(r)).not.toContain('hunter2');
  });
});

describe('parseSettingsJson', () => {
  const FILE = '/data/settings.json';
  it.each<[string, string, ReturnType<typeof parseSettingsJson>]>([
    ['the object as written: no defaults, no environment', '\uFEFF{"log":{}}', { ok: true, raw: { log: {} } }],
    ['not an object', '[1]', { ok: false, errors: [`${FILE}: expected a JSON object`] }],
    ['null', 'null', { ok: false, errors: [`${FILE}: expected a JSON object`] }],
    [
      'too deep',
      `{"x":${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}}`,
      { ok: false, errors: [`${FILE}: nested more than ${MAX_DEPTH} levels deep (line 1)`] },
    ],
  ])('%s', (_label, text, result) => {
    expect(parseSettingsJson(text, FILE)).toEqual(result);
  });
});

describe('editSettingsFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-edit-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads the file the way the runner does, and refuses one it would refuse, leaving it as it was', async () => {
    const file = path.join(dir, 'settings.json');
    const deep = `{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    await writeFile(file, deep);
    await expect(editSettingsFile(dir, {}, () => undefined)).rejects.toThrow(`${file}: nested more than`);
    expect(await readFile(file, 'utf8')).toBe(deep);
    await writeFile(file, '\uFEFF{"log":{"level":"warn"}}');
    await editSettingsFile(dir, {}, (raw) => void (raw.monitor = { intervalSec: 120 }));
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ log: { level: 'warn' }, monitor: { intervalSec: 120 } });
  });
});

describe('keepPrivate', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-mode-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it.runIf(process.platform !== 'win32').each<[number, number, boolean]>([
    [0o600, 0o600, false],
    [0o400, 0o400, false],
    [0o644, 0o600, true],
    [0o660, 0o600, true],
    [0o604, 0o600, true],
  ])('mode %o becomes %o (warned: %s)', async (before, after, warned) => {
    const file = path.join(dir, 'settings.json');
    await writeFile(file, '{}');
    await chmod(file, before);
    const warning = await keepPrivate(file);
    expect((await stat(file)).mode & 0o777).toBe(after);
    expect(warning !== null).toBe(warned);
    if (warned) expect(warning).toContain(file);
  });

  it('leaves Windows alone: no modes there', async () => {
    const file = path.join(dir, 'settings.json');
    await writeFile(file, '{}');
    await chmod(file, 0o644);
    expect(await keepPrivate(file, 'win32')).toBeNull();
    expect((await stat(file)).mode & 0o777).toBe(0o644);
  });
});
