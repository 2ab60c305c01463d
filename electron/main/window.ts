import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import type { Log } from './harden.ts';
import type { IpcHost } from './ipcHost.ts';

export interface MainWindowOptions {
  options: BrowserWindowConstructorOptions;
  url: string;
  kiosk: boolean;
  host: Pick<IpcHost, 'attach'>;
  log: Log;
}

/** Opens the till's window, trusted by the IPC host until it closes (then its session is forgotten). */
export function openMainWindow({ options, url, kiosk, host, log }: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow(options);
  if (kiosk) win.removeMenu();
  const detach = host.attach(win.webContents);
  win.on('closed', detach);
  win.once('ready-to-show', () => win.show());
  win.webContents.on('render-process-gone', (_event, details) => log(`the screen's process ended (${details.reason})`));
  win.loadURL(url).catch((cause: unknown) => {
    // Show the window anyway: an invisible app on a till is worse than an error page.
    log(`could not load ${url}`, cause);
    if (!win.isDestroyed()) win.show();
  });
  return win;
}

/** A second launch (a trainee double-clicking the icon) brings the running till forward. */
export function bringToFront(win: Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus'> | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
