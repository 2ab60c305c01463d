import type Database from 'better-sqlite3';
import type { Db } from './open.ts';

/**
 * What a read method gets: statements that cannot write. A read handler that tries to
 * prepare a write fails at once, in tests, rather than writing outside a transaction.
 */
export interface ReadDb {
  prepare<P extends unknown[] | object = unknown[], R = unknown>(sql: string): Database.Statement<P, R>;
}

/** What a write method gets, inside the dispatcher's BEGIN IMMEDIATE transaction. */
export interface WriteDb extends ReadDb {
  readonly writable: true;
}

export function statementCache(db: Db) {
  const cache = new Map<string, Database.Statement>();
  return (sql: string): Database.Statement => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };
}

export function handles(db: Db): { read: ReadDb; write: WriteDb } {
  const prepare = statementCache(db);
  const read: ReadDb = {
    prepare(sql) {
      const stmt = prepare(sql);
      if (!stmt.readonly) throw new Error(`A read method tried to write: ${sql.slice(0, 60)}`);
      return stmt as never;
    },
  };
  const write: WriteDb = { writable: true, prepare: (sql) => prepare(sql) as never };
  return { read, write };
}
