import { z } from 'zod';
import { method } from './define.ts';

// Backups: copies of the café's database made with SQLite's online backup API while Apron
// runs (every few hours, at start when the last is old, and when a manager asks), each
// checked by opening it and running quick_check, the newest kept. Restoring is done with
// Apron stopped (see README, "Backups and restoring").

export interface BackupFile {
  name: string;
  /** When the copy was made (UTC, ISO). */
  at: string;
  bytes: number;
}

export type BackupState = 'never' | 'running' | 'ok' | 'failed';

export interface BackupStatus {
  state: BackupState;
  /** What happened last, in words ("Backed up at 14:05: 2.1 MB, checked."). */
  message: string;
  /** When the last backup finished or failed (UTC, ISO), if any. */
  at: string | null;
}

export interface Backups {
  status: BackupStatus;
  /** Where the copies are kept, and the second folder they are also copied to, if one is set. */
  folder: string;
  copyFolder: string | null;
  /** Hours between automatic backups. */
  everyHours: number;
  /** How many copies are kept in each folder. */
  keep: number;
  /** Newest first. */
  files: BackupFile[];
}

export const backupMethods = {
  'backups.list': method<Backups>()({
    input: z.strictObject({}),
    access: ['manager'],
    kind: 'read',
  }),
  /** Starts a backup now; the screen hears `backup.status` when it is done. */
  'backups.runNow': method<BackupStatus>()({
    input: z.strictObject({}),
    access: ['manager'],
    kind: 'write',
  }),
};
