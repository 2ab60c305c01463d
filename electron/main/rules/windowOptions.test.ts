import { describe, expect, it } from 'vitest';
import { windowOptions } from './windowOptions.ts';

const base = { preloadPath: '/app/dist/electron/preload.cjs', packaged: true, kiosk: false };

describe('windowOptions', () => {
  it('isolates the renderer: context isolation, sandbox, no Node, web security on', () => {
    const prefs = windowOptions(base).webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });

  it('loads the given preload', () => {
    expect(windowOptions(base).webPreferences?.preload).toBe('/app/dist/electron/preload.cjs');
  });

  it('has developer tools only when not packaged', () => {
    expect(windowOptions({ ...base, packaged: true }).webPreferences?.devTools).toBe(false);
    expect(windowOptions({ ...base, packaged: false }).webPreferences?.devTools).toBe(true);
  });

  it('goes kiosk and full screen when asked', () => {
    expect(windowOptions({ ...base, kiosk: true })).toMatchObject({ kiosk: true, fullscreen: true });
    expect(windowOptions({ ...base, kiosk: false })).toMatchObject({ kiosk: false, fullscreen: false });
  });

  it('waits to be shown until it is drawn', () => {
    expect(windowOptions(base).show).toBe(false);
  });
});
