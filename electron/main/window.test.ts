import { beforeEach, describe, expect, it, vi } from 'vitest';

const made = vi.hoisted(() => [] as FakeWindow[]);

class FakeWindow {
  static loadResult: Promise<void> = Promise.resolve();
  readonly handlers = new Map<string, ((...args: unknown[]) => void)[]>();
  readonly webContents = {
    id: 41,
    send: vi.fn(),
    isDestroyed: () => false,
    on: vi.fn(),
  };
  readonly removeMenu = vi.fn();
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly loadURL = vi.fn(() => FakeWindow.loadResult);
  minimized = false;
  destroyed = false;
  constructor(readonly options: unknown) {
    made.push(this);
  }
  on(event: string, listener: (...args: unknown[]) => void) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: (...args: unknown[]) => void) {
    return this.on(event, listener);
  }
  emit(event: string) {
    for (const l of this.handlers.get(event) ?? []) l();
  }
  isMinimized() {
    return this.minimized;
  }
  isDestroyed() {
    return this.destroyed;
  }
}

vi.mock('electron', () => ({ BrowserWindow: FakeWindow }));

const { openMainWindow, bringToFront } = await import('./window.ts');

function open(kiosk = false) {
  const detach = vi.fn();
  const attach = vi.fn(() => detach);
  const log = vi.fn();
  const win = openMainWindow({ options: { show: false }, url: 'app://apron/index.html', kiosk, host: { attach }, log }) as unknown as FakeWindow;
  return { win, attach, detach, log };
}

describe('openMainWindow', () => {
  beforeEach(() => {
    made.length = 0;
    FakeWindow.loadResult = Promise.resolve();
  });

  it('creates the window with the options, loads the start page and shows it once drawn', () => {
    const { win } = open();
    expect(win.options).toEqual({ show: false });
    expect(win.loadURL).toHaveBeenCalledWith('app://apron/index.html');
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalled();
  });

  it('is trusted by the IPC host until it closes', () => {
    const { win, attach, detach } = open();
    expect(attach).toHaveBeenCalledWith(win.webContents);
    expect(detach).not.toHaveBeenCalled();
    win.emit('closed');
    expect(detach).toHaveBeenCalledTimes(1);
  });

  it('has no menu in kiosk mode', () => {
    expect(open(true).win.removeMenu).toHaveBeenCalled();
    expect(open(false).win.removeMenu).not.toHaveBeenCalled();
  });

  it('shows the window anyway when the page fails to load, and says why', async () => {
    FakeWindow.loadResult = Promise.reject(new Error('ERR_FILE_NOT_FOUND'));
    const { win, log } = open();
    await vi.waitFor(() => expect(win.show).toHaveBeenCalled());
    expect(log).toHaveBeenCalledWith(expect.stringContaining('could not load'), expect.any(Error));
  });
});

describe('bringToFront', () => {
  it('restores, shows and focuses the window', () => {
    const win = new FakeWindow({});
    win.minimized = true;
    bringToFront(win as never);
    expect(win.restore).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('does nothing without a live window', () => {
    expect(() => bringToFront(null)).not.toThrow();
    const win = new FakeWindow({});
    win.destroyed = true;
    bringToFront(win as never);
    expect(win.focus).not.toHaveBeenCalled();
  });
});
