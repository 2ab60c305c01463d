import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BackupFile } from '../../../shared/contract/index.ts';
import type { Db } from '../db/open.ts';

// Backup files: `apron-backup-20301029-140500.sqlite` in the data folder's `backups` folder
// (and, when the host sets one, a second folder such as a USB stick or a network share).
// A copy is written under a temporary name, checked, then renamed, so a file with the final
// name is always a whole, checked database.

export const BACKUP_FOLDER = 'backups';
const NAME = /^apron-backup-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.sqlite$/;

export class BackupCheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupCheckError';
  }
}

/** The file name for a copy made at `at` (UTC, so names sort in time order across clock changes). */
export function backupName(at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `apron-backup-${stamp}.sqlite`;
}

/** When a backup file was made, from its name; null for any other file. */
export function backupTime(name: string): Date | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const at = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.000Z`);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** The backups in `folder`, newest first (a missing folder has none). */
export function listBackupFiles(folder: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const files: BackupFile[] = [];
  for (const name of names) {
    const at = backupTime(name);
    if (!at) continue;
    files.push({ name, at: at.toISOString(), bytes: statSync(path.join(folder, name)).size });
  }
  return files.sort((a, b) => b.at.localeCompare(a.at));
}

/**
 * Opens a copy read-only and checks it is a whole Apron database no newer than `maxSchema`:
 * quick_check passes and it has the café's tables. Returns its schema version.
 */
export function checkBackupFile(file: string, maxSchema?: number): number {
  let copy: Db;
  try {
    copy = new Database(file, { readonly: true, fileMustExist: true });
  } catch (cause) {
    throw new BackupCheckError(`${path.basename(file)} cannot be opened as a database (${(cause as Error).message}).`);
  }
  try {
    const problems = copy.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    const bad = problems.map((p) => p.quick_check).filter((p) => p !== 'ok');
    if (bad.length > 0) throw new BackupCheckError(`${path.basename(file)} is damaged (${bad.slice(0, 2).join('; ')}).`);
    const version = copy.pragma('user_version', { simple: true }) as number;
    const hasCafe = copy.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'cafe'").get() !== undefined;
    if (version < 1 || !hasCafe) throw new BackupCheckError(`${path.basename(file)} is not an Apron database.`);
    if (maxSchema !== undefined && version > maxSchema) {
      throw new BackupCheckError(`${path.basename(file)} was made by a newer Apron (database version ${version}; this Apron knows up to ${maxSchema}).`);
    }
    return version;
  } catch (cause) {
    if (cause instanceof BackupCheckError) throw cause;
    throw new BackupCheckError(`${path.basename(file)} cannot be read as a database (${(cause as Error).message}).`);
  } finally {
    copy.close();
  }
}

/**
 * Copies the open database to `folder` with SQLite's online backup API (sales can go on
 * meanwhile), checks the copy and gives it its final name. Nothing is left under the final
 * name if anything fails.
 */
export async function writeBackup(db: Db, folder: string, at: Date): Promise<BackupFile> {
  mkdirSync(folder, { recursive: true });
  const name = backupName(at);
  const partial = path.join(folder, `${name}.partial`);
  try {
    await db.backup(partial);
    selfContained(partial);
    checkBackupFile(partial);
    renameSync(partial, path.join(folder, name));
  } finally {
    rmSync(partial, { force: true });
  }
  return { name, at: at.toISOString(), bytes: statSync(path.join(folder, name)).size };
}

/** The copy keeps the café's write-ahead-log mode; a backup is better as one file that needs no -wal or -shm beside it. */
function selfContained(file: string): void {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Copies a finished backup into a second folder, the same way: under a temporary name, then renamed. */
export function copyBackup(from: string, folder: string): void {
  mkdirSync(folder, { recursive: true });
  const target = path.join(folder, path.basename(from));
  const partial = `${target}.partial`;
  try {
    copyFileSync(from, partial);
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Deletes all but the newest `keep` backups in `folder`; other files are never touched. */
export function pruneBackups(folder: string, keep: number): string[] {
  const old = listBackupFiles(folder).slice(keep);
  for (const file of old) rmSync(path.join(folder, file.name), { force: true });
  return old.map((f) => f.name);
}
