import path from 'node:path';

export interface PathsInput {
  /** app.isPackaged */
  packaged: boolean;
  /** process.resourcesPath: where electron-builder's extraResources land. */
  resourcesPath: string;
  /** The folder of the running main bundle (dist/electron, inside app.asar when packaged). */
  bundleDir: string;
  /** app.getPath('userData') */
  userData: string;
  env: Record<string, string | undefined>;
}

export interface AppPaths {
  dataDir: string;
  migrationsDir: string;
  rendererDir: string;
  preloadPath: string;
}

/**
 * Where everything is. Packaged: migrations and screens are extraResources beside app.asar
 * (plain files, not inside the archive). Unpackaged: the repository, found from
 * dist/electron. Passing migrationsDir always also means the CJS bundle never needs the
 * core's import.meta.url fallback.
 */
export function appPaths({ packaged, resourcesPath, bundleDir, userData, env }: PathsInput): AppPaths {
  const dataDir = env.APRON_DATA_DIR ? path.resolve(env.APRON_DATA_DIR) : userData;
  const repo = path.resolve(bundleDir, '..', '..');
  return {
    dataDir,
    migrationsDir: packaged ? path.join(resourcesPath, 'migrations') : path.join(repo, 'migrations'),
    rendererDir: packaged ? path.join(resourcesPath, 'renderer') : path.join(repo, 'dist', 'renderer'),
    preloadPath: path.join(bundleDir, 'preload.cjs'),
  };
}
