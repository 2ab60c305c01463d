import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths } from './paths.ts';

// electron-builder.yml checked against electron-builder's own schema, and against what
// electron/main/paths.ts expects to find in a packaged app. Packaging itself needs the
// Electron binary, which cannot be downloaded here.

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const yaml = require('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  extraResources: { from: string; to: string }[];
  asarUnpack: string[];
  npmRebuild: boolean;
  linux: { target: string[] };
  win: { target: string[] };
}

const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as { validateConfiguration(c: unknown, logger: unknown): Promise<void> };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and its targets', () => {
    expect(config.appId).toBe('org.apron.till');
    expect(config.productName).toBe('Apron');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('puts migrations and screens where the packaged main process looks for them', () => {
    const paths = appPaths({ packaged: true, resourcesPath: '/R', bundleDir: '/R/app.asar/dist/electron', userData: '/U', env: {} });
    const to = (from: string) => config.extraResources.find((r) => r.from === from)?.to;
    expect(path.join('/R', to('migrations') ?? '?')).toBe(paths.migrationsDir);
    expect(path.join('/R', to('dist/renderer') ?? '?')).toBe(paths.rendererDir);
  });

  it('ships the bundles and package.json (main: dist/electron/main.cjs, preload beside it)', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
  });

  it('keeps native modules out of the asar archive and does not rebuild them', () => {
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/*.node', 'node_modules/better-sqlite3/**', 'node_modules/node-hid/**']));
    expect(config.npmRebuild).toBe(false);
  });
});
