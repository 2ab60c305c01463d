import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { EventMessage } from '../../shared/contract/index.ts';
import { SettableClock, sequentialIds } from './clock.ts';
import type { Handler, Handlers } from './context.ts';
import { handles } from './db/handles.ts';
import type { Db } from './db/open.ts';
import { createDispatcher } from './dispatcher.ts';
import { fail } from './errors.ts';
import { BackupBoard, backupPolicy } from './backup/board.ts';
import { DeviceBoard } from './devices.ts';
import { EventHub } from './events.ts';
import { allHandlers } from './handlers.ts';
import { Sessions } from './sessions.ts';
import { createTestCafe, errorOf, fakeLogger, OPENING_TIME, openMigratedDb, snapshot, tempDir, valueOf } from './testing/testCore.ts';

const INTERNAL = {
  code: 'internal',
  message: 'Something went wrong inside Apron and nothing was saved. Please try again; if it keeps happening, tell a supervisor.',
};

/** A dispatcher over a real migrated database, with some handlers swapped for misbehaving ones. */
function dispatcherWith(overrides: Partial<Handlers>) {
  const db = openMigratedDb(tempDir());
  const sessions = new Sessions();
  const events = new EventHub();
  const logger = fakeLogger();
  const clock = new SettableClock();
  clock.set(OPENING_TIME, true);
  const heard: EventMessage[] = [];
  events.subscribe((message) => heard.push(message));
  const dispatch = createDispatcher({
    db,
    clock,
    ids: sequentialIds(),
    sessions,
    events,
    handlers: { ...allHandlers({ sessions, version: 'test', devices: new DeviceBoard(events), backups: new BackupBoard(backupPolicy('/nonexistent-apron-data'), events) }), ...overrides },
    logger,
  });
  const call = (method: string, input: unknown = {}) => dispatch({ session: 'till-1', method, input });
  return { db, dispatch, call, logger, heard, sessions, close: () => db.close() };
}

const insertCafe = (db: { prepare(sql: string): Database.Statement }) =>
  db.prepare("INSERT INTO cafe (id, name, address, created_at, updated_at) VALUES (1, 'Half-made Café', 'nowhere', 'x', 'x')").run();

function cafeRows(db: Db): unknown[] {
  return db.prepare('SELECT * FROM cafe').all();
}

describe('the dispatcher', () => {
  it('does not know a method that is not in the contract, and writes nothing', () => {
    const t = createTestCafe();
    const screen = t.loginAs('manager');
    const before = t.snapshot();
    for (const method of ['sales.refundEverything', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const error = errorOf(screen.send(method, {}));
      expect(error.code, method).toBe('not_found');
      expect(error.message).toMatch(/^Apron does not know how to "/);
    }
    expect(t.snapshot()).toEqual(before);
  });

  it('names the field of a bad input in plain words, and writes nothing (not even to the audit log)', () => {
    const t = createTestCafe();
    const office = t.loginAs('manager');
    const before = t.snapshot();
    expect(errorOf(office.send('staff.create', { displayName: 'Priya Shah', role: 'trainee', pin: 'pr1ya' }))).toEqual({
      code: 'invalid_input',
      field: 'pin',
      message: 'A PIN is 4 to 8 numbers, with no letters or spaces.',
    });
    expect(t.snapshot()).toEqual(before);
  });

  it('refuses a role that may not call a method: forbidden, audited as refused, nothing else written', () => {
    const t = createTestCafe();
    const till = t.loginAs('trainee');
    const before = t.snapshot();
    expect(errorOf(till.call('staff.setPin', { staffId: t.person('manager').id, pin: '1234' })).code).toBe('forbidden');
    const after = t.snapshot();
    expect(after.tables.staff).toEqual(before.tables.staff);
    expect(after.tables.cafe).toEqual(before.tables.cafe);
    const added = after.tables.audit_log!.slice(before.tables.audit_log!.length);
    expect(added).toEqual([expect.objectContaining({ action: 'staff.setPin', outcome: 'refused', actor_id: t.person('trainee').id })]);
  });

  it('checks who is calling before it looks at the input', () => {
    const t = createTestCafe();
    const error = errorOf(t.screen().send('staff.create', { nonsense: true }));
    expect(error).toEqual({ code: 'forbidden', message: 'Please log in first.' });
    expect(t.lastAudit()).toMatchObject({ action: 'staff.create', outcome: 'refused', actor_id: null });
  });

  it('turns an unexpected failure into "internal", logs it, and keeps nothing the handler wrote', () => {
    const heardAfterCommit: string[] = [];
    const explode: Handler<'cafe.setUp'> = (ctx) => {
      insertCafe(ctx.db);
      ctx.db.prepare("INSERT INTO staff (id, display_name, role, created_at, updated_at) VALUES ('half', 'Half Made', 'manager', 'x', 'x')").run();
      ctx.afterCommit(() => heardAfterCommit.push('after commit'));
      ctx.emit({ event: 'session.changed', payload: { reason: 'login' } });
      throw new Error('the disk caught fire');
    };
    const d = dispatcherWith({ 'cafe.setUp': explode });
    try {
      const before = snapshot(d.db);
      const result = d.call('cafe.setUp', { cafe: { name: 'Back Yard Café', address: '12 Canal Street' }, manager: { displayName: 'Maya', pin: '1234' } });
      expect(result).toEqual({ ok: false, error: INTERNAL });
      expect(d.logger.errors).toHaveLength(1);
      expect(d.logger.errors[0]?.message).toBe('internal error in cafe.setUp');
      expect((d.logger.errors[0]?.cause as Error).message).toBe('the disk caught fire');
      expect(snapshot(d.db)).toEqual(before);
      expect(d.db.inTransaction).toBe(false);
      expect(heardAfterCommit).toEqual([]);
      expect(d.heard).toEqual([]);
    } finally {
      d.close();
    }
  });

  it('a refusal thrown by a handler rolls back what it wrote, and says why', () => {
    const refuseLate: Handler<'cafe.loadSample'> = (ctx) => {
      insertCafe(ctx.db);
      return fail('conflict', 'Someone set up the café a moment ago.');
    };
    const d = dispatcherWith({ 'cafe.loadSample': refuseLate });
    try {
      expect(d.call('cafe.loadSample')).toEqual({ ok: false, error: { code: 'conflict', message: 'Someone set up the café a moment ago.' } });
      expect(cafeRows(d.db)).toEqual([]);
      expect(d.logger.errors).toEqual([]);
    } finally {
      d.close();
    }
  });

  it('a read method cannot write: the read handle throws, the call is internal, nothing is written', () => {
    const sneakyRead: Handler<'cafe.status'> = (ctx) => {
      ctx.db.prepare("INSERT INTO cafe (id, name, address, created_at, updated_at) VALUES (1, 'x', 'x', 'x', 'x')").run();
      return { setUp: true, name: 'x', sample: false, version: 'x' };
    };
    const d = dispatcherWith({ 'cafe.status': sneakyRead });
    try {
      expect(d.call('cafe.status')).toEqual({ ok: false, error: INTERNAL });
      expect((d.logger.errors[0]?.cause as Error).message).toMatch(/^A read method tried to write: INSERT INTO cafe/);
      expect(cafeRows(d.db)).toEqual([]);
    } finally {
      d.close();
    }
  });

  it('the read handle refuses every kind of write, and allows reads', () => {
    const db = openMigratedDb(tempDir());
    try {
      const { read, write } = handles(db);
      for (const sql of ["UPDATE cafe SET name = 'x'", 'DELETE FROM staff', "INSERT INTO install (id, badge_salt) VALUES (2, 'x')", 'DROP TABLE staff', 'CREATE TABLE t (x)']) {
        expect(() => read.prepare(sql), sql).toThrow(/A read method tried to write/);
      }
      expect(read.prepare('SELECT count(*) AS n FROM staff').get()).toEqual({ n: 0 });
      expect(write.prepare("UPDATE cafe SET name = 'x'").run().changes).toBe(0);
    } finally {
      db.close();
    }
  });

  it('publishes events only after the transaction has committed', () => {
    const t = createTestCafe();
    const reader = new Database(t.file, { readonly: true });
    try {
      const seen: { inTransaction: boolean; loginsOnDisk: number }[] = [];
      t.core.events.subscribe((message) => {
        if (message.event !== 'session.changed') return;
        seen.push({
          inTransaction: t.db.inTransaction,
          // another connection sees only committed data
          loginsOnDisk: reader.prepare("SELECT count(*) FROM audit_log WHERE action = 'auth.loginWithPin' AND actor_id = ?").pluck().get(t.person('trainee').id) as number,
        });
      });
      t.loginAs('trainee');
      expect(seen).toEqual([{ inTransaction: false, loginsOnDisk: 1 }]);
    } finally {
      reader.close();
    }
  });

  it('a failed call publishes nothing and changes no session', () => {
    const t = createTestCafe();
    const heard: EventMessage[] = [];
    t.core.events.subscribe((m) => heard.push(m));
    const till = t.screen();
    errorOf(till.call('auth.loginWithPin', { staffId: t.person('trainee').id, pin: '00000000' }));
    expect(heard).toEqual([]);
    expect(valueOf(till.call('auth.session', {})).staff).toBeNull();
  });

  it('the write and its audit entry are one transaction: if the audit entry fails, the write is undone', () => {
    const t = createTestCafe();
    const office = t.loginAs('manager');
    const before = t.snapshot();
    t.db.exec(`CREATE TEMP TRIGGER audit_full BEFORE INSERT ON main.audit_log WHEN NEW.action = 'staff.create'
               BEGIN SELECT RAISE(ABORT, 'audit log is full'); END`);
    const result = office.call('staff.create', { displayName: 'Priya Shah', role: 'trainee', pin: '38572046' });
    expect(result).toEqual({ ok: false, error: INTERNAL });
    expect((t.logger.errors[0]?.cause as Error).message).toBe('audit log is full');
    expect(t.snapshot()).toEqual(before);
    t.db.exec('DROP TRIGGER temp.audit_full');
    // without the fault, the same call writes both
    const priya = valueOf(office.call('staff.create', { displayName: 'Priya Shah', role: 'trainee', pin: '38572046' }));
    expect(t.staffRow(priya.id).display_name).toBe('Priya Shah');
    expect(t.lastAudit()).toMatchObject({ action: 'staff.create', subject_id: priya.id });
  });

  it('never throws to the host, whatever it is given', () => {
    const t = createTestCafe();
    const weird: unknown[] = [undefined, null, 'hello', 42, [], { toString: null }, Object.create(null)];
    for (const input of weird) {
      expect(() => t.dispatch({ session: 's', method: 'staff.list', input })).not.toThrow();
      expect(() => t.dispatch({ session: 's', method: 'cafe.setUp', input })).not.toThrow();
    }
    expect(() => t.dispatch({ session: 's', method: 42 as unknown as string, input: {} })).not.toThrow();
    expect(t.logger.errors).toEqual([]);
  });
});
