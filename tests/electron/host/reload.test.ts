/**
 * Settings reload in the running monitor: each edit's outcome is the real one, logged,
 * printed and audited only once known, with the fields that applied live and those that
 * wait for a restart; the watcher starts from the text that was loaded and leaves nothing
 * behind when closed.
 */
import { chmod, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { systemClock } from '../../../electron/engine/clock';
import { createLogger, type LogConfig, type LogRecord } from '../../../electron/engine/logger';
import { createRedactor } from '../../../electron/engine/secrets/redact';
import { type HistoryStore, openHistoryStore } from '../../../electron/engine/store';
import { createReloader, type ReloadDeps } from '../../../electron/host/reload';
import type { RunnerLine } from '../../../electron/host/runner-lines';
import { watchSettingsFile } from '../../../electron/host/settings-file';
import type { Settings } from '../../../shared/settings';
import { settingsFrom } from '../../helpers/engine';
import { writeSettingsFile } from '../../helpers/headless';
import { until } from '../../helpers/until';

let dir: string;
let store: HistoryStore;
const logs: LogRecord[] = [];
const printed: RunnerLine[] = [];
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-reload-'));
  store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger: createLogger('t') });
  logs.length = 0;
  printed.length = 0;
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

/** A runtime whose updateSettings resolves or fails when the test says so. */
function gatedRuntime() {
  const calls: { settings: Settings; resolve: () => void; reject: (e: Error) => void }[] = [];
  return {
    calls,
    runtime: {
      updateSettings: (settings: Settings) =>
        new Promise<void>((resolve, reject) => calls.push({ settings, resolve, reject })),
    },
  };
}

function reloaderWith(runtime: { updateSettings(s: Settings): Promise<void> }, over: Partial<ReloadDeps> = {}) {
  const logConfig: LogConfig = { level: 'info', sink: (r) => logs.push(r) };
  const reloader = createReloader(
    {
      file: path.join(dir, 'settings.json'),
      env: {},
      runtime,
      store,
      logger: createLogger('headless', logConfig),
      logConfig,
      print: (l) => printed.push(l),
      redactor: createRedactor(),
      ...over,
    },
    settingsFrom({}),
  );
  return { reload: reloader.reload, settled: reloader.settled, logConfig };
}

const audit = () => store.auditLog({}).map((e) => [e.result, e.detail]);

describe('createReloader', () => {
  it('audits and prints "applied" only after the settings are applied, with live and after-restart fields', async () => {
    const gate = gatedRuntime();
    const { reload, logConfig } = reloaderWith(gate.runtime);
    const done = reload(
      JSON.stringify({ monitor: { intervalSec: 30 }, log: { level: 'debug' }, history: { backupsKeep: 3 } }),
    );
    await until(() => gate.calls.length === 1, { what: 'updateSettings called' });
    expect(audit()).toEqual([]);
    expect(printed).toEqual([]);
    gate.calls[0]!.resolve();
    await done;
    expect(audit()).toEqual([['applied', 'live: log.level, monitor.intervalSec; after restart: history.backupsKeep']]);
    expect(printed).toEqual([
      {
        type: 'settings-applied',
        at: expect.any(Number),
        live: ['log.level', 'monitor.intervalSec'],
        restart: ['history.backupsKeep'],
      },
    ]);
    expect(logConfig.level).toBe('debug');
  });

  it('a failure while applying is reported as such, never as applied, and the next edit still goes through', async () => {
    const gate = gatedRuntime();
    const { reload, logConfig } = reloaderWith(gate.runtime);
    const first = reload(JSON.stringify({ monitor: { intervalSec: 30 }, log: { level: 'debug' } }));
    const second = reload(JSON.stringify({ monitor: { intervalSec: 40 } }));
    await until(() => gate.calls.length === 1, { what: 'first updateSettings' });
    gate.calls[0]!.reject(new Error('disk on fire'));
    // Edits apply one at a time: the second starts only after the first has its outcome.
    await until(() => gate.calls.length === 2, { what: 'second updateSettings' });
    expect(audit()).toEqual([['failed', expect.stringContaining('disk on fire')]]);
    gate.calls[1]!.resolve();
    await Promise.all([first, second]);
    expect(logConfig.level).toBe('info');
    // Measured against the settings in force, which the failed edit did not replace.
    expect(audit()[0]).toEqual(['applied', 'live: monitor.intervalSec; after restart: (none)']);
    expect(printed.map((l) => l.type)).toEqual(['settings-error', 'settings-applied']);
    expect(logs.some((r) => r.level === 'error' && JSON.stringify(r).includes('disk on fire'))).toBe(true);
  });

  it('settled() resolves only once the edit being applied has its outcome', async () => {
    const gate = gatedRuntime();
    const { reload, settled } = reloaderWith(gate.runtime);
    void reload(JSON.stringify({ monitor: { intervalSec: 30 } }));
    await until(() => gate.calls.length === 1, { what: 'updateSettings called' });
    let done = false;
    const waiting = settled().then(() => (done = true));
    // One full turn of the event loop: every promise that could resolve by now has.
    await new Promise((r) => setImmediate(r));
    expect(done).toBe(false);
    gate.calls[0]!.resolve();
    await waiting;
    expect(audit()).toEqual([['applied', expect.any(String)]]);
  });

  it('mends a settings.json others could read before applying it, and says so', async () => {
    const file = path.join(dir, 'settings.json');
    const text = JSON.stringify({ monitor: { intervalSec: 30 } });
    await writeFile(file, text, { mode: 0o644 });
    await chmod(file, 0o644);
    const { reload } = reloaderWith({ updateSettings: async () => undefined });
    expect(await reload(text)).toMatchObject({ ok: true });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(logs.filter((r) => r.level === 'warn').map((r) => r.message)).toEqual([
      `${file} was open to other users (mode 0644); it may hold secrets, so it is now 0600`,
    ]);
  });

  it('a failure that is not an Error is reported in words too', async () => {
    const { reload } = reloaderWith({ updateSettings: () => Promise.reject('the ddns part is busy') });
    const outcome = await reload(JSON.stringify({ monitor: { intervalSec: 30 } }));
    expect(outcome).toEqual({ ok: false, errors: [expect.stringMatching(/settings\.json: the ddns part is busy$/)] });
  });

  it('applies the edit when the audit log cannot be written, and says so in the log', async () => {
    const closed = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger: createLogger('t') });
    await closed.close();
    const { reload } = reloaderWith({ updateSettings: async () => undefined }, { store: closed });
    expect(await reload(JSON.stringify({ monitor: { intervalSec: 30 } }))).toMatchObject({ ok: true });
    expect(printed.map((l) => l.type)).toEqual(['settings-applied']);
    expect(logs.filter((r) => r.level === 'error').map((r) => r.message)).toEqual(['cannot write the audit log']);
  });

  it('an edit in force is answered as applied even when what follows it (afterApply) throws', async () => {
    const hook = () => {
      throw new Error('channel list busy');
    };
    const { reload } = reloaderWith({ updateSettings: async () => undefined }, { afterApply: hook });
    expect(await reload(JSON.stringify({ monitor: { intervalSec: 30 } }))).toEqual({
      ok: true,
      live: ['monitor.intervalSec'],
      restart: [],
    });
    expect(audit()).toEqual([['applied', expect.any(String)]]);
    expect(logs.filter((r) => r.level === 'error')).toEqual([
      expect.objectContaining({
        message: 'settings applied; what follows them failed',
        data: { error: 'Error: channel list busy' },
      }),
    ]);
  });

  it('an invalid edit is rejected with the field named and never reaches the runtime', async () => {
    const gate = gatedRuntime();
    const { reload } = reloaderWith(gate.runtime);
    await reload('{"monitor":{"quorum":0}}');
    expect(gate.calls).toEqual([]);
    expect(audit()).toEqual([['rejected', expect.stringContaining('monitor.quorum')]]);
    expect(printed[0]).toMatchObject({ type: 'settings-error' });
  });
});

describe('watchSettingsFile', () => {
  it('starts from the text that was loaded, so an edit made before the watch began is not missed', async () => {
    const file = path.join(dir, 'settings.json');
    await writeFile(file, 'edited-before-watch');
    const seen: string[] = [];
    const w = watchSettingsFile(
      dir,
      'as-loaded',
      (t) => seen.push(t),
      (e) => {
        throw e;
      },
      20,
    );
    try {
      // Any event in the folder makes the watcher compare the file with where it started.
      await writeSettingsFile(dir, 'edited-before-watch');
      await until(() => seen.length === 1, { what: 'the edit reported' });
      expect(seen).toEqual(['edited-before-watch']);
    } finally {
      w.close();
    }
  });

  it('close() drops an edit still in its debounce: no timer outlives the watcher', async () => {
    // Fake timers count the watcher's own debounce, not every timer of the worker.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const seen: string[] = [];
      const w = watchSettingsFile(
        dir,
        '',
        (t) => seen.push(t),
        (e) => {
          throw e;
        },
        60_000,
      );
      await writeFile(path.join(dir, 'settings.json'), '{}');
      await vi.waitFor(() => expect(vi.getTimerCount()).toBe(1), { timeout: 10_000 });
      w.close();
      expect(vi.getTimerCount()).toBe(0);
      expect(seen).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
