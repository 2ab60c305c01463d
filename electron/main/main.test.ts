import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL } from '../../shared/contract/bridge.ts';
import packageJson from '../../package.json' with { type: 'json' };

// main.ts is wiring; this checks the wiring with Electron and the core replaced by fakes.

type Listener = (...args: unknown[]) => void;

const fx = vi.hoisted(() => {
  const state = {
    lock: true,
    packaged: false,
    appListeners: new Map<string, Listener[]>(),
    windows: [] as { options: Record<string, unknown>; handlers: Map<string, Listener[]>; webContents: { id: number }; removeMenu: () => void; loadURL: (url: string) => Promise<void> }[],
    createCore: null as unknown as (options: unknown) => unknown,
    printWorker: { started: [] as unknown[], stop: null as unknown as () => Promise<void> },
    scannerWorker: { started: [] as unknown[], stop: null as unknown as () => Promise<void> },
    backupWorker: { started: [] as unknown[], stop: null as unknown as () => Promise<void> },
  };
  return { state };
});

vi.mock('electron', () => {
  const { state } = fx;
  class BrowserWindow {
    handlers = new Map<string, Listener[]>();
    webContents = { id: 40 + fx.state.windows.length, send: vi.fn(), isDestroyed: () => false, on: vi.fn() };
    removeMenu = vi.fn();
    loadURL = vi.fn(async () => {});
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
    isDestroyed = () => false;
    constructor(public options: Record<string, unknown>) {
      fx.state.windows.push(this);
    }
    on(event: string, l: Listener) {
      this.handlers.set(event, [...(this.handlers.get(event) ?? []), l]);
      return this;
    }
    once(event: string, l: Listener) {
      return this.on(event, l);
    }
  }
  const app = {
    get isPackaged() {
      return state.packaged;
    },
    getPath: vi.fn((name: string) => (name === 'appData' ? '/home/till/.config' : `/home/till/.config/Apron`)),
    setPath: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => state.lock),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    on: vi.fn((event: string, l: Listener) => {
      state.appListeners.set(event, [...(state.appListeners.get(event) ?? []), l]);
      return app;
    }),
  };
  return {
    app,
    BrowserWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    Menu: { setApplicationMenu: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onHeadersReceived: vi.fn() },
      },
    },
  };
});

vi.mock('../core/app.ts', () => ({ createCore: (options: unknown) => fx.state.createCore(options) }));
vi.mock('../core/printing/worker.ts', () => ({
  startPrintWorker: (options: unknown) => {
    fx.state.printWorker.started.push(options);
    return { wake: () => {}, stop: () => fx.state.printWorker.stop() };
  },
}));

vi.mock('../core/scanners/worker.ts', () => ({
  startScannerWorker: (options: unknown) => {
    fx.state.scannerWorker.started.push(options);
    return { stop: () => fx.state.scannerWorker.stop() };
  },
}));

vi.mock('../core/backup/worker.ts', () => ({
  startBackupWorker: (options: unknown) => {
    fx.state.backupWorker.started.push(options);
    return { runNow: async () => ({}), stop: () => fx.state.backupWorker.stop() };
  },
}));

const electron = await import('electron');
const mocked = electron as unknown as {
  app: Record<string, ReturnType<typeof vi.fn>>;
  dialog: { showErrorBox: ReturnType<typeof vi.fn> };
  ipcMain: { handle: ReturnType<typeof vi.fn> };
  Menu: { setApplicationMenu: ReturnType<typeof vi.fn> };
  protocol: { registerSchemesAsPrivileged: ReturnType<typeof vi.fn>; handle: ReturnType<typeof vi.fn> };
  session: { defaultSession: Record<string, ReturnType<typeof vi.fn>> };
};

function fakeCore() {
  return {
    dispatch: vi.fn(() => ({ ok: true, value: null })),
    events: { subscribe: vi.fn(() => () => {}) },
    sessions: { forget: vi.fn() },
    backups: { policy: {} },
    close: vi.fn(),
  };
}

async function startMain(env: Record<string, string> = {}, argv: string[] = []) {
  vi.resetModules();
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  const savedArgv = process.argv;
  process.argv = [...savedArgv, ...argv];
  try {
    await import('./main.ts');
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    process.argv = savedArgv;
  }
}

const fire = (event: string, ...args: unknown[]) => {
  for (const l of fx.state.appListeners.get(event) ?? []) l(...args);
};

beforeEach(() => {
  vi.clearAllMocks();
  fx.state.lock = true;
  fx.state.packaged = false;
  fx.state.appListeners.clear();
  fx.state.windows.length = 0;
  const core = fakeCore();
  fx.state.createCore = vi.fn(() => core);
  fx.state.printWorker.started.length = 0;
  fx.state.printWorker.stop = vi.fn(async () => {});
  fx.state.scannerWorker.started.length = 0;
  fx.state.scannerWorker.stop = vi.fn(async () => {});
  fx.state.backupWorker.started.length = 0;
  fx.state.backupWorker.stop = vi.fn(async () => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.stubEnv('APRON_KIOSK', '');
  vi.stubEnv('APRON_RENDERER_URL', '');
  vi.stubEnv('APRON_DATA_DIR', '');
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('main', () => {
  it('quits at once when another Apron holds the single-instance lock', async () => {
    fx.state.lock = false;
    await startMain();
    expect(mocked.app.quit).toHaveBeenCalled();
    expect(fx.state.createCore).not.toHaveBeenCalled();
    expect(fx.state.windows).toHaveLength(0);
  });

  it('creates the core with the data folder, the package version and the migrations folder', async () => {
    await startMain({ APRON_DATA_DIR: '/srv/apron-data' });
    expect(fx.state.createCore).toHaveBeenCalledWith({
      dataDir: '/srv/apron-data',
      version: packageJson.version,
      migrationsDir: path.resolve(import.meta.dirname, '..', '..', 'migrations'),
      backups: { copyFolder: null },
    });
  });

  it('uses userData when APRON_DATA_DIR is not set', async () => {
    await startMain();
    expect(fx.state.createCore).toHaveBeenCalledWith(expect.objectContaining({ dataDir: '/home/till/.config/Apron' }));
  });

  it('shows the core’s refusal (a damaged or newer database) and exits without a window', async () => {
    fx.state.createCore = () => {
      throw Object.assign(new Error("Apron's database is damaged. Restore the latest backup."), { name: 'DatabaseRefusedError' });
    };
    await startMain();
    expect(mocked.dialog.showErrorBox).toHaveBeenCalledWith('Apron cannot start', "Apron's database is damaged. Restore the latest backup.");
    expect(mocked.app.exit).toHaveBeenCalledWith(1);
    expect(fx.state.windows).toHaveLength(0);
    expect(mocked.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('refuses a dev renderer URL that is not loopback, before opening anything', async () => {
    await startMain({ APRON_RENDERER_URL: 'http://example.com:5173/' });
    expect(mocked.dialog.showErrorBox).toHaveBeenCalledWith('Apron cannot start', expect.stringContaining('APRON_RENDERER_URL'));
    expect(mocked.app.exit).toHaveBeenCalledWith(1);
    expect(fx.state.createCore).not.toHaveBeenCalled();
  });

  it('registers app:// before ready, serves it, hardens the session and hosts IPC', async () => {
    await startMain();
    expect(mocked.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([expect.objectContaining({ scheme: 'app' })]);
    expect(mocked.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(mocked.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(mocked.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(mocked.ipcMain.handle).toHaveBeenCalledWith(IPC_CALL_CHANNEL, expect.any(Function));
    expect(fx.state.appListeners.has('web-contents-created')).toBe(true);
  });

  it('opens one hardened window on app://apron with the preload beside the bundle', async () => {
    await startMain();
    expect(fx.state.windows).toHaveLength(1);
    const win = fx.state.windows[0]!;
    expect(win.loadURL).toHaveBeenCalledWith('app://apron/index.html');
    expect(win.options).toMatchObject({
      kiosk: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: true, preload: path.join(import.meta.dirname, 'preload.cjs') },
    });
  });

  it('forgets the window’s session when it closes', async () => {
    await startMain();
    const win = fx.state.windows[0]!;
    const core = (fx.state.createCore as ReturnType<typeof vi.fn>).mock.results[0]?.value as ReturnType<typeof fakeCore>;
    for (const l of win.handlers.get('closed') ?? []) l();
    expect(core.sessions.forget).toHaveBeenCalledWith(`ipc:${win.webContents.id}`);
  });

  it('brings the running window forward when Apron is launched again', async () => {
    await startMain();
    fire('second-instance');
    expect((fx.state.windows[0] as unknown as { focus: ReturnType<typeof vi.fn> }).focus).toHaveBeenCalled();
  });

  it('closes the core on quit', async () => {
    await startMain();
    const core = (fx.state.createCore as ReturnType<typeof vi.fn>).mock.results[0]?.value as ReturnType<typeof fakeCore>;
    fire('will-quit');
    expect(core.close).toHaveBeenCalled();
  });

  it('starts the print worker on the core and stops it on quit, before the core closes', async () => {
    await startMain();
    const core = (fx.state.createCore as ReturnType<typeof vi.fn>).mock.results[0]?.value as ReturnType<typeof fakeCore>;
    expect(fx.state.printWorker.started).toHaveLength(1);
    expect(fx.state.printWorker.started[0]).toMatchObject({ events: core.events });
    const order: string[] = [];
    fx.state.printWorker.stop = vi.fn(async () => void order.push('worker'));
    core.close.mockImplementation(() => void order.push('core'));
    fire('will-quit');
    expect(order).toEqual(['worker', 'core']);
  });

  it('starts the scanner worker with a lazily loaded node-hid backend and stops it on quit, before the core closes', async () => {
    await startMain();
    const core = (fx.state.createCore as ReturnType<typeof vi.fn>).mock.results[0]?.value as ReturnType<typeof fakeCore>;
    expect(fx.state.scannerWorker.started).toHaveLength(1);
    expect(fx.state.scannerWorker.started[0]).toMatchObject({ events: core.events, backend: expect.any(Object) });
    const order: string[] = [];
    fx.state.scannerWorker.stop = vi.fn(async () => void order.push('scanners'));
    core.close.mockImplementation(() => void order.push('core'));
    fire('will-quit');
    expect(order).toEqual(['scanners', 'core']);
  });

  it('starts the backup worker on the core, with a second folder from APRON_BACKUP_COPY_DIR, and stops it on quit before the core closes', async () => {
    await startMain({ APRON_BACKUP_COPY_DIR: '/media/usb/apron' });
    const core = (fx.state.createCore as ReturnType<typeof vi.fn>).mock.results[0]?.value as ReturnType<typeof fakeCore>;
    expect(fx.state.createCore).toHaveBeenCalledWith(expect.objectContaining({ backups: { copyFolder: '/media/usb/apron' } }));
    expect(fx.state.backupWorker.started).toHaveLength(1);
    expect(fx.state.backupWorker.started[0]).toMatchObject({ board: core.backups });
    const order: string[] = [];
    fx.state.backupWorker.stop = vi.fn(async () => void order.push('backups'));
    core.close.mockImplementation(() => void order.push('core'));
    fire('will-quit');
    expect(order).toEqual(['backups', 'core']);
  });

  it.each([
    ['--kiosk', {}, ['--kiosk']],
    ['APRON_KIOSK=1', { APRON_KIOSK: '1' }, []],
  ])('goes kiosk with %s: full screen, no menu', async (_why, env, argv) => {
    await startMain(env, argv);
    expect(fx.state.windows[0]?.options).toMatchObject({ kiosk: true, fullscreen: true });
    expect(mocked.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(fx.state.windows[0]?.removeMenu).toHaveBeenCalled();
  });

  it('takes migrations from resources and has no developer tools when packaged', async () => {
    fx.state.packaged = true;
    const proc = process as { resourcesPath?: string };
    proc.resourcesPath = '/opt/Apron/resources';
    try {
      await startMain();
    } finally {
      delete proc.resourcesPath;
    }
    expect(fx.state.createCore).toHaveBeenCalledWith(expect.objectContaining({ migrationsDir: '/opt/Apron/resources/migrations' }));
    expect(fx.state.windows[0]?.options).toMatchObject({ webPreferences: { devTools: false } });
    expect(mocked.app.setPath).not.toHaveBeenCalled();
  });
});
