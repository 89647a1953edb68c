import { contextBridge, ipcMain, ipcRenderer } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createLogger, type LogRecord } from '../../../electron/engine/logger';
import { type ApiHandlers, setupIpc, type ShellHandlers } from '../../../electron/shell/ipc';
import { API_METHODS } from '../../../shared/contract';
import { BRIDGED, EVENT_CHANNEL, ipcChannel, SUBSCRIBE_CHANNEL } from '../../../shared/contract/bridge';
import { SHELL_METHODS } from '../../../shared/contract/shell';
import type { EngineEvent } from '../../../shared/types';
import { appStatus } from '../../helpers/app-status';

const APP = 'file:///app/out/renderer/index.html';
type Handler = (event: unknown, input?: unknown) => Promise<unknown>;
const handlers = (ipcMain as unknown as { handlers: Map<string, Handler> }).handlers;
const call = (scope: 'api' | 'shell', method: string, input?: unknown, url: string | null = `${APP}#/settings`) =>
  handlers.get(ipcChannel(scope, method))!({ senderFrame: url === null ? null : { url }, sender: {} }, input);

const fail = () => Promise.reject(new Error('not used here'));
const shellHandlers = Object.fromEntries(SHELL_METHODS.map((m) => [m, vi.fn(fail)])) as unknown as ShellHandlers;

let dispose: (() => void) | null = null;
let logs: LogRecord[] = [];
const listeners = new Set<(e: EngineEvent) => void>();
let api: ApiHandlers;

beforeEach(() => {
  logs = [];
  api = {
    ...(Object.fromEntries(API_METHODS.map((m) => [m, vi.fn(fail)])) as unknown as ApiHandlers),
    getStatus: vi.fn(async () => appStatus()),
    testChannel: vi.fn(async () => ({ ok: true as const, ms: 12 })),
  };
  dispose = setupIpc({
    ipcMain,
    api,
    shell: shellHandlers,
    isAppUrl: (url) => url.split('#')[0] === APP,
    onEvent: (l) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    logger: createLogger('test', { level: 'debug', sink: (r) => logs.push(r) }),
  });
});
afterEach(() => dispose?.());

describe('IPC handlers', () => {
  it('has one channel per contract method, generated from the method lists', () => {
    expect([...handlers.keys()].sort()).toEqual(
      [...API_METHODS.map((m) => ipcChannel('api', m)), ...SHELL_METHODS.map((m) => ipcChannel('shell', m))].sort(),
    );
  });

  it('answers the app’s own page with a valid input', async () => {
    await expect(call('api', 'getStatus')).resolves.toMatchObject({ running: true });
    await expect(call('api', 'testChannel', { channelId: 'desktop' })).resolves.toEqual({ ok: true, ms: 12 });
    expect(api.testChannel).toHaveBeenCalledWith({ channelId: 'desktop' });
  });

  it('passes a channel being edited to the test, its secret markers as they are', async () => {
    const channel = { id: 'hook', type: 'webhook', url: { set: true } };
    await expect(call('api', 'testChannel', { channel })).resolves.toEqual({ ok: true, ms: 12 });
    expect(api.testChannel).toHaveBeenCalledWith({ channel: expect.objectContaining(channel) });
  });

  it.each([
    ['a number', 5],
    ['an extra field', { channelId: 'desktop', url: 'https://evil.example' }],
    ['an empty id', { channelId: '' }],
    ['nothing', undefined],
  ])('refuses a bad payload (%s) without calling the handler, and logs it', async (_name, input) => {
    await expect(call('api', 'testChannel', input)).rejects.toThrow(/testChannel: invalid input/);
    expect(api.testChannel).not.toHaveBeenCalled();
    expect(logs.some((r) => r.message === 'refused a call with a bad input')).toBe(true);
  });

  it('refuses input to a method that takes none', async () => {
    await expect(call('api', 'getStatus', { all: true })).rejects.toThrow(/getStatus: invalid input/);
  });

  it.each([
    ['another site', 'https://evil.example/#/settings'],
    ['another local file', 'file:///tmp/evil.html'],
    ['a destroyed frame', null],
  ])('refuses a foreign sender (%s)', async (_name, url) => {
    await expect(call('api', 'getStatus', undefined, url)).rejects.toThrow(/getStatus: refused/);
    expect(api.getStatus).not.toHaveBeenCalled();
  });

  it('sends engine events only to pages of the app that subscribed', () => {
    const sender = (url: string) => {
      const wc = { send: vi.fn(), isDestroyed: () => false, once: vi.fn() };
      ipcMain.emit(SUBSCRIBE_CHANNEL, { senderFrame: { url }, sender: wc });
      return wc;
    };
    const ours = sender(APP);
    const foreign = sender('https://evil.example/');
    const event: EngineEvent = { type: 'offline', at: 1, cause: 'x' };
    listeners.forEach((l) => l(event));
    expect(ours.send).toHaveBeenCalledWith(EVENT_CHANNEL, event);
    expect(foreign.send).not.toHaveBeenCalled();
  });

  it('removes every handler when disposed', () => {
    dispose!();
    dispose = null;
    expect(handlers.size).toBe(0);
    expect(listeners.size).toBe(0);
  });
});

describe('preload', () => {
  it('exposes exactly one function per method, each on its own channel, and no generic invoke', async () => {
    await import('../../../electron/preload');
    const [name, bridge] = vi.mocked(contextBridge.exposeInMainWorld).mock.calls[0] as [
      string,
      Record<string, unknown>,
    ];
    expect(name).toBe('ipwatch');
    expect(Object.keys(bridge).sort()).toEqual([...API_METHODS, 'onNavigate', 'shell', 'subscribe', 'version'].sort());
    expect(Object.keys(bridge.shell as object).sort()).toEqual([...SHELL_METHODS].sort());
    expect(Object.isFrozen(bridge)).toBe(true);
    for (const m of BRIDGED) {
      const fn = (m.scope === 'api' ? bridge : (bridge.shell as Record<string, unknown>))[m.name] as (
        i?: unknown,
      ) => Promise<unknown>;
      await fn({ probe: m.name });
      expect(vi.mocked(ipcRenderer.invoke)).toHaveBeenLastCalledWith(ipcChannel(m.scope, m.name), { probe: m.name });
    }
    // The page never names a channel: no invoke/send/on, and no method takes more than its one input.
    expect(Object.keys(bridge).filter((k) => /^(invoke|send|on|ipc)/i.test(k))).toEqual(['onNavigate']);
    expect(Object.values(bridge).every((v) => typeof v !== 'function' || v.length <= 1)).toBe(true);

    const got: EngineEvent[] = [];
    const off = (bridge.subscribe as (l: (e: EngineEvent) => void) => () => void)((e) => got.push(e));
    expect(vi.mocked(ipcRenderer.send)).toHaveBeenCalledWith(SUBSCRIBE_CHANNEL);
    ipcRenderer.emit(EVENT_CHANNEL, {}, { type: 'online', at: 2, offlineMs: 5 });
    off();
    ipcRenderer.emit(EVENT_CHANNEL, {}, { type: 'online', at: 3, offlineMs: 5 });
    expect(got).toEqual([{ type: 'online', at: 2, offlineMs: 5 }]);
  });
});
