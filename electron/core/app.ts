import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BackupBoard, backupPolicy, type BackupPolicy } from './backup/board.ts';
import { systemClock, timeOrderedIds, type Clock, type IdSource } from './clock.ts';
import { idleCheckpointer, type CheckpointPolicy } from './db/checkpoint.ts';
import { loadMigrations, migrate } from './db/migrate.ts';
import { openDatabase, type Db } from './db/open.ts';
import { createDispatcher, type Dispatch, type Logger } from './dispatcher.ts';
import { handles } from './db/handles.ts';
import { DeviceBoard } from './devices.ts';
import { EventHub } from './events.ts';
import { allHandlers } from './handlers.ts';
import { salePoster } from './sales/posting.ts';
import { Sessions } from './sessions.ts';

export interface CoreOptions {
  dataDir: string;
  version: string;
  migrationsDir?: string;
  clock?: Clock;
  ids?: IdSource;
  logger?: Logger;
  checkpoints?: CheckpointPolicy;
  /** Where backups go and how often (the host's worker makes them); defaults in backup/board.ts. */
  backups?: Partial<BackupPolicy>;
}

export interface Core {
  dispatch: Dispatch;
  events: EventHub;
  sessions: Sessions;
  /** What the host's device workers last learnt about printers and scanners. */
  devices: DeviceBoard;
  /** Backup policy and the last backup's news, shared with the host's backup worker. */
  backups: BackupBoard;
  db: Db;
  version: string;
  schemaVersion: number;
  /** Posts sales waiting in sale_postings now (the core does it in the turn after each sale); returns how many. */
  postSales(): number;
  close(): void;
}

/** Where the SQL files are: beside the source in development and tests, or passed in by a packaged host. */
export function defaultMigrationsDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '..', '..', 'migrations');
}

const consoleLogger: Logger = { error: (message, cause) => console.error(`[apron] ${message}`, cause) };

/** Opens the database, migrates it and wires the dispatcher. Throws DatabaseRefusedError with a clear message. */
export function createCore(options: CoreOptions): Core {
  const db = openDatabase(options.dataDir);
  try {
    const { to } = migrate(db, loadMigrations(options.migrationsDir ?? defaultMigrationsDir()));
    const sessions = new Sessions();
    const events = new EventHub();
    const devices = new DeviceBoard(events);
    const backups = new BackupBoard(backupPolicy(options.dataDir, options.backups), events);
    const ids = options.ids ?? timeOrderedIds;
    const logger = options.logger ?? consoleLogger;
    const poster = salePoster({ db, write: handles(db).write, ids, logger, printQueued: () => devices.printQueued() });
    // Sales left waiting by a crash or a power cut are posted before anything reads the journal.
    poster.post();
    const dispatchNow = createDispatcher({
      db,
      clock: options.clock ?? systemClock,
      ids,
      sessions,
      events,
      handlers: allHandlers({ sessions, version: options.version, devices, backups }),
      logger,
      onPosting: () => poster.queued(),
    });
    const checkpoints = idleCheckpointer(db, options.checkpoints);
    const dispatch: Dispatch = (call) => {
      // Normally nothing is waiting here: a sale's posting runs in the turn after its answer.
      poster.post();
      const result = dispatchNow(call);
      poster.postSoon();
      checkpoints.touched();
      return result;
    };
    const close = (): void => {
      poster.post();
      poster.stop();
      checkpoints.stop();
      db.close();
    };
    return { dispatch, events, sessions, devices, backups, db, version: options.version, schemaVersion: to, postSales: () => poster.post(), close };
  } catch (cause) {
    db.close();
    throw cause;
  }
}
