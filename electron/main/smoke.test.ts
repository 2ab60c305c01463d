import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElectronApplication, Page } from '@playwright/test';

// Starts the built Electron app for real, where an Electron binary exists. It cannot be
// downloaded on our build machines, so there this is skipped, saying so.

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * The binary the electron package would run, or null. Reads the package's path.txt instead
 * of require('electron'), which would try to download a missing binary from the network.
 */
function electronBinary(): string | null {
  try {
    const pkgDir = path.dirname(createRequire(path.join(root, 'package.json')).resolve('electron/package.json'));
    const pathFile = path.join(pkgDir, 'path.txt');
    const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const binary = override ? path.join(override, name || 'electron') : name ? path.join(pkgDir, 'dist', name) : '';
    return binary && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function skipReason(binary: string | null): string | null {
  if (!binary) return 'Electron binary not installed here (it cannot be downloaded offline); smoke test skipped';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'no display for Electron (run under xvfb-run); smoke test skipped';
  return null;
}

const binary = electronBinary();
const reason = skipReason(binary);
if (reason) console.warn(`[apron] ${reason}`);

interface Bridge {
  call(method: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: unknown }>;
}

describe.skipIf(reason !== null)('Electron smoke', () => {
  let dataDir: string;
  let app: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build-node.mjs')], { cwd: root, stdio: 'inherit' });
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'apron-smoke-'));
    const { _electron } = await import('@playwright/test');
    app = await _electron.launch({
      executablePath: binary ?? undefined,
      // Chromium's own sandbox refuses to run as root (CI containers); the page sandbox stays on.
      args: [path.join(root, 'dist', 'electron', 'main.cjs'), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      // Its own data and its own userData, so a running Apron does not hold the single-instance lock.
      env: { ...process.env, APRON_DATA_DIR: dataDir, XDG_CONFIG_HOME: path.join(dataDir, 'config'), APPDATA: path.join(dataDir, 'config') } as Record<string, string>,
      timeout: 30_000,
    });
    page = await app.firstWindow();
    await page.waitForURL(/^app:\/\/apron\//, { timeout: 20_000 });
    await page.waitForFunction(() => typeof (globalThis as { apron?: Bridge }).apron?.call === 'function', undefined, { timeout: 20_000 });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens its window on app://apron/', () => {
    expect(page.url()).toMatch(/^app:\/\/apron\//);
  });

  it('answers a call over the bridge from its database in APRON_DATA_DIR', async () => {
    const result = await page.evaluate(() => (globalThis as unknown as { apron: Bridge }).apron.call('auth.session', {}));
    expect(result).toMatchObject({ ok: true });
    expect(existsSync(path.join(dataDir, 'apron.sqlite'))).toBe(true);
  });

  it('gives the page no Node and nothing of Electron but the bridge', async () => {
    const seen = await page.evaluate(() => {
      const g = globalThis as Record<string, unknown>;
      return { require: typeof g.require, process: typeof g.process, apronKeys: Object.keys(g.apron as object).sort() };
    });
    expect(seen).toEqual({ require: 'undefined', process: 'undefined', apronKeys: ['call', 'on'] });
  });

  it('refuses a permission the page asks for', async () => {
    const state = await page.evaluate(async () => {
      const nav = (globalThis as unknown as { navigator: { permissions: { query(d: { name: string }): Promise<{ state: string }> } } }).navigator;
      return (await nav.permissions.query({ name: 'geolocation' })).state;
    });
    expect(state).toBe('denied');
  });
});

describe.skipIf(reason === null)('Electron smoke (skipped)', () => {
  it.skip(reason ?? '', () => {});
});
