import path from 'node:path';
import type { BackupStatus } from '../../../shared/contract/index.ts';
import type { EventHub } from '../events.ts';
import { BACKUP_FOLDER, listBackupFiles } from './files.ts';

// What the backup worker last did, and the manager's "back up now", kept in memory between
// the core's handlers and the host's worker (as the device board is for printers).

export interface BackupPolicy {
  /** Where copies are kept: the data folder's `backups` folder unless the host says otherwise. */
  folder: string;
  /** A second folder every copy also goes to (a USB stick, a network share), if the host sets one. */
  copyFolder: string | null;
  everyHours: number;
  keep: number;
}

export const DEFAULT_BACKUP_HOURS = 6;
export const DEFAULT_BACKUP_KEEP = 30;

export function backupPolicy(dataDir: string, given: Partial<BackupPolicy> = {}): BackupPolicy {
  return {
    folder: given.folder ?? path.join(dataDir, BACKUP_FOLDER),
    copyFolder: given.copyFolder ?? null,
    everyHours: given.everyHours ?? DEFAULT_BACKUP_HOURS,
    keep: given.keep ?? DEFAULT_BACKUP_KEEP,
  };
}

export class BackupBoard {
  private current: BackupStatus | null = null;
  private readonly requestListeners = new Set<() => void>();

  constructor(
    readonly policy: BackupPolicy,
    private readonly events: EventHub,
  ) {}

  /** What happened last: this run's news, or else what the folder shows from before. */
  status(): BackupStatus {
    if (this.current) return this.current;
    const newest = listBackupFiles(this.policy.folder)[0];
    return newest
      ? { state: 'ok', message: 'The last backup was made before Apron last started.', at: newest.at }
      : { state: 'never', message: 'No backup has been made yet.', at: null };
  }

  set(status: BackupStatus): void {
    this.current = status;
    this.events.publish({ event: 'backup.status', payload: status });
  }

  /** Asks the worker for a backup. It starts after the asking call's transaction has committed. */
  request(): void {
    setImmediate(() => {
      for (const listener of this.requestListeners) listener();
    });
  }

  onRequest(listener: () => void): () => void {
    this.requestListeners.add(listener);
    return () => this.requestListeners.delete(listener);
  }
}
