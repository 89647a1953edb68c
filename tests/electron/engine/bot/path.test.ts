/**
 * /path through a real discord.js Client against the Discord stand-in and the real runtime with its
 * path part (docs/path.md): off says so and traces nothing; on, the last path with its hops and
 * what changed, and `now` traces first (deferred), rate limited per member as /check is while
 * reading the last path is not. The tool is a stand-in `tracepath` first in PATH printing outputs
 * recorded from the real tool (tests/fixtures/path/, as tests/electron/engine/runtime/path.test.ts
 * does); the namespace lab (path-lab.test.ts) runs the real tools.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { SettingsInput } from '../../../../shared/settings';
import { settingsFrom } from '../../../helpers/engine';
import { admin, alice, answered, audited, type BotHarness, callback, connected, startBot } from './helpers';

const FIXTURES = path.join(__dirname, '../../../fixtures/path');
const carol = { user: { id: '300000000000000003', username: 'carol' }, permissions: 1n << 5n };
// A second admin: \`admin\` has traced (and taken its wait) in the first case.
const dave = { user: { id: '300000000000000004', username: 'dave' }, permissions: 1n << 5n };
let h: BotHarness;
let dir: string;
const use = (fixture: string) => writeFileSync(path.join(dir, 'current'), path.join(FIXTURES, fixture));

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-bot-path-'));
  writeFileSync(path.join(dir, 'tracepath'), `#!/bin/sh\nexec cat "$(cat '${path.join(dir, 'current')}')"\n`);
  chmodSync(path.join(dir, 'tracepath'), 0o755);
  vi.stubEnv('PATH', `${dir}${path.delimiter}${process.env.PATH ?? ''}`);
  use('tracepath-reached.txt');
  h = await startBot();
  await connected(h);
}, 60_000);

afterAll(async () => {
  await h?.close();
  vi.unstubAllEnvs();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type Embed = { title: string; description: string; fields: { name: string; value: string }[] };
const edited = (log: { edits: unknown[] }): Embed => (log.edits[0] as { embeds: Embed[] }).embeds[0]!;
const field = (e: Embed, name: string) => e.fields.find((f) => f.name === name)?.value;

async function ask(options: Record<string, boolean>, who = alice): Promise<Embed> {
  const log = h.discord.command('path', options, who);
  await answered(log, true);
  return edited(log);
}

const turnOn = () =>
  h.runtime.updateSettings(settingsFrom({ ...h.raw, path: { enabled: true, target: '9.9.9.9' } } as SettingsInput));

describe('/path', () => {
  it('off: says so in words, and traces nothing when asked to', async () => {
    for (const options of [{}, { now: true }] as Record<string, boolean>[]) {
      const e = await ask(options, admin);
      expect(e.title).toBe('Path to the internet');
      expect(e.description).toBe('Path tracing is off (Settings: path.enabled).');
      expect(e.fields).toEqual([]);
    }
    expect(h.store.paths(10)).toEqual([]);
  }, 30_000);

  it('on: none yet, then a trace now with its hops, then what changed at the next', async () => {
    await turnOn();
    expect((await ask({})).description).toBe(
      'No path traced yet: one is traced at the next confirmed address change, or when asked.',
    );

    // A trace is an admin's act, as on the API: a member who may read is refused and nothing runs.
    const refused = h.discord.command('path', { now: true }, alice);
    await answered(refused);
    await audited(h, { actor: `discord:${alice.user.id}`, action: 'discord /path', result: 'denied' });
    expect(h.store.paths(10)).toEqual([]);

    const first = await ask({ now: true }, dave);
    expect(first.description).toMatch(
      /^<t:\d+:f> \(<t:\d+:R>\), asked for, with tracepath\n9\.9\.9\.9 answered after 2 hops$/,
    );
    // Hops are addresses, written as the server writes them (mask none: as code).
    expect(field(first, 'Hops')).toBe('`79.192.0.1` → `9.9.9.9`');
    expect(field(first, 'What changed')).toBe('First path recorded: nothing to compare yet');

    // A second trace by the same admin within the window is refused, and costs nothing.
    const again = h.discord.command('path', { now: true }, dave);
    await answered(again);
    expect(JSON.stringify(callback(again))).toContain('You did this a moment ago; try again in');
    await audited(h, { actor: `discord:${dave.user.id}`, action: 'discord /path', result: /^rate limited/ });
    expect(h.store.paths(10)).toHaveLength(1);

    // Another member traces; the route changed.
    use('tracepath-no-reply.txt');
    const second = await ask({ now: true }, carol);
    expect(second.description).toMatch(/\n9\.9\.9\.9 did not answer within 4 hops$/);
    expect(field(second, 'Hops')).toBe('`8.8.8.1` → no reply → no reply → no reply');
    expect(field(second, 'What changed')).toBe(
      'The path changed at 1 hop: hop 1 `79.192.0.1` → `8.8.8.1`\nnow 4 hops (was 2)',
    );

    // Reading the last path is not limited: the first member sees it at once.
    const read = await ask({});
    expect(read.description).toMatch(/, asked for, with tracepath\n9\.9\.9\.9 did not answer within 4 hops$/);
    expect(field(read, 'What changed')).toBe(field(second, 'What changed'));
    expect(h.store.paths(10)).toHaveLength(2);
  }, 60_000);
});
