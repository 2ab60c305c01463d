import { describe, expect, it } from 'vitest';
import { openMigratedDb, tempDir } from '../testing/testCore.ts';
import { handles } from './handles.ts';
import { dataVersion, memoised } from './versions.ts';

// Values kept in memory while their rows are unchanged (data_versions, migrations 0008 and 0009).

function cafeWithCategory() {
  const db = openMigratedDb(tempDir());
  db.prepare("INSERT INTO categories (id, name, colour, position, updated_at) VALUES ('cat-cakes', 'Cakes', '#aa3355', 1, 'x')").run();
  const { read } = handles(db);
  let builds = 0;
  const names = (): string[] =>
    memoised(read, 'catalogue', 'names', () => {
      builds += 1;
      return db.prepare<[], string>('SELECT name FROM categories ORDER BY name').pluck().all();
    });
  return { db, read, names, builds: () => builds };
}

describe('a value kept while its rows are unchanged', () => {
  it('is built once, and again after any insert, update or delete of its tables', () => {
    const { db, names, builds } = cafeWithCategory();
    expect(names()).toEqual(['Cakes']);
    expect(names()).toEqual(['Cakes']);
    expect(builds()).toBe(1);
    db.prepare("UPDATE categories SET name = 'Bakes' WHERE id = 'cat-cakes'").run();
    expect(names()).toEqual(['Bakes']);
    db.prepare("INSERT INTO categories (id, name, colour, position, updated_at) VALUES ('cat-soup', 'Soup', '#336699', 2, 'x')").run();
    expect(names()).toEqual(['Bakes', 'Soup']);
    db.prepare("DELETE FROM categories WHERE id = 'cat-soup'").run();
    expect(names()).toEqual(['Bakes']);
    expect(builds()).toBe(4);
    db.close();
  });

  it('built inside a transaction that was rolled back is never served after another change', () => {
    const { db, names } = cafeWithCategory();
    expect(names()).toEqual(['Cakes']);
    const before = dataVersion(handles(db).read, 'catalogue');
    let inside: string[] = [];
    expect(() =>
      db.transaction(() => {
        db.prepare("UPDATE categories SET name = 'Rolled back' WHERE id = 'cat-cakes'").run();
        inside = names();
        throw new Error('the sale failed');
      })(),
    ).toThrow('the sale failed');
    // Asserted out here: an expect failing inside the transaction would be swallowed with it.
    expect(inside).toEqual(['Rolled back']);
    expect(dataVersion(handles(db).read, 'catalogue')).toBe(before);
    // A different change now must not find the rolled-back value waiting at its version.
    db.prepare("UPDATE categories SET colour = '#000000' WHERE id = 'cat-cakes'").run();
    expect(names()).toEqual(['Cakes']);
    db.close();
  });

  it('is not kept at all for a bare connection used as a read handle', () => {
    const db = openMigratedDb(tempDir());
    let builds = 0;
    memoised(db, 'staff', 'x', () => (builds += 1));
    memoised(db, 'staff', 'x', () => (builds += 1));
    expect(builds).toBe(2);
    db.close();
  });

  it('for the printer settings, moves on with any change to printer_settings', () => {
    const db = openMigratedDb(tempDir());
    const { read } = handles(db);
    const before = dataVersion(read, 'printing');
    expect(before).toBe(0);
    db.prepare("UPDATE printer_settings SET footer = 'Thank you' WHERE till_id = 'till-1'").run();
    const after = dataVersion(read, 'printing');
    expect(after).not.toBe(before);
    expect(dataVersion(read, 'catalogue')).toBe(0);
    db.close();
  });

  it('is built every time once its version row has been deleted behind Apron’s back (nothing would move it on)', () => {
    const { db, names, builds } = cafeWithCategory();
    db.prepare("DELETE FROM data_versions WHERE name = 'catalogue'").run();
    expect(names()).toEqual(['Cakes']);
    db.prepare("UPDATE categories SET name = 'Bakes' WHERE id = 'cat-cakes'").run();
    expect(names()).toEqual(['Bakes']);
    expect(builds()).toBe(2);
    db.close();
  });

  it('built from several tables, is built again when any of them changes, and every time once one version row has gone', () => {
    const db = openMigratedDb(tempDir());
    const { read } = handles(db);
    let builds = 0;
    const both = (): number => memoised(read, ['staff', 'cafe'], 'both', () => (builds += 1));
    both();
    both();
    expect(builds).toBe(1);
    db.prepare("UPDATE printer_settings SET footer = 'Thank you'").run();
    both();
    expect(builds).toBe(1);
    db.prepare("INSERT INTO cafe (id, name, address, idle_lock_seconds, created_at, updated_at) VALUES (1, 'Back Yard Café', '12 Canal Street', 60, 'x', 'x')").run();
    both();
    expect(builds).toBe(2);
    db.prepare("DELETE FROM data_versions WHERE name = 'staff'").run();
    both();
    both();
    expect(builds).toBe(4);
    db.close();
  });
});
