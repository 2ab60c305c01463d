import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export type Db = Database.Database;

export class DatabaseRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseRefusedError';
  }
}

export const DATABASE_FILE = 'apron.sqlite';

/**
 * Opens the café's one database file: WAL, synchronous=FULL (a sale the screen called
 * saved survives power loss), foreign keys on, and a quick_check before anything else.
 */
export function openDatabase(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE);
  let db: Db;
  try {
    db = new Database(file);
  } catch (cause) {
    throw new DatabaseRefusedError(`Apron could not open its database at ${file}: ${(cause as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const check = db.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    const problems = check.map((r) => r.quick_check).filter((r) => r !== 'ok');
    if (problems.length > 0) {
      throw new DatabaseRefusedError(
        `Apron's database at ${file} is damaged (${problems.slice(0, 3).join('; ')}). Apron will not start on it: restore the latest backup, or ask for help before trading.`,
      );
    }
  } catch (cause) {
    db.close();
    if (cause instanceof DatabaseRefusedError) throw cause;
    throw new DatabaseRefusedError(
      `Apron's database at ${file} cannot be read (${(cause as Error).message}). Apron will not start on it: restore the latest backup, or ask for help before trading.`,
    );
  }
  return db;
}
