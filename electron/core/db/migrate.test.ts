import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, defaultMigrationsDir } from '../app.ts';
import { snapshot, tempDir, TEST_VERSION } from '../testing/testCore.ts';
import { loadMigrations, migrate, schemaVersion, type Migration } from './migrate.ts';
import { DATABASE_FILE, DatabaseRefusedError, openDatabase, type Db } from './open.ts';

const stations: Migration = { version: 1, name: 'stations', sql: 'CREATE TABLE station (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT;' };
const stationColour: Migration = { version: 2, name: 'station_colour', sql: "ALTER TABLE station ADD COLUMN colour TEXT NOT NULL DEFAULT 'grey';" };
const seedTill: Migration = { version: 3, name: 'seed_till', sql: "INSERT INTO station (name, colour) VALUES ('till', 'green');" };

function withDb<T>(fn: (db: Db, dir: string) => T): T {
  const dir = tempDir();
  const db = openDatabase(dir);
  try {
    return fn(db, dir);
  } finally {
    db.close();
  }
}

function tableNames(db: Db): string[] {
  return db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((r) => r.name);
}

function folderOf(files: Record<string, string>): string {
  const dir = tempDir('apron-migrations-');
  for (const [name, sql] of Object.entries(files)) writeFileSync(path.join(dir, name), sql);
  return dir;
}

describe('migrations runner', () => {
  it('applies every migration in order and sets user_version to the last', () => {
    withDb((db) => {
      // 0002 and 0003 only work after 0001: applied out of order, they would fail
      expect(migrate(db, [stations, stationColour, seedTill])).toEqual({ from: 0, to: 3 });
      expect(schemaVersion(db)).toBe(3);
      expect(db.prepare('SELECT name, colour FROM station').all()).toEqual([{ name: 'till', colour: 'green' }]);
    });
  });

  it('applies only the migrations the database has not had yet', () => {
    withDb((db) => {
      migrate(db, [stations]);
      db.prepare("INSERT INTO station (name) VALUES ('kitchen')").run();
      expect(migrate(db, [stations, stationColour, seedTill])).toEqual({ from: 1, to: 3 });
      expect(db.prepare('SELECT name, colour FROM station ORDER BY id').all()).toEqual([
        { name: 'kitchen', colour: 'grey' },
        { name: 'till', colour: 'green' },
      ]);
    });
  });

  it('running it again changes nothing', () => {
    withDb((db) => {
      migrate(db, [stations, stationColour, seedTill]);
      const before = snapshot(db);
      expect(migrate(db, [stations, stationColour, seedTill])).toEqual({ from: 3, to: 3 });
      expect(snapshot(db)).toEqual(before);
    });
  });

  it('runs each migration in its own transaction: a failing second one leaves the first applied, user_version 1, nothing of the second', () => {
    withDb((db) => {
      const broken: Migration = {
        version: 2,
        name: 'broken',
        sql: "CREATE TABLE shift (id INTEGER PRIMARY KEY);\nINSERT INTO station (name) VALUES ('barista');\nINSERT INTO no_such_table VALUES (1);",
      };
      let refusal: unknown;
      try {
        migrate(db, [stations, broken, seedTill]);
      } catch (cause) {
        refusal = cause;
      }
      expect(refusal).toBeInstanceOf(DatabaseRefusedError);
      expect((refusal as Error).message).toMatch(/^Apron could not update its database \(step 0002_broken: no such table: no_such_table\)\. Nothing of that step was saved/);
      expect(schemaVersion(db)).toBe(1);
      expect(tableNames(db)).toEqual(['station']);
      expect(db.prepare('SELECT count(*) FROM station').pluck().get()).toBe(0);
      expect(db.inTransaction).toBe(false);
      // once the file is fixed, the run carries on from where it stopped
      expect(migrate(db, [stations, stationColour, seedTill])).toEqual({ from: 1, to: 3 });
    });
  });

  it('the core refuses to start on a failed migration with a clear message, and starts once it is fixed', () => {
    const dataDir = tempDir();
    const broken = folderOf({ '0001_stations.sql': stations.sql, '0002_station_colour.sql': 'ALTER TABLE stashun ADD COLUMN colour TEXT;' });
    expect(() => createCore({ dataDir, version: TEST_VERSION, migrationsDir: broken })).toThrow(DatabaseRefusedError);
    const fixed = folderOf({ '0001_stations.sql': stations.sql, '0002_station_colour.sql': stationColour.sql });
    const core = createCore({ dataDir, version: TEST_VERSION, migrationsDir: fixed });
    try {
      expect(core.schemaVersion).toBe(2);
      expect(core.db.prepare("INSERT INTO station (name) VALUES ('till') RETURNING colour").pluck().get()).toBe('grey');
    } finally {
      core.close();
    }
  });

  it('refuses a database from a newer Apron with a clear message, and does not change it', () => {
    withDb((db) => {
      migrate(db, [stations, stationColour, seedTill]);
      db.pragma('user_version = 7');
      const before = snapshot(db);
      let refusal: unknown;
      try {
        migrate(db, [stations, stationColour, seedTill]);
      } catch (cause) {
        refusal = cause;
      }
      expect(refusal).toBeInstanceOf(DatabaseRefusedError);
      expect((refusal as Error).message).toMatch(/newer version of Apron \(schema 7; this Apron knows up to 3\)/);
      expect((refusal as Error).message).toMatch(/will not touch the data/);
      expect(snapshot(db)).toEqual(before);
    });
  });

  it('the whole core refuses a newer database and leaves the file byte for byte as it was', () => {
    const dir = tempDir();
    const first = createCore({ dataDir: dir, version: TEST_VERSION });
    const known = first.schemaVersion;
    first.db.pragma(`user_version = ${known + 1}`);
    first.close();
    const file = path.join(dir, DATABASE_FILE);
    const before = readFileSync(file);
    expect(() => createCore({ dataDir: dir, version: TEST_VERSION })).toThrow(DatabaseRefusedError);
    expect(readFileSync(file).equals(before)).toBe(true);
    const reopened = openDatabase(dir);
    try {
      expect(schemaVersion(reopened)).toBe(known + 1);
    } finally {
      reopened.close();
    }
  });
});

describe('loading migration files', () => {
  it('reads NNNN_name.sql files in number order, ignoring files that are not SQL', () => {
    const dir = folderOf({
      '0002_station_colour.sql': stationColour.sql,
      '0001_stations.sql': stations.sql,
      '0003_seed_till.sql': seedTill.sql,
      'README.md': 'notes',
    });
    expect(loadMigrations(dir)).toEqual([stations, stationColour, seedTill]);
  });

  it('refuses a gap in the numbers', () => {
    const dir = folderOf({ '0001_stations.sql': stations.sql, '0003_seed_till.sql': seedTill.sql });
    expect(() => loadMigrations(dir)).toThrow('expected 0002 but found 0003_seed_till.sql');
  });

  it('refuses numbering that does not start at 0001', () => {
    const dir = folderOf({ '0002_station_colour.sql': stationColour.sql });
    expect(() => loadMigrations(dir)).toThrow(/without gaps: expected 0001/);
  });

  it('refuses two migrations with the same number', () => {
    const dir = folderOf({ '0001_stations.sql': stations.sql, '0001_other.sql': seedTill.sql });
    expect(() => loadMigrations(dir)).toThrow(/expected 0002 but found 0001_/);
  });

  it.each(['1_stations.sql', '0001-stations.sql', '0001_Stations.sql', '0001_.sql', '00001_stations.sql', 'stations.sql', '0001_two words.sql'])(
    'refuses a badly named file: %s',
    (name) => {
      const dir = folderOf({ [name]: stations.sql });
      expect(() => loadMigrations(dir)).toThrow(`Migration file ${name} is not named NNNN_name.sql`);
    },
  );

  it("the project's own migrations load, and a new database ends at the last of them", () => {
    const files = readdirSync(defaultMigrationsDir()).filter((f) => f.endsWith('.sql'));
    const migrations = loadMigrations(defaultMigrationsDir());
    expect(migrations).toHaveLength(files.length);
    const core = createCore({ dataDir: tempDir(), version: TEST_VERSION });
    try {
      expect(core.schemaVersion).toBe(files.length);
      expect(schemaVersion(core.db)).toBe(files.length);
      expect(tableNames(core.db)).toEqual(expect.arrayContaining(['audit_log', 'cafe', 'install', 'staff']));
      expect(core.db.prepare('SELECT count(*) FROM install').pluck().get()).toBe(1);
    } finally {
      core.close();
    }
  });
});
