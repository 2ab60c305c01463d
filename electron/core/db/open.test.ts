import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../app.ts';
import { tempDir, TEST_VERSION } from '../testing/testCore.ts';
import { DATABASE_FILE, DatabaseRefusedError, openDatabase } from './open.ts';

/** A real café database on disk, closed (so the WAL is folded back into the file). */
function closedCafeDatabase(): { dir: string; file: string } {
  const dir = tempDir();
  const core = createCore({ dataDir: dir, version: TEST_VERSION });
  core.db.prepare("INSERT INTO cafe (id, name, address, created_at, updated_at) VALUES (1, 'Back Yard Café', '12 Canal Street', 'x', 'x')").run();
  core.close();
  return { dir, file: path.join(dir, DATABASE_FILE) };
}

/** Overwrites `length` bytes at `offset` with a fixed, non-SQLite pattern. */
function scribble(file: string, offset: number, length: number): void {
  const garbage = Buffer.alloc(length);
  for (let i = 0; i < length; i++) garbage[i] = (i * 151 + 89) & 0xff;
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, garbage, 0, length, offset);
  } finally {
    closeSync(fd);
  }
}

function refusal(open: () => unknown): DatabaseRefusedError {
  try {
    open();
  } catch (cause) {
    expect(cause).toBeInstanceOf(DatabaseRefusedError);
    return cause as DatabaseRefusedError;
  }
  throw new Error('the database was opened, but it should have been refused');
}

describe('opening the café database', () => {
  it('turns on WAL, synchronous=FULL and foreign keys, and makes the folder if needed', () => {
    const dir = path.join(tempDir(), 'not', 'there', 'yet');
    const db = openDatabase(dir);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.name).toBe(path.join(dir, DATABASE_FILE));
    } finally {
      db.close();
    }
  });

  it('keeps those settings for the core, with every migration applied', () => {
    const dir = tempDir();
    const core = createCore({ dataDir: dir, version: TEST_VERSION });
    try {
      expect(core.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(core.db.pragma('synchronous', { simple: true })).toBe(2);
      expect(core.db.pragma('foreign_keys', { simple: true })).toBe(1);
      // foreign keys really are enforced: an audit entry cannot name a person who does not exist
      expect(() =>
        core.db
          .prepare("INSERT INTO audit_log (at, actor_id, action, outcome, summary) VALUES ('2030-01-01T00:00:00Z', 'nobody', 'x', 'done', 'x')")
          .run(),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      core.close();
    }
  });

  it('reopens a good database and finds what was saved', () => {
    const { dir } = closedCafeDatabase();
    const core = createCore({ dataDir: dir, version: TEST_VERSION });
    try {
      expect(core.db.prepare('SELECT name FROM cafe').pluck().get()).toBe('Back Yard Café');
    } finally {
      core.close();
    }
  });

  it('refuses a file whose header is garbage, saying to restore a backup, and leaves the file alone', () => {
    const { dir, file } = closedCafeDatabase();
    scribble(file, 0, 100);
    const before = readFileSync(file);
    const error = refusal(() => openDatabase(dir));
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/cannot be read|damaged/);
    expect(error.message).toMatch(/restore the latest backup/);
    expect(readFileSync(file).equals(before)).toBe(true);
    // and the whole core refuses it the same way
    expect(refusal(() => createCore({ dataDir: dir, version: TEST_VERSION })).message).toMatch(/restore the latest backup/);
  });

  it('refuses a file whose schema page is scribbled over', () => {
    const { dir, file } = closedCafeDatabase();
    const pageSize = readFileSync(file).readUInt16BE(16);
    // page 1 keeps its 100-byte header; the schema b-tree and the next pages are garbage
    scribble(file, 100, pageSize * 3 - 100);
    const error = refusal(() => createCore({ dataDir: dir, version: TEST_VERSION }));
    expect(error.name).toBe('DatabaseRefusedError');
    expect(error.message).toMatch(/damaged|cannot be read/);
    expect(error.message).toMatch(/Apron will not start on it/);
  });

  it('finds a damaged page of data with quick_check at start, and says the database is damaged', () => {
    const dir = tempDir();
    const core = createCore({ dataDir: dir, version: TEST_VERSION });
    const add = core.db.prepare("INSERT INTO audit_log (at, action, outcome, summary) VALUES ('2030-03-04T09:00:00.000Z', 'sales.complete', 'done', ?)");
    core.db.transaction(() => {
      for (let i = 0; i < 2000; i++) add.run(`Sold a flat white, receipt ${i}`);
    })();
    // a leaf page of the audit log from the middle of its pages (dbstat numbers pages from 1)
    const leaves = core.db.prepare("SELECT pageno FROM dbstat WHERE name = 'audit_log' AND pagetype = 'leaf' ORDER BY pageno").pluck().all() as number[];
    const middlePage = (leaves[Math.floor(leaves.length / 2)] ?? 0) - 1;
    core.close();
    const file = path.join(dir, DATABASE_FILE);
    const pageSize = readFileSync(file).readUInt16BE(16);
    expect(middlePage).toBeGreaterThan(1);
    // the page header survives; its cells do not
    scribble(file, middlePage * pageSize + 200, pageSize - 200);
    const error = refusal(() => createCore({ dataDir: dir, version: TEST_VERSION }));
    expect(error.message).toMatch(/^Apron's database at .* is damaged \(/);
    expect(error.message).toMatch(/restore the latest backup/);
  });

  it('refuses a file that is not a database at all', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, DATABASE_FILE), 'These are the till notes for Tuesday.\n'.repeat(200));
    const error = refusal(() => openDatabase(dir));
    expect(error.message).toMatch(/cannot be read/);
    expect(error.message).not.toMatch(/SQLITE_/);
  });
});
