/**
 * settings.json followed while an engine runs on it (follow-settings.ts), on a real file and the
 * real watcher: an edit by hand and a write through the API each reach the runtime once, in
 * order, and are audited once; the API's own write seen again by the watcher changes nothing.
 * The runtime is the one method the reloader calls of it (Runtime.updateSettings).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { systemClock } from '../../../electron/engine/clock';
import { createLogger } from '../../../electron/engine/logger';
import { createRedactor } from '../../../electron/engine/secrets/redact';
import { type HistoryStore, openHistoryStore } from '../../../electron/engine/store';
import { followSettingsFile } from '../../../electron/host/follow-settings';
import type { Settings } from '../../../shared/settings';
import { settingsFrom } from '../../helpers/engine';
import { writeSettingsFile } from '../../helpers/headless';
import { until } from '../../helpers/until';

let dir: string;
let store: HistoryStore;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-follow-'));
  store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger: createLogger('t') });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const interval = (sec: number) => `${JSON.stringify({ monitor: { intervalSec: sec } }, null, 2)}\n`;

describe('followSettingsFile', () => {
  it('applies an edit by hand and a write through the API once each, in order', async () => {
    await writeSettingsFile(dir, interval(30));
    const seen: number[] = [];
    const quiet = { level: 'error' as const, sink: () => undefined };
    const followed = followSettingsFile({
      dataDir: dir,
      settings: settingsFrom({ monitor: { intervalSec: 30 } }),
      text: interval(30),
      env: {},
      runtime: { updateSettings: async (s: Settings) => void seen.push(s.monitor.intervalSec) },
      store,
      logger: createLogger('t', quiet),
      logConfig: quiet,
      print: () => undefined,
      redactor: createRedactor(),
    });
    try {
      await writeSettingsFile(dir, interval(45));
      await until(() => seen.length === 1, { what: 'the edit by hand applied' });
      const { settings } = await followed.access.read();
      expect(settings.monitor.intervalSec).toBe(45);
      expect(
        await followed.access.write({ ...settings, monitor: { ...settings.monitor, intervalSec: 50 } }, 'api'),
      ).toMatchObject({
        ok: true,
        live: ['monitor.intervalSec'],
      });
      await writeSettingsFile(dir, interval(55));
      await until(() => seen.length >= 3, { what: 'the second edit by hand applied' });
      expect(seen).toEqual([45, 50, 55]);
      expect(
        store
          .auditLog({})
          .map((e) => e.actor)
          .reverse(),
      ).toEqual(['settings.json', 'api', 'settings.json']);
    } finally {
      await followed.close();
    }
  });
});
