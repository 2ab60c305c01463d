import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import packageJson from '../../package.json' with { type: 'json' };
import { BackupCheckError } from '../core/backup/files.ts';
import { restoreBackup } from '../core/backup/restore.ts';
import { DatabaseRefusedError } from '../core/db/open.ts';
import { loadMigrations } from '../core/db/migrate.ts';
import { defaultDataDir } from './dataDir.ts';
import { startServer } from './server.ts';

// Browser mode: `node dist/server/cli.mjs [--port 5170] [--data-dir DIR] [--backup-copy-dir DIR] [--test]`.
// APRON_PORT, APRON_DATA_DIR and APRON_BACKUP_COPY_DIR are honoured too; flags win.
// Restoring, with Apron stopped: `node dist/server/cli.mjs --data-dir DIR --restore FILE`.

const DEFAULT_PORT = 5170;

/** Finds a folder beside this file or one of its parents (source tree or dist/). */
function findUp(from: string, ...names: string[]): string | null {
  let dir = from;
  for (;;) {
    const candidate = path.join(dir, ...names);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      test: { type: 'boolean', default: false },
      'backup-copy-dir': { type: 'string' },
      restore: { type: 'string' },
    },
  });
  const here = path.dirname(fileURLToPath(import.meta.url));
  const portText = values.port ?? process.env.APRON_PORT ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`[apron] "${portText}" is not a port number (0–65535).`);
    process.exit(2);
  }
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir();
  const rendererDir = process.env.APRON_RENDERER_DIR ?? findUp(here, 'dist', 'renderer') ?? path.resolve(here, '..', 'renderer');
  const migrationsDir = findUp(here, 'migrations');
  if (!migrationsDir) {
    console.error('[apron] cannot find the migrations folder.');
    process.exit(1);
  }
  if (values.restore) {
    restoreFrom(path.resolve(values.restore), dataDir, migrationsDir);
    return;
  }
  const copyDir = values['backup-copy-dir'] ?? process.env.APRON_BACKUP_COPY_DIR;
  try {
    const server = await startServer({
      port,
      dataDir,
      rendererDir,
      migrationsDir,
      testMode: values.test ?? false,
      version: packageJson.version,
      ...(copyDir ? { backupPolicy: { copyFolder: path.resolve(copyDir) } } : {}),
    });
    console.log(`[apron] Apron is running in browser mode at ${server.url}/ (data in ${dataDir})${values.test ? ' — TEST MODE: test routes are on' : ''}`);
    const stop = () => {
      void server.close().then(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (cause) {
    if (cause instanceof DatabaseRefusedError) {
      console.error(`[apron] ${cause.message}`);
      process.exit(1);
    }
    if ((cause as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`[apron] port ${port} is already in use: is Apron already running? Set APRON_PORT to use another port.`);
      process.exit(1);
    }
    throw cause;
  }
}

/** Puts a checked backup in place of the database (Apron must be stopped), keeping the old one aside. */
function restoreFrom(file: string, dataDir: string, migrationsDir: string): void {
  const migrations = loadMigrations(migrationsDir);
  const newest = migrations.at(-1)?.version ?? 0;
  try {
    const { setAside } = restoreBackup({ dataDir, from: file, maxSchema: newest, now: new Date() });
    console.log(`[apron] Restored ${file} into ${dataDir}.${setAside ? ` The database that was there is kept as ${setAside}.` : ''} Start Apron as usual.`);
  } catch (cause) {
    if (cause instanceof BackupCheckError) {
      console.error(`[apron] Nothing was changed: ${cause.message}`);
      process.exit(1);
    }
    throw cause;
  }
}

void main();
