import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths } from './paths.ts';

const packaged = {
  packaged: true,
  resourcesPath: '/opt/Apron/resources',
  bundleDir: '/opt/Apron/resources/app.asar/dist/electron',
  userData: '/home/till/.config/Apron',
  env: {},
};
const dev = { packaged: false, resourcesPath: '/repo/node_modules/electron/dist/resources', bundleDir: '/repo/dist/electron', userData: '/home/dev/.config/Apron', env: {} };

describe('appPaths', () => {
  it('uses resources for migrations and screens when packaged', () => {
    expect(appPaths(packaged)).toEqual({
      dataDir: '/home/till/.config/Apron',
      migrationsDir: '/opt/Apron/resources/migrations',
      rendererDir: '/opt/Apron/resources/renderer',
      preloadPath: '/opt/Apron/resources/app.asar/dist/electron/preload.cjs',
    });
  });

  it('uses the repository when unpackaged', () => {
    expect(appPaths(dev)).toEqual({
      dataDir: '/home/dev/.config/Apron',
      migrationsDir: '/repo/migrations',
      rendererDir: '/repo/dist/renderer',
      preloadPath: '/repo/dist/electron/preload.cjs',
    });
  });

  it('takes APRON_DATA_DIR over userData, made absolute', () => {
    expect(appPaths({ ...packaged, env: { APRON_DATA_DIR: '/srv/apron' } }).dataDir).toBe('/srv/apron');
    expect(appPaths({ ...dev, env: { APRON_DATA_DIR: 'data' } }).dataDir).toBe(path.resolve('data'));
  });

  it('ignores an empty APRON_DATA_DIR', () => {
    expect(appPaths({ ...dev, env: { APRON_DATA_DIR: '' } }).dataDir).toBe('/home/dev/.config/Apron');
  });
});
