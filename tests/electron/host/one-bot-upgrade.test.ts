/**
 * A one-bot settings.json from before several bots (version 1) goes through the real upgrade
 * (host/settings-upgrade.ts) and the real parse: every field of its bot is kept where it was,
 * its token stays a reference to its file (the file untouched, the token nowhere in the
 * settings), and the bot is the first of the bots the engine runs (docs/discord-bot.md
 * "Several bots"). A second bot can then be added beside it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { parseSettingsText } from '../../../electron/host/settings-file';
import { upgradeSettingsFile } from '../../../electron/host/settings-upgrade';
import { SETTINGS_VERSION } from '../../../shared/settings';
import { botsOf } from '../../../shared/settings/discord';
import { cleanEnv } from '../../helpers/headless';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-one-bot-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const G = '100000000000000001';
const C = '100000000000000002';
const R = '100000000000000003';
const U = '100000000000000004';

describe('a one-bot settings file upgraded', () => {
  it('keeps every field of its bot, its token where it was, and runs it as the first bot', async () => {
    const tokenFile = path.join(dir, 'bot.token');
    await writeFile(tokenFile, 'the-token-itself\n', { mode: 0o600 });
    const discord = {
      token: { file: tokenFile },
      registration: 'global',
      guilds: [
        {
          id: G,
          channel: C,
          events: ['ipv4-changed', 'offline'],
          mask: 'partial',
          read: { roles: [R], users: [] },
          admin: { roles: [], users: [U] },
        },
      ],
      rateLimit: { checkSec: 5, exportSec: 120 },
      apiBase: 'http://127.0.0.1:9/api',
    };
    const file = path.join(dir, 'settings.json');
    await writeFile(file, JSON.stringify({ version: 1, discord }), { mode: 0o600 });

    const up = await upgradeSettingsFile(dir, cleanEnv());
    expect(up).toMatchObject({ upgraded: true, from: 1, to: SETTINGS_VERSION });
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain('the-token-itself');
    const written = (JSON.parse(text) as { discord: typeof discord }).discord;
    // Every field as it was; the guild's events gain the fleet's kinds (the version 1 → 2 step).
    expect(written).toEqual({
      ...discord,
      guilds: [
        { ...discord.guilds[0], events: ['ipv4-changed', 'offline', 'site-changed', 'site-offline', 'site-online'] },
      ],
    });
    expect(await readFile(tokenFile, 'utf8')).toBe('the-token-itself\n');

    const parsed = parseSettingsText(text, file, cleanEnv());
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const bots = botsOf(parsed.settings.discord);
    expect(bots).toHaveLength(1);
    expect(bots[0]).toMatchObject({ ...written, id: 'main', name: '' });

    // A second bot beside it: the first is unchanged.
    const more = JSON.parse(text) as { discord: Record<string, unknown> };
    more.discord.bots = [{ id: 'second', token: { env: 'SECOND_BOT_TOKEN' }, guilds: [G] }];
    const two = parseSettingsText(JSON.stringify(more), file, cleanEnv());
    if (!two.ok) throw new Error(two.errors.join('; '));
    const [first, second] = botsOf(two.settings.discord);
    expect(first).toEqual(bots[0]);
    expect(second).toMatchObject({ id: 'second', token: { env: 'SECOND_BOT_TOKEN' }, apiBase: discord.apiBase });
  });
});
