/**
 * Vitest setup: the one Electron mock. The real 'electron' package only resolves the path of a
 * binary that tests never start, so every test sees these small fakes instead.
 *
 * - `app` is an EventEmitter: `app.emit('ready')` resolves `app.whenReady()`.
 * - Classes (BrowserWindow, Tray, Notification) are `vi.fn` wrappers, so `mock.calls` holds
 *   their constructor options and `mock.instances` the objects made.
 * - safeStorage "encrypts" reversibly with a visible prefix, so a test can tell it was used.
 */
import { vi } from 'vitest';

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');

  /** vi.fn(SomeClass) drops the class's prototype (EventEmitter methods); this wrapper keeps it. */
  const constructible = <A extends unknown[], T>(Class: new (...args: A) => T) =>
    vi.fn(function (...args: A) {
      return new Class(...args);
    });

  class FakeApp extends EventEmitter {
    private ready = false;
    private readonly readyPromise = new Promise<void>((resolve) =>
      this.once('ready', () => {
        this.ready = true;
        resolve();
      }),
    );
    isPackaged = false;
    whenReady = vi.fn(() => this.readyPromise);
    isReady = vi.fn(() => this.ready);
    quit = vi.fn();
    exit = vi.fn();
    getName = vi.fn(() => 'IPWatch');
    getVersion = vi.fn(() => '0.0.0-test');
    getPath = vi.fn((name: string) => join(tmpdir(), 'ipwatch-electron-mock', name));
    requestSingleInstanceLock = vi.fn(() => true);
    getLoginItemSettings = vi.fn(() => ({ openAtLogin: false }));
    setLoginItemSettings = vi.fn();
  }

  class FakeWebContents extends EventEmitter {
    private static nextId = 1;
    readonly id = FakeWebContents.nextId++;
    send = vi.fn();
    setWindowOpenHandler = vi.fn();
    isDestroyed = vi.fn(() => false);
  }

  const windows = new Set<FakeBrowserWindow>();
  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    private destroyed = false;
    constructor(readonly options: Record<string, unknown> = {}) {
      super();
      windows.add(this);
    }
    loadURL = vi.fn(async (_url: string) => {});
    loadFile = vi.fn(async (_path: string) => {});
    show = vi.fn();
    hide = vi.fn();
    focus = vi.fn();
    isVisible = vi.fn(() => false);
    isDestroyed = vi.fn(() => this.destroyed);
    close = vi.fn(() => this.destroy());
    destroy = vi.fn(() => {
      this.destroyed = true;
      windows.delete(this);
      this.emit('closed');
    });
  }
  const BrowserWindow = Object.assign(constructible(FakeBrowserWindow), {
    getAllWindows: vi.fn(() => [...windows]),
    fromWebContents: vi.fn((wc: unknown) => [...windows].find((w) => w.webContents === wc) ?? null),
  });

  class FakeNotification extends EventEmitter {
    constructor(readonly options: Record<string, unknown> = {}) {
      super();
    }
    show = vi.fn();
    close = vi.fn();
  }
  const Notification = Object.assign(constructible(FakeNotification), { isSupported: vi.fn(() => true) });

  class FakeTray extends EventEmitter {
    private destroyed = false;
    constructor(readonly image: unknown) {
      super();
    }
    setImage = vi.fn();
    setToolTip = vi.fn();
    setTitle = vi.fn();
    setContextMenu = vi.fn();
    isDestroyed = vi.fn(() => this.destroyed);
    destroy = vi.fn(() => {
      this.destroyed = true;
    });
  }
  const Tray = constructible(FakeTray);

  const Menu = {
    buildFromTemplate: vi.fn((template: unknown[]) => ({ items: template, popup: vi.fn(), closePopup: vi.fn() })),
    setApplicationMenu: vi.fn(),
  };

  const fakeImage = (source: string) => ({
    source,
    isEmpty: () => source === 'empty',
    toPNG: () => Buffer.alloc(0),
    resize: () => fakeImage(source),
    setTemplateImage: vi.fn(),
  });
  const nativeImage = {
    createEmpty: vi.fn(() => fakeImage('empty')),
    createFromPath: vi.fn((path: string) => fakeImage(path)),
    createFromBuffer: vi.fn((_buffer: Buffer) => fakeImage('buffer')),
    createFromDataURL: vi.fn((_url: string) => fakeImage('data-url')),
  };

  const PREFIX = 'fake-encrypted:';
  const safeStorage = {
    isEncryptionAvailable: vi.fn(() => true),
    getSelectedStorageBackend: vi.fn(() => 'basic_text'),
    encryptString: vi.fn((text: string) => Buffer.from(PREFIX + text, 'utf8')),
    decryptString: vi.fn((data: Buffer) => {
      const text = data.toString('utf8');
      if (!text.startsWith(PREFIX)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.');
      return text.slice(PREFIX.length);
    }),
  };

  class FakeIpcMain extends EventEmitter {
    readonly handlers = new Map<string, (...args: unknown[]) => unknown>();
    handle = vi.fn((channel: string, handler: (...args: unknown[]) => unknown) => {
      if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      this.handlers.set(channel, handler);
    });
    removeHandler = vi.fn((channel: string) => {
      this.handlers.delete(channel);
    });
  }

  class FakeIpcRenderer extends EventEmitter {
    invoke = vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined);
    send = vi.fn();
  }

  const electron = {
    app: new FakeApp(),
    BrowserWindow,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcMain: new FakeIpcMain(),
    ipcRenderer: new FakeIpcRenderer(),
    Notification,
    Tray,
    Menu,
    nativeImage,
    safeStorage,
    shell: { openExternal: vi.fn(async () => {}), openPath: vi.fn(async () => '') },
  };
  return { ...electron, default: electron };
});
