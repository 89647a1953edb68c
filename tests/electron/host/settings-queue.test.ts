/**
 * One writer at a time (issue 59): the engine's edits of settings.json (the bot's /config set,
 * a channel's move) and the API's writes, started together in one process, each read the file
 * the previous one wrote. Before, every writer used the same temp name and nothing queued the
 * edits: most pairs left a file that was not JSON, and edits were lost.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { systemClock } from '../../../electron/engine/clock';
import { createLogger } from '../../../electron/engine/logger';
import { createRedactor } from '../../../electron/engine/secrets/redact';
import { type HistoryStore, openHistoryStore } from '../../../electron/engine/store';
import { createReloader } from '../../../electron/host/reload';
import { createSettingsAccess } from '../../../electron/host/settings-api';
import { loadSettingsFile, parseSettingsText, settingsPath } from '../../../electron/host/settings-file';
import { settingsWriters } from '../../../electron/host/settings-write';
import { parseSettings, type Settings } from '../../../shared/settings';
import { seeded } from '../../helpers/random';

let dir: string;
let store: HistoryStore;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-queue-'));
  store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger: createLogger('t') });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

/** A Discord server id (a snowflake) of its own for each edit. */
const guildId = (i: number) => String(100000000000000000n + BigInt(i));

/** The bot's /config set, as engine/bot/commands/config.ts edits the file: one more server. */
const addGuild = (i: number) => (raw: Record<string, unknown>) => {
  const discord = (raw.discord ?? {}) as Record<string, unknown>;
  const guilds = Array.isArray(discord.guilds) ? discord.guilds : [];
  raw.discord = { ...discord, guilds: [...guilds, { id: guildId(i) }] };
};

/** Shuffled with the test's seed: the order the edits are started in. */
function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function settingsNow(): Promise<Settings> {
  const text = await readFile(settingsPath(dir), 'utf8');
  const parsed = parseSettingsText(text, 'settings.json', {});
  if (!parsed.ok) throw new Error(`settings.json is not valid after the edits: ${parsed.errors.join('; ')}`);
  return parsed.settings;
}

describe('edits of settings.json at once', () => {
  it('keeps every bot edit and the channel move, and leaves no temp file', async () => {
    const { random } = seeded('settings edits at once');
    expect((await loadSettingsFile(dir, {})).ok).toBe(true);
    const writers = settingsWriters(dir, {}, store);
    const edits = [
      ...Array.from({ length: 30 }, (_, i) => () => writers.editSettings(addGuild(i))),
      () => writers.saveChannelOptions('desktop', { enabled: false }),
    ];
    await Promise.all(shuffled(edits, random).map((start) => start()));

    const settings = await settingsNow();
    const ids = settings.discord.guilds.map((g) => g.id).sort();
    expect(ids).toEqual(Array.from({ length: 30 }, (_, i) => guildId(i)).sort());
    expect(settings.notifications.channels.find((c) => c.id === 'desktop')?.enabled).toBe(false);
    expect((await readdir(dir)).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  it('leaves a whole file holding an API write when the API writes among the bot edits', async () => {
    const { random } = seeded('API writes among settings edits');
    const loaded = await loadSettingsFile(dir, {});
    if (!loaded.ok) throw new Error(loaded.errors.join('; '));
    const writers = settingsWriters(dir, {}, store);
    const logger = createLogger('t', { level: 'error', sink: () => undefined });
    const reloader = createReloader(
      {
        file: settingsPath(dir),
        env: {},
        runtime: { updateSettings: () => Promise.resolve() },
        store,
        logger,
        logConfig: { level: 'error', sink: () => undefined },
        print: () => undefined,
        redactor: createRedactor(),
      },
      loaded.settings,
    );
    const access = createSettingsAccess(dir, {}, reloader);
    const intervals = Array.from({ length: 10 }, (_, i) => 61 + i);
    const apiWrites = intervals.map((intervalSec) => async () => {
      const next = parseSettings({ ...loaded.settings, monitor: { ...loaded.settings.monitor, intervalSec } });
      if (!next.ok) throw new Error(next.errors.join('; '));
      const outcome = await access.write(next.settings, 'api');
      if (!outcome.ok) throw new Error(outcome.errors.join('; '));
    });
    const botEdits = Array.from({ length: 20 }, (_, i) => () => writers.editSettings(addGuild(i)));
    await Promise.all(shuffled([...apiWrites, ...botEdits], random).map((start) => start()));

    const settings = await settingsNow();
    expect(intervals).toContain(settings.monitor.intervalSec);
    expect((await readdir(dir)).filter((n) => n.includes('.tmp'))).toEqual([]);
  });
});
