import { describe, expect, it } from 'vitest';
import { openMigratedDb, tempDir } from '../testing/testCore.ts';
import { handles } from './handles.ts';
import { dataVersion, memoised } from './versions.ts';

// Values kept in memory while their rows are unchanged (migration 0008's data_versions).

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
    try {
      db.transaction(() => {
        db.prepare("UPDATE categories SET name = 'Rolled back' WHERE id = 'cat-cakes'").run();
        expect(names()).toEqual(['Rolled back']);
        throw new Error('the sale failed');
      })();
    } catch {
      // rolled back
    }
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
});
