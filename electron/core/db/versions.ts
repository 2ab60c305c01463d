import type { ReadDb } from './handles.ts';

/**
 * What `data_versions` tracks (migrations 0008 and 0009): each moves on with every change to
 * its tables. 'printing' is the printer settings.
 */
export type DataName = 'catalogue' | 'staff' | 'cafe' | 'shifts' | 'printing';

/** The current version of `name`: a memo built at another version is stale. Undefined if its row has gone. */
export function dataVersion(db: ReadDb, name: DataName): number | undefined {
  return db.prepare<[string], number>('SELECT version FROM data_versions WHERE name = ?').pluck().get(name);
}

// Reading a version costs about as much as reading one row by its key, so a value built from
// several names' rows reads their versions in one statement, and a value that is one such row
// (the café's idle time) is simply read each time.
function versionsOf(db: ReadDb, names: readonly DataName[]): string | undefined {
  const sql = `SELECT ${names.map(() => '(SELECT version FROM data_versions WHERE name = ?)').join(', ')}`;
  const versions = db.prepare<DataName[], unknown[]>(sql).raw().get(...names);
  return !versions || versions.includes(null) ? undefined : versions.join(':');
}

/**
 * A value built from the rows of `names`, built again only when any of them has changed
 * since. Every caller until then is handed the same value, so callers only read it. Should a
 * version's row itself be deleted behind Apron's back, nothing would move it on any more, so
 * the value is then built every time rather than kept.
 */
export function memoised<T>(db: ReadDb, names: DataName | readonly DataName[], key: string, build: () => T): T {
  if (!db.memo) return build();
  const one = typeof names === 'string';
  const version = one ? dataVersion(db, names) : versionsOf(db, names);
  return version === undefined ? build() : db.memo(`${one ? names : names.join('+')}:${key}`, version, build);
}
