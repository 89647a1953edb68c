/** callMethod: the IPC path of the contract, on the real service over a real store and runtime (in memory). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { callMethod, createApiCore } from '../../../../electron/engine/api';
import type { SettingsAccess } from '../../../../electron/engine/api/settings-access';
import { systemClock } from '../../../../electron/engine/clock';
import { createLogger } from '../../../../electron/engine/logger';
import { createRuntime, type Runtime } from '../../../../electron/engine/runtime';
import { type HistoryStore, openHistoryStore } from '../../../../electron/engine/store';
import { type Settings, settingsSchema } from '../../../../shared/settings';
import { startWorld, type World } from '../../../helpers/world';

const logger = createLogger('test', { level: 'error', sink: () => undefined });
let world: World;
let store: HistoryStore;
let runtime: Runtime;
let settings: Settings;
let core: ReturnType<typeof createApiCore>;

beforeAll(async () => {
  world = await startWorld();
  settings = settingsSchema.parse({ ...world.settings(), notifications: { channels: [] } });
  store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger });
  runtime = createRuntime({ settings, store, logger, version: 'test' });
  await runtime.start();
  const access: SettingsAccess = {
    read: async () => ({ settings, envOverrides: [] }),
    write: async (next) => ((settings = next), { ok: true, live: ['monitor.intervalSec'], restart: [] }),
  };
  core = createApiCore({ services: runtime.services, settings: access, dataDir: null, logger, version: 'test' });
});

afterAll(async () => {
  core?.feed.close();
  await runtime?.close();
  await world?.close();
});

describe('callMethod', () => {
  it('validates, calls and answers the handler', async () => {
    const r = await callMethod(core.handlers, 'getHistory', { limit: '2' }, { actor: 'ui' }, logger);
    expect(r).toMatchObject({ ok: true, value: { limit: 2, offset: 0 } });
  });

  it('answers field errors for a bad input, the same shape as HTTP', async () => {
    const r = await callMethod(core.handlers, 'getHistory', { limit: 0, extra: 1 }, { actor: 'ui' }, logger);
    expect(r).toMatchObject({ ok: false, status: 400, error: { code: 'invalid_input' } });
    if (r.ok) return;
    expect(r.error.issues?.map((i) => i.path).sort()).toEqual(['(root)', 'limit']);
  });

  it('refuses an unknown method and passes a handler refusal on', async () => {
    expect(await callMethod(core.handlers, 'toString', undefined, { actor: 'ui' }, logger)).toMatchObject({
      ok: false,
      status: 404,
    });
    const backup = await callMethod(core.handlers, 'backup', undefined, { actor: 'ui' }, logger);
    expect(backup).toMatchObject({ ok: false, status: 409, error: { message: /not kept on disk/ } });
  });

  it('applies a settings write and audits it with the caller', async () => {
    const view = await callMethod(core.handlers, 'getSettings', undefined, { actor: 'ui' }, logger);
    if (!view.ok) throw new Error('no settings');
    const s = (view.value as { settings: Record<string, unknown> }).settings;
    const r = await callMethod(
      core.handlers,
      'saveSettings',
      { settings: { ...s, monitor: { ...(s.monitor as object), intervalSec: 300 } } },
      { actor: 'ui' },
      logger,
    );
    expect(r).toMatchObject({ ok: true, value: { ok: true } });
    expect(settings.monitor.intervalSec).toBe(300);
    const paused = await callMethod(core.handlers, 'pause', undefined, { actor: 'ui' }, logger);
    expect(paused).toMatchObject({ ok: true, value: { pausedSince: expect.any(Number) } });
    expect(store.auditLog({ limit: 1 })[0]).toMatchObject({ actor: 'ui', action: 'monitor.pause' });
  });
});
