import type { ReadDb } from './handles.ts';

/** What `data_versions` counts (migration 0008): each moves on with every change to its tables. */
export type DataName = 'catalogue' | 'staff' | 'cafe' | 'shifts';

/** The current version of `name`: a memo built at another version is stale. */
export function dataVersion(db: ReadDb, name: DataName): number {
  return db.prepare<[string], number>('SELECT version FROM data_versions WHERE name = ?').pluck().get(name) ?? 0;
}

/** A value built from `name`'s rows, built again only when they have changed since. */
export function memoised<T>(db: ReadDb, name: DataName, key: string, build: () => T): T {
  return db.memo ? db.memo(`${name}:${key}`, dataVersion(db, name), build) : build();
}
