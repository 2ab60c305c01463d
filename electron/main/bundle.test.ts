import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The built bundles (dist/electron/main.cjs and preload.cjs, as scripts/build-node.mjs
// makes them) run in plain Node with a fake `electron` module: the real core, SQLite and
// migrations behind the real IPC host. The Electron binary cannot be downloaded here, so
// this is what shows the bundles load and answer; smoke.test.ts does it in Electron.

const root = path.resolve(import.meta.dirname, '..', '..');

// Stands in for Electron: records what main does, then plays a scenario (FAKE_SCENARIO)
// and prints one JSON line that the test reads.
const FAKE_ELECTRON = String.raw`
const { EventEmitter } = require('node:events');
const seen = { dialogs: [], windows: [], schemes: [], protocolHandlers: {}, menu: 'default', exposed: null, invoked: [] };
const report = (extra) => process.stdout.write('FAKE_ELECTRON ' + JSON.stringify({ ...seen, protocolHandlers: Object.keys(seen.protocolHandlers), ...extra }) + '\n');
const appEvents = new EventEmitter();
let ready;
const whenReady = new Promise((resolve) => (ready = resolve));
let ipcHandler = null;
const app = {
  isPackaged: false,
  getPath: (name) => (name === 'appData' ? process.env.FAKE_APPDATA : process.env.FAKE_APPDATA + '/Apron'),
  setPath: () => {},
  requestSingleInstanceLock: () => process.env.FAKE_LOCK !== 'taken',
  quit: () => { appEvents.emit('will-quit'); report({ quit: true }); process.exit(0); },
  exit: (code) => { report({ exitCode: code }); process.exit(code); },
  whenReady: () => whenReady,
  on: (event, listener) => { appEvents.on(event, listener); return app; },
};
let nextId = 11;
class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = Object.assign(new EventEmitter(), { id: nextId++, sent: [], send: (...args) => this.webContents.sent.push(args), isDestroyed: () => false, setWindowOpenHandler: () => {} });
    appEvents.emit('web-contents-created', {}, this.webContents);
    seen.windows.push({ options, id: this.webContents.id });
  }
  removeMenu() {}
  show() {}
  isDestroyed() { return false; }
  loadURL(url) { seen.windows[seen.windows.length - 1].url = url; return Promise.resolve(); }
}
const session = { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {}, setDevicePermissionHandler() {}, webRequest: { onHeadersReceived() {} } } };
module.exports = {
  app, BrowserWindow, session,
  dialog: { showErrorBox: (title, message) => seen.dialogs.push({ title, message }) },
  Menu: { setApplicationMenu: (menu) => (seen.menu = menu) },
  protocol: { registerSchemesAsPrivileged: (schemes) => seen.schemes.push(...schemes), handle: (scheme, handler) => (seen.protocolHandlers[scheme] = handler) },
  ipcMain: { handle: (channel, handler) => { if (channel === 'apron:call') ipcHandler = handler; }, removeHandler: () => {} },
  contextBridge: { exposeInMainWorld: (name, api) => (seen.exposed = { name, keys: Object.keys(api).sort(), api }) },
  ipcRenderer: { invoke: async (...args) => { seen.invoked.push(args); return { ok: true, value: 'pong' }; }, on() {}, removeListener() {} },
};

if (process.env.FAKE_SCENARIO === 'preload') {
  setImmediate(async () => {
    const api = seen.exposed && seen.exposed.api;
    const result = api ? await api.call('auth.session', {}) : null;
    seen.exposed = seen.exposed && { name: seen.exposed.name, keys: seen.exposed.keys };
    report({ result });
    process.exit(0);
  });
} else {
  setImmediate(async () => {
    ready();
    await new Promise((r) => setTimeout(r, 50));
    if (!ipcHandler) return; // main exited or quit already
    const id = seen.windows[0].id;
    const trusted = { sender: { id }, senderFrame: { url: 'app://apron/index.html#/' } };
    const calls = {
      session: ipcHandler(trusted, { method: 'auth.session', input: {} }),
      status: ipcHandler(trusted, { method: 'cafe.status', input: {} }),
      unknown: ipcHandler(trusted, { method: 'till.explode', input: {} }),
      malformed: ipcHandler(trusted, { method: 7 }),
      stranger: ipcHandler({ sender: { id: 999 }, senderFrame: { url: 'app://apron/' } }, { method: 'auth.session', input: {} }),
      elsewhere: ipcHandler({ sender: { id }, senderFrame: { url: 'https://evil.example/' } }, { method: 'auth.session', input: {} }),
    };
    const page = await seen.protocolHandlers.app(new Request('app://apron/index.html'));
    report({ calls, page: { status: page.status, csp: page.headers.get('content-security-policy') } });
    app.quit();
  });
}
`;

const HOOK = String.raw`
const Module = require('node:module');
const path = require('node:path');
const fake = path.join(__dirname, 'fake-electron.cjs');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? fake : resolve.call(this, request, ...rest);
};
`;

interface Report {
  dialogs: { title: string; message: string }[];
  windows: { options: { kiosk: boolean; webPreferences: Record<string, unknown> }; url: string; id: number }[];
  schemes: { scheme: string; privileges: Record<string, boolean> }[];
  protocolHandlers: string[];
  menu: unknown;
  exposed: { name: string; keys: string[] } | null;
  invoked: unknown[][];
  calls?: Record<string, { ok: boolean; error?: { code: string } }>;
  page?: { status: number; csp: string };
  result?: unknown;
  exitCode?: number;
  quit?: boolean;
}

let work: string;
let fakeDir: string;

function run(bundle: 'main' | 'preload', env: Record<string, string> = {}, args: string[] = []): { status: number | null; report: Report; stderr: string } {
  const out = spawnSync(process.execPath, ['--require', path.join(fakeDir, 'hook.cjs'), path.join(work, 'dist', 'electron', `${bundle}.cjs`), ...args], {
    encoding: 'utf8',
    env: { ...process.env, FAKE_APPDATA: path.join(work, 'appdata'), APRON_KIOSK: '', APRON_RENDERER_URL: '', ...env },
    timeout: 20_000,
  });
  const lines = out.stdout.split('\n').filter((l) => l.startsWith('FAKE_ELECTRON '));
  if (lines.length === 0) throw new Error(`no report from the ${bundle} bundle (status ${out.status}):\n${out.stdout}\n${out.stderr}`);
  // Later reports (on quit) add to earlier ones.
  const report = Object.assign({}, ...lines.map((l) => JSON.parse(l.slice('FAKE_ELECTRON '.length)) as Partial<Report>)) as Report;
  return { status: out.status, report, stderr: out.stderr };
}

beforeAll(() => {
  // A folder shaped like the repository (dist/, migrations/, node_modules/) so the
  // unpackaged paths in paths.ts resolve, without touching the real dist/.
  work = mkdtempSync(path.join(os.tmpdir(), 'apron-bundle-'));
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-node.mjs'), '--out-dir', path.join(work, 'dist'), '--only', 'main,preload'], { cwd: root, stdio: 'pipe' });
  symlinkSync(path.join(root, 'migrations'), path.join(work, 'migrations'));
  symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'));
  mkdirSync(path.join(work, 'dist', 'renderer'));
  writeFileSync(path.join(work, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Apron</title>');
  fakeDir = path.join(work, 'fake');
  mkdirSync(fakeDir);
  writeFileSync(path.join(fakeDir, 'fake-electron.cjs'), FAKE_ELECTRON);
  writeFileSync(path.join(fakeDir, 'hook.cjs'), HOOK);
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the built main bundle', () => {
  it('starts the core on APRON_DATA_DIR and answers calls over IPC, sender checked', () => {
    const dataDir = path.join(work, 'data-ok');
    const { status, report } = run('main', { APRON_DATA_DIR: dataDir });
    expect(status).toBe(0);
    expect(report.dialogs).toEqual([]);
    expect(existsSync(path.join(dataDir, 'apron.sqlite'))).toBe(true);
    expect(report.calls?.session).toMatchObject({ ok: true });
    expect(report.calls?.status).toMatchObject({ ok: true });
    expect(report.calls?.unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(report.calls?.malformed).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(report.calls?.stranger).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(report.calls?.elsewhere).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(report.quit).toBe(true);
  });

  it('opens one sandboxed window on app://apron with the preload it was built beside', () => {
    const { report } = run('main', { APRON_DATA_DIR: path.join(work, 'data-window') });
    expect(report.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(report.windows).toHaveLength(1);
    const win = report.windows[0]!;
    expect(win.url).toBe('app://apron/index.html');
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(win.options.webPreferences.preload).toBe(path.join(work, 'dist', 'electron', 'preload.cjs'));
    expect(existsSync(win.options.webPreferences.preload as string)).toBe(true);
    expect(report.page?.status).toBe(200);
    expect(report.page?.csp).toContain("script-src 'self'");
  });

  it('goes kiosk with --kiosk', () => {
    const { report } = run('main', { APRON_DATA_DIR: path.join(work, 'data-kiosk') }, ['--kiosk']);
    expect(report.windows[0]?.options.kiosk).toBe(true);
    expect(report.menu).toBeNull();
  });

  it('refuses a database from a newer Apron with a dialog, and exits 1 without a window', () => {
    const dataDir = path.join(work, 'data-newer');
    mkdirSync(dataDir);
    const db = new Database(path.join(dataDir, 'apron.sqlite'));
    db.pragma('user_version = 999');
    db.close();
    const { status, report } = run('main', { APRON_DATA_DIR: dataDir });
    expect(status).toBe(1);
    expect(report.dialogs).toEqual([{ title: 'Apron cannot start', message: expect.stringContaining('newer version of Apron') }]);
    expect(report.windows).toEqual([]);
  });

  it('quits when another Apron holds the lock', () => {
    const { status, report } = run('main', { APRON_DATA_DIR: path.join(work, 'data-lock'), FAKE_LOCK: 'taken' });
    expect(status).toBe(0);
    expect(report.quit).toBe(true);
    expect(report.windows).toEqual([]);
    expect(existsSync(path.join(work, 'data-lock'))).toBe(false);
  });
});

describe('the built preload bundle', () => {
  it('exposes window.apron with call and on, calling over the call channel', () => {
    const { report } = run('preload', { FAKE_SCENARIO: 'preload' });
    expect(report.exposed).toEqual({ name: 'apron', keys: ['call', 'on'] });
    expect(report.invoked).toEqual([['apron:call', { method: 'auth.session', input: {} }]]);
    expect(report.result).toEqual({ ok: true, value: 'pong' });
  });
});
