import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE } from '../db/open.ts';
import { backupName, checkBackupFile } from './files.ts';

// Restoring a backup, with Apron stopped: the backup is checked first (a damaged copy, or
// one from a newer Apron, is refused and nothing moves); the database in use, with its
// write-ahead log, is moved aside (never deleted) under a name saying when; then the copy
// goes in under a temporary name and is renamed, so the data folder never holds half a file.

export interface RestoreResult {
  /** Where the database that was in use went (null when there was none). */
  setAside: string | null;
  schemaVersion: number;
}

export function restoreBackup(options: { dataDir: string; from: string; maxSchema: number; now: Date }): RestoreResult {
  const schemaVersion = checkBackupFile(options.from, options.maxSchema);
  const file = path.join(options.dataDir, DATABASE_FILE);
  const stamp = backupName(options.now).replace('apron-backup-', '').replace('.sqlite', '');
  let setAside: string | null = null;
  if (existsSync(file)) {
    setAside = `${file}.before-restore-${stamp}`;
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(file + suffix)) renameSync(file + suffix, setAside + suffix);
    }
  }
  const partial = `${file}.restoring`;
  try {
    copyFileSync(options.from, partial);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  return { setAside, schemaVersion };
}
