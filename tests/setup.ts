/**
 * Vitest setup: the one Electron mock. The real 'electron' package only resolves the path of a
 * binary that tests never start, so every test sees these small fakes instead.
 *
 * - `app` is an EventEmitter: `app.emit('ready')` resolves `app.whenReady()`.
 * - Classes (BrowserWindow, Tray, Notification) are `vi.fn` wrappers, so `mock.calls` holds
 *   their constructor options and `mock.instances` the objects made.
 * - safeStorage "encrypts" reversibly with a visible prefix, so a test can tell it was used;
 *   getSelectedStorageBackend says 'basic_text' (Linux without a keyring) unless a test says otherwise.
 * - Every new webContents emits app 'web-contents-created', as Electron does, and carries the
 *   one fake `session.defaultSession`.
 * - protocol keeps its handlers in `handlers`; net.fetch reads file: URLs from disk, as Electron's does.
 * - ipcMain keeps its handlers in `handlers`, so a test invokes one with the event it chooses
 *   (`{ senderFrame: { url }, sender }`).
 * - A window's close destroys it, unless its page refuses to unload (`webContents.refusesUnload`,
 *   as a page with beforeunload set) and no 'will-prevent-unload' listener overrules it.
 * - powerMonitor is an EventEmitter: `powerMonitor.emit('resume')` plays a wake from sleep.
 * - app.getAppMetrics lists this process (Browser), a page (Tab) and the GPU process, each with a
 *   working set in kilobytes, as Electron's ProcessMetric does.
 */
import '../shared/zod-words';
import { vi } from 'vitest';

import { loadCatalogue } from '../renderer/src/i18n/catalogue';

// Nothing leaves this machine: a runtime a test starts from a data folder on default settings
// (the app's, a new runner's) would ask the machine's real router. The router tests give their
// stand-ins through the settings they pass, which this does not touch.
process.env.IPWATCH_ROUTER ??= 'off';

// The dashboard's English words are here before a component test's first render, as main.tsx
// fetches them beside the first status request in a browser.
await loadCatalogue('en');

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
    private loginItem = { openAtLogin: false };
    getLoginItemSettings = vi.fn(() => ({ ...this.loginItem }));
    setLoginItemSettings = vi.fn((settings: { openAtLogin?: boolean }) => {
      this.loginItem = { openAtLogin: settings.openAtLogin ?? false };
    });
    setAppUserModelId = vi.fn();
    relaunch = vi.fn();
    focus = vi.fn();
    getAppPath = vi.fn(() => process.cwd());
    getPreferredSystemLanguages = vi.fn((): string[] => ['en-US']);
    /** Electron's ProcessMetric list: this process (the main one), a page and the GPU, working sets in KB. */
    getAppMetrics = vi.fn(() => [
      {
        pid: process.pid,
        type: 'Browser',
        cpu: {},
        creationTime: 0,
        memory: { workingSetSize: 120_000, peakWorkingSetSize: 0 },
      },
      {
        pid: process.pid + 1,
        type: 'Tab',
        cpu: {},
        creationTime: 0,
        memory: { workingSetSize: 90_000, peakWorkingSetSize: 0 },
      },
      {
        pid: process.pid + 2,
        type: 'GPU',
        cpu: {},
        creationTime: 0,
        memory: { workingSetSize: 40_000, peakWorkingSetSize: 0 },
      },
    ]);
    dock = { hide: vi.fn(), show: vi.fn(async () => {}) };
  }

  /** session.defaultSession: permission handlers and response headers, kept so tests can call them. */
  class FakeSession extends EventEmitter {
    permissionRequestHandler: ((...args: unknown[]) => void) | null = null;
    permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
    headersListener: ((...args: unknown[]) => void) | null = null;
    setPermissionRequestHandler = vi.fn((h: ((...args: unknown[]) => void) | null) => {
      this.permissionRequestHandler = h;
    });
    setPermissionCheckHandler = vi.fn((h: ((...args: unknown[]) => boolean) | null) => {
      this.permissionCheckHandler = h;
    });
    setDevicePermissionHandler = vi.fn();
    webRequest = {
      onHeadersReceived: vi.fn((h: ((...args: unknown[]) => void) | null) => {
        this.headersListener = h;
      }),
    };
  }
  const defaultSession = new FakeSession();

  class FakeWebContents extends EventEmitter {
    private static nextId = 1;
    /** Set by a test: the page's beforeunload refuses (unsaved work), so a close emits 'will-prevent-unload'. */
    refusesUnload = false;
    readonly id = FakeWebContents.nextId++;
    readonly session = defaultSession;
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
    send = vi.fn();
    setWindowOpenHandler = vi.fn((h: (details: { url: string }) => { action: string }) => {
      this.windowOpenHandler = h;
    });
    isDestroyed = vi.fn(() => false);
    openDevTools = vi.fn();
    closeDevTools = vi.fn();
    getURL = vi.fn(() => '');
  }

  const windows = new Set<FakeBrowserWindow>();
  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    private destroyed = false;
    private bounds = { x: 0, y: 0, width: 800, height: 600 };
    constructor(readonly options: Record<string, unknown> = {}) {
      super();
      windows.add(this);
      for (const k of ['x', 'y', 'width', 'height'] as const)
        if (typeof options[k] === 'number') this.bounds[k] = options[k];
      electron.app.emit('web-contents-created', {}, this.webContents);
    }
    getBounds = vi.fn(() => ({ ...this.bounds }));
    setBounds = vi.fn((b: Partial<typeof this.bounds>) => {
      this.bounds = { ...this.bounds, ...b };
    });
    isMinimized = vi.fn(() => false);
    restore = vi.fn();
    loadURL = vi.fn(async (_url: string) => {});
    loadFile = vi.fn(async (_path: string) => {});
    show = vi.fn();
    hide = vi.fn();
    focus = vi.fn();
    isVisible = vi.fn(() => false);
    isDestroyed = vi.fn(() => this.destroyed);
    // As Electron's: a page that refuses to unload keeps the window unless a 'will-prevent-unload' listener prevents the refusal.
    close = vi.fn(() => {
      let overruled = false;
      if (this.webContents.refusesUnload)
        this.webContents.emit('will-prevent-unload', { preventDefault: () => (overruled = true) });
      if (!this.webContents.refusesUnload || overruled) this.destroy();
    });
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
    popUpContextMenu = vi.fn();
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

  const protocol = {
    handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
      if (protocol.handlers.has(scheme)) throw new Error(`The scheme "${scheme}" is already handled`);
      protocol.handlers.set(scheme, handler);
    }),
    unhandle: vi.fn((scheme: string) => void protocol.handlers.delete(scheme)),
  };
  const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const net = {
    fetch: vi.fn(async (url: string) => {
      const { readFile } = await import('node:fs/promises');
      const { extname } = await import('node:path');
      const { fileURLToPath } = await import('node:url');
      if (!url.startsWith('file:')) throw new Error(`the electron mock's net.fetch reads file: URLs only, not ${url}`);
      const file = fileURLToPath(url);
      try {
        const body = await readFile(file);
        return new Response(body, { headers: { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' } });
      } catch {
        return new Response('', { status: 404 });
      }
    }),
  };

  const electron = {
    protocol,
    net,
    app: new FakeApp(),
    BrowserWindow,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcMain: new FakeIpcMain(),
    session: { defaultSession },
    clipboard: { writeText: vi.fn(), readText: vi.fn(() => '') },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn(async () => ({ response: 0 })),
      showMessageBoxSync: vi.fn(() => 0),
    },
    ipcRenderer: new FakeIpcRenderer(),
    Notification,
    Tray,
    Menu,
    nativeImage,
    safeStorage,
    powerMonitor: new EventEmitter(),
    shell: { openExternal: vi.fn(async () => {}), openPath: vi.fn(async () => ''), showItemInFolder: vi.fn() },
  };
  return { ...electron, default: electron };
});
