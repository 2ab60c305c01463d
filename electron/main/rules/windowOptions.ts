import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  preloadPath: string;
  /** app.isPackaged: an installed till has no developer tools. */
  packaged: boolean;
  kiosk: boolean;
}

/**
 * The main window. The renderer gets no Node, runs sandboxed in its own JavaScript world
 * and sees only what the preload exposes; every setting that could weaken that is spelt
 * out rather than left to a default that may change between Electron versions.
 */
export function windowOptions({ preloadPath, packaged, kiosk }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    title: 'Apron',
    backgroundColor: '#ffffff',
    // Shown on 'ready-to-show', so a trainee never sees a white flash or half-drawn screen.
    show: false,
    kiosk,
    fullscreen: kiosk,
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: !packaged,
    },
  };
}
