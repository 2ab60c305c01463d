import path from 'node:path';
import { app, dialog, ipcMain, Menu, protocol, session, type BrowserWindow } from 'electron';
import packageJson from '../../package.json' with { type: 'json' };
import { createNodeHidBackend } from '../../hardware/hid/nodeHid.ts';
import { openPrinter } from '../../hardware/printer/open.ts';
import { createCore, type Core } from '../core/app.ts';
import { systemClock } from '../core/clock.ts';
import { startBackupWorker } from '../core/backup/worker.ts';
import { startPrintWorker } from '../core/printing/worker.ts';
import { startScannerWorker } from '../core/scanners/worker.ts';
import { appScheme, serveRenderer } from './appProtocol.ts';
import { hardenSession, hardenWebContents, type Log } from './harden.ts';
import { createIpcHost } from './ipcHost.ts';
import { appPaths } from './paths.ts';
import { contentSecurityPolicy } from './rules/csp.ts';
import { kioskRequested } from './rules/kiosk.ts';
import { rendererLocation, startUrl, type RendererLocation } from './rules/rendererLocation.ts';
import { windowOptions } from './rules/windowOptions.ts';
import { bringToFront, openMainWindow } from './window.ts';

// The Electron shell: wiring only. Every decision is in ./rules (pure, unit-tested) and
// the IPC host in ./ipcHost.ts; this file hands them Electron's objects.

const log: Log = (message, cause) => (cause === undefined ? console.error(`[apron] ${message}`) : console.error(`[apron] ${message}`, cause));

function refuseToStart(message: string): void {
  console.error(`[apron] ${message}`);
  dialog.showErrorBox('Apron cannot start', message);
  app.exit(1);
}

function main(): void {
  // Run unpackaged (`electron dist/electron/main.cjs`), Electron would call itself
  // "Electron"; use the same folder as the installed app and browser mode.
  if (!app.isPackaged) app.setPath('userData', path.join(app.getPath('appData'), packageJson.productName));

  if (!app.requestSingleInstanceLock()) {
    // Two tills on one database would fight over it; the first one is brought forward.
    app.quit();
    return;
  }

  let location: RendererLocation;
  try {
    location = rendererLocation(app.isPackaged, process.env);
  } catch (cause) {
    app.whenReady().then(() => refuseToStart((cause as Error).message), () => app.exit(1));
    return;
  }
  protocol.registerSchemesAsPrivileged([appScheme]);

  const paths = appPaths({ packaged: app.isPackaged, resourcesPath: process.resourcesPath, bundleDir: __dirname, userData: app.getPath('userData'), env: process.env });
  const kiosk = kioskRequested(process.argv, process.env);
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => bringToFront(mainWindow));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, location, log));
  // A till has one window; closing it ends Apron on every platform.
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    let core: Core;
    try {
      core = createCore({
        dataDir: paths.dataDir,
        version: packageJson.version,
        migrationsDir: paths.migrationsDir,
        backups: { copyFolder: process.env.APRON_BACKUP_COPY_DIR ?? null },
      });
    } catch (cause) {
      // DatabaseRefusedError (damaged, or written by a newer Apron) says what to do in plain words.
      refuseToStart(cause instanceof Error ? cause.message : String(cause));
      return;
    }
    hardenSession(session.defaultSession, location, log);
    if (location.kind === 'app') serveRenderer(protocol, paths.rendererDir, contentSecurityPolicy(location));
    if (kiosk) Menu.setApplicationMenu(null);

    const host = createIpcHost({ ipcMain, core, location, log });
    // Sends the jobs the core queues (receipts, reports, the drawer); the core never waits for a printer.
    const printWorker = startPrintWorker({ db: core.db, clock: systemClock, devices: core.devices, events: core.events, openPrinter, logger: { error: log } });
    // Reads a badge or barcode reader in HID mode (node-hid, loaded only when first needed) and sends its scans to the screen.
    const scannerWorker = startScannerWorker({ db: core.db, devices: core.devices, events: core.events, backend: createNodeHidBackend(), logger: { error: log } });
    // Copies the database every few hours and when a manager asks (README: Backups and restoring).
    const backupWorker = startBackupWorker({ db: core.db, board: core.backups, clock: systemClock, logger: { error: log } });
    app.on('will-quit', () => {
      host.dispose();
      void backupWorker.stop();
      // stop() halts the workers at once (nothing more is written); sockets and the reader close in the background.
      void printWorker.stop();
      void scannerWorker.stop();
      core.close();
    });

    mainWindow = openMainWindow({
      options: windowOptions({ preloadPath: paths.preloadPath, packaged: app.isPackaged, kiosk }),
      url: startUrl(location),
      kiosk,
      host,
      log,
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    log(`Apron ${packageJson.version} started (data in ${paths.dataDir}${kiosk ? ', kiosk' : ''})`);
  });
}

main();
