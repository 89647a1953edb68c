/**
 * One call to a plugin, with real programs (small Node scripts written for each case): what it is
 * given (its own settings and secrets on stdin, an environment cleared of everything else), and
 * each way it can fail, said in words: a hang stopped at its bound with everything it started, a
 * flood of output cut at the cap, an answer line over the cap, a crash, a wrong or foreign answer.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import { callPlugin, cleanSaid, LINE_CAP, OUTPUT_CAP, readAnswer } from '../../../../electron/engine/plugins/call';
import { findPlugin, readPlugins, type ReadyPlugin } from '../../../../electron/engine/plugins/load';
import { english } from '../../../../shared/i18n/translators';
import { reasonWords } from '../../../../shared/words/reason';
import { FakeClock } from '../../../helpers/fake-clock';
import { seeded } from '../../../helpers/random';
import { until } from '../../../helpers/until';

const { bytes } = seeded('plugin calls');
const OWN_SECRET = `own-${bytes(12).toString('hex')}`;
const OTHER_SECRET = `other-${bytes(12).toString('hex')}`;
const APP_SECRET = `app-${bytes(12).toString('hex')}`;

const root = mkdtempSync(path.join(tmpdir(), 'ipwatch-plugin-call-'));
const folder = path.join(root, 'plugins');
mkdirSync(folder);

/** Reads the request line, then runs `body` with `req` and `answer` in scope. */
const script = (body: string) => `import { createInterface } from 'node:readline';
const lines = createInterface({ input: process.stdin });
lines.once('line', async (line) => {
  const req = JSON.parse(line);
  const answer = (fields) => process.stdout.write(JSON.stringify({ v: 1, id: req.id, ...fields }) + '\\n');
  ${body}
});
`;

const SCRIPTS: Record<string, string> = {
  env: script(
    `answer({ ok: true, env: process.env, settings: req.settings, op: req.op, family: req.family }); lines.close();`,
  ),
  // Starts a grandchild of its group, says both pids, then never answers.
  hang: script(`const { spawn } = await import('node:child_process');
  const { renameSync, writeFileSync } = await import('node:fs');
  const child = spawn('sleep', ['600'], { stdio: 'ignore' });
  // Whole or not at all: the test reads it as soon as it is there.
  writeFileSync('hang.pids.tmp', JSON.stringify([process.pid, child.pid]));
  renameSync('hang.pids.tmp', 'hang.pids');
  setInterval(() => {}, 1000);`),
  // 100 MB on stdout, as fast as the pipe takes it.
  flood: script(`const chunk = 'x'.repeat(1024 * 1024);
  let left = 100;
  const more = () => { while (left > 0) { left--; if (!process.stdout.write(chunk)) return process.stdout.once('drain', more); } };
  more();`),
  longLine: script(
    `process.stdout.write(JSON.stringify({ v: 1, id: req.id, ok: true, pad: 'y'.repeat(${LINE_CAP}) }) + '\\n'); lines.close();`,
  ),
  notJson: script(`process.stdout.write('<html>502 Bad Gateway</html>\\n'); lines.close();`),
  wrongId: script(
    `process.stdout.write(JSON.stringify({ v: 1, id: 'someone-else', ok: true }) + '\\n'); lines.close();`,
  ),
  crash: script(`process.stderr.write('TypeError: boom at /home/me/secret-path\\n'); process.exit(3);`),
  said: script(
    `answer({ ok: false, error: 'quota\\u0007 reached\\u202e for\\nthis month', retry: false }); lines.close();`,
  ),
};

const manifest = (name: string, kind: string, extra: Record<string, unknown> = {}) => ({
  v: 1,
  kind,
  name,
  command: process.execPath,
  args: [`${name}.mjs`],
  timeoutMs: 2000,
  ...extra,
});

let plugins: ReadyPlugin[];
const plugin = (name: string): ReadyPlugin => plugins.find((p) => p.manifest.name === name)!;
const words = (r: Parameters<typeof reasonWords>[0]) => reasonWords(r, english);

beforeAll(() => {
  for (const [name, text] of Object.entries(SCRIPTS)) {
    writeFileSync(path.join(folder, `${name.toLowerCase()}.mjs`), text);
    writeFileSync(
      path.join(folder, `${name.toLowerCase()}.json`),
      JSON.stringify(manifest(name.toLowerCase(), 'source')),
    );
  }
  // Two plugins with a secret each: `env` must see only its own.
  const secretOf = (env: string) => ({
    settings: { token: { type: 'string', secret: true }, colour: { type: 'string' } },
    values: { token: { env }, colour: 'green' },
  });
  writeFileSync(path.join(folder, 'env.json'), JSON.stringify(manifest('env', 'source', secretOf('OWN_TOKEN'))));
  writeFileSync(
    path.join(folder, 'other.json'),
    JSON.stringify(manifest('other', 'channel', { ...secretOf('OTHER_TOKEN'), args: ['env.mjs'] })),
  );
  process.env.OWN_TOKEN = OWN_SECRET;
  process.env.OTHER_TOKEN = OTHER_SECRET;
  process.env.IPWATCH_API_TOKEN = APP_SECRET;
  const read = readPlugins(folder, { env: process.env, readFile: (p) => readFileSync(p, 'utf8') });
  expect(read.skipped).toEqual([]);
  plugins = read.plugins;
});
afterAll(() => {
  delete process.env.OWN_TOKEN;
  delete process.env.OTHER_TOKEN;
  delete process.env.IPWATCH_API_TOKEN;
  rmSync(root, { recursive: true, force: true });
});

const call = (name: string, clock = systemClock, signal?: AbortSignal) =>
  callPlugin({
    plugin: plugin(name),
    settings: plugin(name).settings,
    op: 'lookup',
    body: { family: 4 },
    clock,
    ...(signal ? { signal } : {}),
  });

describe('a plugin call', () => {
  it('gives the plugin its own settings and secret on stdin, and an environment without any secret', async () => {
    const r = await call('env');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.answer.settings).toEqual({ token: OWN_SECRET, colour: 'green' });
    expect(r.answer).toMatchObject({ op: 'lookup', family: 4 });
    const env = r.answer.env as Record<string, string>;
    // Only what starting a program needs, and its own name.
    for (const key of Object.keys(env)) expect(['PATH', 'HOME', 'TMPDIR', 'LANG', 'IPWATCH_PLUGIN']).toContain(key);
    expect(env.IPWATCH_PLUGIN).toBe('env');
    const seen = JSON.stringify(env);
    for (const secret of [OWN_SECRET, OTHER_SECRET, APP_SECRET]) expect(seen).not.toContain(secret);
    expect(JSON.stringify(r.answer)).not.toContain(OTHER_SECRET);
  });

  it('to the other plugin gives it its secret, never the first one’s', async () => {
    const other = findPlugin({ plugins, skipped: [] }, 'other', 'channel');
    expect(other.ok).toBe(true);
    if (!other.ok) return;
    const r = await callPlugin({
      plugin: other.plugin,
      settings: other.plugin.settings,
      op: 'send',
      body: {},
      clock: systemClock,
    });
    expect(r.ok && r.answer.settings).toEqual({ token: OTHER_SECRET, colour: 'green' });
    expect(JSON.stringify(r)).not.toContain(OWN_SECRET);
  });

  it('to a plugin that never answers stops it and what it started at its bound (the monotonic deadline)', async () => {
    const clock = new FakeClock();
    const pending = call('hang', clock);
    const pidsFile = path.join(folder, 'hang.pids');
    await until(() => existsSync(pidsFile), { what: 'the hanging plugin to start' });
    const pids = JSON.parse(readFileSync(pidsFile, 'utf8')) as number[];
    // Not a moment before its bound.
    await clock.advance(1999);
    expect(pids.every(alive)).toBe(true);
    await clock.advance(1);
    const r = await pending;
    expect(!r.ok && words(r.reason)).toBe('the plugin hang gave no answer within 2 s and was stopped');
    expect(!r.ok && r.retry).toBe(true);
    await until(() => !pids.some(alive), { what: 'the plugin and its grandchild to be gone' });
    rmSync(pidsFile);
  });

  it('to a plugin that writes 100 MB kills it at the output cap', async () => {
    const t0 = performance.now();
    const r = await call('flood');
    expect(!r.ok && words(r.reason)).toBe(`the plugin flood wrote more than ${OUTPUT_CAP / 1024} KB and was stopped`);
    // Stopped at the cap, long before its 2 s bound.
    expect(performance.now() - t0).toBeLessThan(1900);
  });

  // Each wrong answer, said in words; never the plugin's raw output.
  const WRONG: [string, string][] = [
    ['longline', `the plugin longline answered with a line longer than ${LINE_CAP / 1024} KB, which was refused`],
    ['notjson', 'the plugin notjson answered with something that is not JSON'],
    ['wrongid', 'the plugin wrongid answered without a valid “id”'],
    ['crash', 'the plugin crash ended without an answer (exit code 3)'],
  ];
  it.each(WRONG)('to %s is said in words', async (name, said) => {
    const r = await call(name);
    expect(!r.ok && words(r.reason)).toBe(said);
    // Its words never carry what the plugin wrote; its standard error is kept aside for the debug log.
    expect(!r.ok && words(r.reason)).not.toMatch(/Bad Gateway|secret-path/);
    if (name === 'crash') expect(!r.ok && r.stderr).toBe('TypeError: boom at /home/me/secret-path');
  });

  it('that the plugin refuses says its words, cleaned and quoted, and that a retry will not help', async () => {
    const r = await call('said');
    expect(!r.ok && words(r.reason)).toBe('the plugin said said: “quota reached for this month”');
    expect(!r.ok && r.retry).toBe(false);
  });

  it('that cannot start says why', async () => {
    const gone = { ...plugin('env'), manifest: { ...plugin('env').manifest, command: '/nonexistent/prog' } };
    const r = await callPlugin({ plugin: gone, settings: {}, op: 'lookup', body: {}, clock: systemClock });
    expect(!r.ok && words(r.reason)).toBe('the plugin env could not start: /nonexistent/prog was not found');
  });
});

describe('an answer line', () => {
  const ID = 'abc';
  const TABLE: [string, string, string | null][] = [
    ['{"v":1,"id":"abc","ok":true,"address":"81.2.69.142"}', 'ok', null],
    ['{"v":2,"id":"abc","ok":true}', 'refused', 'the plugin p answered without a valid “v”'],
    ['{"v":1,"ok":true}', 'refused', 'the plugin p answered without a valid “id”'],
    ['{"v":1,"id":"abc"}', 'refused', 'the plugin p answered without a valid “ok”'],
    ['{"v":1,"id":"abc","ok":false}', 'refused', 'the plugin p failed without saying why'],
    ['[1,2]', 'refused', 'the plugin p answered with JSON that is not an object'],
    ['nope', 'refused', 'the plugin p answered with something that is not JSON'],
  ];
  it.each(TABLE)('%s is %s', (line, _, said) => {
    const r = readAnswer('p', ID, line);
    expect(r.ok).toBe(said === null);
    if (!r.ok) expect(words(r.reason)).toBe(said);
  });

  it('of the plugin’s own words keeps them bounded and without control or direction characters', () => {
    expect(cleanSaid('a\u0000b\u202ec\n\td')).toBe('a b c d');
    expect(cleanSaid('z'.repeat(500))).toHaveLength(201);
  });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
