import type Database from 'better-sqlite3';
import type { Db } from './open.ts';

/**
 * What a read method gets: statements that cannot write. A read handler that tries to
 * prepare a write fails at once, in tests, rather than writing outside a transaction.
 */
export interface ReadDb {
  prepare<P extends unknown[] | object = unknown[], R = unknown>(sql: string): Database.Statement<P, R>;
  /**
   * A value kept for this database while `version` stays the same (see db/versions.ts; a
   * string when it stands for several): built by `build` the first time and whenever the
   * version has moved on. The core's handles have one; a bare connection used as a ReadDb
   * (the print worker's) builds every time.
   */
  memo?<T>(key: string, version: number | string, build: () => T): T;
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

function memoCache() {
  const kept = new Map<string, { version: number | string; value: unknown }>();
  return <T>(key: string, version: number | string, build: () => T): T => {
    const hit = kept.get(key);
    if (hit && hit.version === version) return hit.value as T;
    const value = build();
    kept.set(key, { version, value });
    return value;
  };
}

export function handles(db: Db): { read: ReadDb; write: WriteDb } {
  const prepare = statementCache(db);
  const memo = memoCache();
  const read: ReadDb = {
    prepare(sql) {
      const stmt = prepare(sql);
      if (!stmt.readonly) throw new Error(`A read method tried to write: ${sql.slice(0, 60)}`);
      return stmt as never;
    },
    memo,
  };
  const write: WriteDb = { writable: true, prepare: (sql) => prepare(sql) as never, memo };
  return { read, write };
}
