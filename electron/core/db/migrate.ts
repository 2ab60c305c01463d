import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DatabaseRefusedError, type Db } from './open.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE_PATTERN = /^(\d{4})_([a-z0-9_]+)\.sql$/;

/** Reads `NNNN_name.sql` files; refuses gaps, duplicates and stray names. */
export function loadMigrations(dir: string): Migration[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
  const migrations = files.map((file) => {
    const match = FILE_PATTERN.exec(file);
    if (!match) throw new Error(`Migration file ${file} is not named NNNN_name.sql`);
    return { version: Number(match[1]), name: match[2] ?? '', sql: readFileSync(path.join(dir, file), 'utf8') };
  });
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`Migrations must be numbered 0001, 0002, … without gaps: expected ${String(i + 1).padStart(4, '0')} but found ${String(m.version).padStart(4, '0')}_${m.name}.sql`);
    }
  });
  return migrations;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies each migration newer than the database in its own transaction, setting
 * user_version in the same transaction. A database from a newer Apron is refused.
 */
export function migrate(db: Db, migrations: readonly Migration[]): { from: number; to: number } {
  const from = schemaVersion(db);
  const latest = migrations.length;
  if (from > latest) {
    throw new DatabaseRefusedError(
      `This database was written by a newer version of Apron (schema ${from}; this Apron knows up to ${latest}). Install the newer Apron again: this one will not touch the data.`,
    );
  }
  for (const m of migrations.slice(from)) {
    try {
      db.transaction(() => {
        db.exec(m.sql);
        db.pragma(`user_version = ${m.version}`);
      }).immediate();
    } catch (cause) {
      // The hosts show a DatabaseRefusedError's message to the café as it is.
      throw new DatabaseRefusedError(
        `Apron could not update its database (step ${String(m.version).padStart(4, '0')}_${m.name}: ${(cause as Error).message}). Nothing of that step was saved and the data is as it was; ask for help before trading.`,
      );
    }
  }
  return { from, to: latest };
}
