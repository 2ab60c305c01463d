import path from 'node:path';
import type { BackupStatus } from '../../../shared/contract/index.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/open.ts';
import type { Logger } from '../dispatcher.ts';
import type { BackupBoard } from './board.ts';
import { copyBackup, listBackupFiles, pruneBackups, writeBackup } from './files.ts';
import { bytesInWords } from '../../../shared/sizes.ts';
import { timeInWords } from './words.ts';

// The host's backup worker: a copy every few hours while Apron runs (and soon after start
// when the newest is older than that), and whenever a manager asks. One at a time; sales go
// on meanwhile (the online backup API copies in steps between them).

export interface BackupWorkerOptions {
  db: Db;
  board: BackupBoard;
  clock: Clock;
  logger: Logger;
  /** How often to look whether a backup is due. */
  checkMs?: number;
  /** The first look, after start (kept out of the way of opening the screens). */
  firstCheckMs?: number;
}

export interface BackupWorker {
  /** Makes a backup now (or waits for the one under way). */
  runNow(): Promise<BackupStatus>;
  /** Stops the timers and waits for a backup under way to finish. */
  stop(): Promise<void>;
}

const HOUR_MS = 3_600_000;

export function startBackupWorker(options: BackupWorkerOptions): BackupWorker {
  const { db, board, clock, logger } = options;
  let running: Promise<BackupStatus> | null = null;
  let stopped = false;

  const backUp = async (): Promise<BackupStatus> => {
    const { folder, copyFolder, keep } = board.policy;
    const before = board.status();
    board.set({ state: 'running', message: 'Making a backup…', at: before.at });
    let status: BackupStatus;
    try {
      const file = await writeBackup(db, folder, clock.now());
      pruneBackups(folder, keep);
      const made = `Backed up at ${timeInWords(file.at)}: ${bytesInWords(file.bytes)}, checked.`;
      status = { state: 'ok', message: made, at: file.at };
      if (copyFolder) {
        try {
          copyBackup(path.join(folder, file.name), copyFolder);
          pruneBackups(copyFolder, keep);
          status = { ...status, message: `${made} Also copied to ${copyFolder}.` };
        } catch (cause) {
          logger.error(`could not copy the backup to ${copyFolder}`, cause);
          status = { state: 'failed', message: `${made} But it could not be copied to ${copyFolder} (${(cause as Error).message}): check that the drive or share is there.`, at: file.at };
        }
      }
    } catch (cause) {
      // Apron closing its database mid-copy ends the copy; nothing is left under a backup's name.
      if (!stopped) logger.error('backup failed', cause);
      status = { state: 'failed', message: `The backup could not be made (${(cause as Error).message}). Apron will try again; if this goes on, ask for help.`, at: clock.now().toISOString() };
    }
    if (!stopped) board.set(status);
    return status;
  };

  const runNow = (): Promise<BackupStatus> => {
    running ??= backUp().finally(() => {
      running = null;
    });
    return running;
  };

  const due = (): boolean => {
    const { folder, everyHours } = board.policy;
    const newest = listBackupFiles(folder)[0];
    return !newest || clock.now().getTime() - new Date(newest.at).getTime() >= everyHours * HOUR_MS;
  };
  const check = (): void => {
    if (!stopped && !running && due()) void runNow();
  };

  const first = setTimeout(check, options.firstCheckMs ?? 10_000);
  const timer = setInterval(check, options.checkMs ?? 60_000);
  first.unref();
  timer.unref();
  const unsubscribe = board.onRequest(() => {
    if (!stopped) void runNow();
  });

  return {
    runNow,
    stop: async () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      unsubscribe();
      if (running) await running;
    },
  };
}
