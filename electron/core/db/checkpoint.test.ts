import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleCheckpointer } from './checkpoint.ts';
import { DATABASE_FILE, openDatabase, type Db } from './open.ts';

let dir: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'apron-checkpoint-'));
  db = openDatabase(dir);
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const write = (n: number): void => {
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  for (let i = 0; i < n; i++) db.transaction(() => insert.run('x'.repeat(3000))).immediate();
};
const dbFileBytes = (): number => statSync(path.join(dir, DATABASE_FILE)).size;

describe('the idle checkpoint', () => {
  it('leaves commits in the log while the till is busy, and copies them back once it has been quiet', () => {
    const keeper = idleCheckpointer(db, { idleMs: 400, busyCalls: 1000, backstopPages: 8000 });
    const before = dbFileBytes();
    for (let i = 0; i < 50; i++) {
      write(1);
      keeper.touched();
      vi.advanceTimersByTime(100);
    }
    expect(dbFileBytes()).toBe(before);
    vi.advanceTimersByTime(400);
    expect(dbFileBytes()).toBeGreaterThan(before + 50 * 3000);
    expect(keeper.checkpoint()).toMatchObject({ checkpointed: expect.any(Number) });
    keeper.stop();
  });

  it('in a spell with no pause, copies the log back every few calls, in the turn after the answer', () => {
    const keeper = idleCheckpointer(db, { idleMs: 400, busyCalls: 10, backstopPages: 8000 });
    const before = dbFileBytes();
    for (let i = 0; i < 9; i++) {
      write(1);
      keeper.touched();
      vi.advanceTimersByTime(1);
    }
    expect(dbFileBytes()).toBe(before);
    write(1);
    keeper.touched();
    // the tenth call's answer goes first: nothing is copied inside it
    expect(dbFileBytes()).toBe(before);
    vi.advanceTimersByTime(1);
    expect(dbFileBytes()).toBeGreaterThan(before + 10 * 3000);
    keeper.stop();
  });

  it('keeps SQLite’s own checkpoint as a backstop for a burst that never pauses', () => {
    idleCheckpointer(db, { idleMs: 400, busyCalls: 1000, backstopPages: 50 });
    const before = dbFileBytes();
    write(100);
    expect(dbFileBytes()).toBeGreaterThan(before);
  });

  it('does nothing once stopped, or on a closed database', () => {
    const keeper = idleCheckpointer(db, { idleMs: 400, busyCalls: 1000, backstopPages: 8000 });
    write(5);
    keeper.touched();
    keeper.stop();
    const before = dbFileBytes();
    vi.advanceTimersByTime(1000);
    expect(dbFileBytes()).toBe(before);
    expect(keeper.checkpoint()).toEqual({ log: 0, checkpointed: 0 });
  });
});
