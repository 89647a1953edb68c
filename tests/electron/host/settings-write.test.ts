/**
 * The engine's own writes of settings.json (settings-write.ts) on real files: a channel's new
 * options land in that channel and are audited; a write that cannot be made (no such channel, a
 * file that is not JSON, a result the schema refuses) is refused in words naming why, and leaves
 * the file byte for byte.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { systemClock } from '../../../electron/engine/clock';
import { createLogger } from '../../../electron/engine/logger';
import { type HistoryStore, openHistoryStore } from '../../../electron/engine/store';
import { settingsPath } from '../../../electron/host/settings-file';
import { settingsWriters } from '../../../electron/host/settings-write';
import { writeSettingsFile } from '../../helpers/headless';

const CHAT = { id: 'tg', type: 'telegram', botToken: '123456:abcdefghijklmnopqrstuvwxyz', chatId: '-100' };

let dir: string;
let store: HistoryStore;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-settings-write-'));
  store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger: createLogger('t') });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const text = () => readFile(settingsPath(dir), 'utf8');

describe('settingsWriters', () => {
  it("a channel's new options land in that channel, everything else kept, and the write is audited", async () => {
    await writeSettingsFile(dir, JSON.stringify({ monitor: { intervalSec: 90 }, notifications: { channels: [CHAT] } }));
    await settingsWriters(dir, {}, store).saveChannelOptions('tg', { chatId: '-1001234' });
    expect(JSON.parse(await text())).toEqual({
      monitor: { intervalSec: 90 },
      notifications: { channels: [{ ...CHAT, chatId: '-1001234' }] },
    });
    expect(store.auditLog({}).map((e) => [e.actor, e.detail, e.result])).toEqual([
      ['channel tg', 'set chatId', 'applied'],
    ]);
  });

  it.each<[string, string, RegExp]>([
    ['no such channel', JSON.stringify({ notifications: { channels: [CHAT] } }), /: no channel "gone" to update$/],
    ['no channels list at all', JSON.stringify({ notifications: {} }), /: no channel "gone" to update$/],
    ['a file that is not JSON', '{ "notifications": ', /^the settings cannot be edited: /],
  ])('refuses a write to %s in words and leaves the file as it was', async (_name, before, why) => {
    await writeSettingsFile(dir, before);
    await expect(settingsWriters(dir, {}, store).saveChannelOptions('gone', { chatId: '1' })).rejects.toThrow(why);
    expect(await text()).toBe(before);
    expect(store.auditLog({})).toEqual([]);
  });

  it('refuses an edit the schema would refuse, naming the field, and leaves the file as it was', async () => {
    const before = JSON.stringify({ monitor: { intervalSec: 90 } });
    await writeSettingsFile(dir, before);
    const edit = settingsWriters(dir, {}, store).editSettings((raw) => {
      raw.monitor = { intervalSec: -5 };
    });
    await expect(edit).rejects.toThrow(/^the updated settings would be invalid: .*intervalSec/);
    expect(await text()).toBe(before);
  });
});
