import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import type { ApiError, InputOf, MethodName, Result, ResultOf, Role } from '../../../shared/contract/index.ts';
import { createCore, defaultMigrationsDir, type Core } from '../app.ts';
import { SettableClock, sequentialIds } from '../clock.ts';
import { loadMigrations, migrate } from '../db/migrate.ts';
import { DATABASE_FILE, openDatabase, type Db } from '../db/open.ts';
import type { Call, Logger } from '../dispatcher.ts';
import type { StaffRow } from '../people/staffRows.ts';

// Test helpers for the core: a real database on disk in a temporary folder with every
// migration applied, a clock the test moves by hand, sequential ids, and the café's
// people at the counter. Call them inside a test: the folder and the core are cleaned up
// when the test finishes.

/** Monday 4 March 2030, 09:00 UTC: opening time. */
export const OPENING_TIME = new Date('2030-03-04T09:00:00.000Z');

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;

export const TEST_VERSION = '9.8.7-test';

/** A temporary folder removed when the test finishes. */
export function tempDir(prefix = 'apron-test-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Opens a database in `dir` and applies every migration, without the rest of the core. */
export function openMigratedDb(dir: string): Db {
  const db = openDatabase(dir);
  migrate(db, loadMigrations(defaultMigrationsDir()));
  return db;
}

export interface LoggedError {
  message: string;
  cause: unknown;
}

export interface FakeLogger extends Logger {
  readonly errors: LoggedError[];
}

export function fakeLogger(): FakeLogger {
  const errors: LoggedError[] = [];
  return { errors, error: (message, cause) => errors.push({ message, cause }) };
}

/** Every table's rows and the schema version: compare two to prove nothing was written. */
export interface DbSnapshot {
  userVersion: number;
  tables: Record<string, unknown[]>;
}

export function snapshot(db: Db): DbSnapshot {
  const names = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all()
    .map((r) => r.name);
  return {
    userVersion: db.pragma('user_version', { simple: true }) as number,
    // Ordered by every column: WITHOUT ROWID tables have no rowid to order by.
    tables: Object.fromEntries(
      names.map((name) => {
        const columns = db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${name}')`).all().map((c) => `"${c.name}"`);
        return [name, db.prepare(`SELECT * FROM "${name}" ORDER BY ${columns.join(', ')}`).all()];
      }),
    ),
  };
}

/** One row of audit_log as stored. */
export interface AuditRow {
  id: number;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  actor_role: string | null;
  authorised_by_id: string | null;
  authorised_by_name: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  outcome: 'done' | 'refused' | 'failed';
  summary: string;
}

/** A staff row as stored, for assertions: the same shape the core reads. */
export type StaffDbRow = StaffRow;

export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function errorOf(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error(`expected a refusal, got success: ${JSON.stringify(result.value)}`);
  return result.error;
}

/** One screen at the counter: its own session, as a window or a browser tab would have. */
export class Screen {
  constructor(
    private readonly owner: TestCore,
    readonly session: string,
  ) {}

  call<M extends MethodName>(method: M, input: InputOf<M>, authorisation?: string): Result<ResultOf<M>> {
    return this.owner.core.dispatch({ session: this.session, method, input, authorisation }) as Result<ResultOf<M>>;
  }

  /** For bad input: any method name, any input. */
  send(method: string, input: unknown, authorisation?: string): Result<unknown> {
    return this.owner.core.dispatch({ session: this.session, method, input, authorisation });
  }
}

export interface Person {
  id: string;
  displayName: string;
  role: Role;
  pin: string;
  badge: string;
}

export type CafePeople = Record<Role, Person>;

/**
 * The people of the test café. PINs and badges are chosen so that they cannot turn up by
 * chance in the database file (in a hash, a salt or a timestamp) when it is scanned for them.
 */
export const cast: Record<Role, Omit<Person, 'id'>> = {
  manager: { displayName: 'Maya Okafor', role: 'manager', pin: '46820135', badge: 'BADGE-MAYA-7731' },
  supervisor: { displayName: 'Sam Reid', role: 'supervisor', pin: '57302918', badge: 'BADGE-SAM-0264' },
  trainee: { displayName: 'Tom Walsh', role: 'trainee', pin: '91840627', badge: 'BADGE-TOM-5517' },
};

export const cafeDetails = { name: 'Back Yard Café', address: '12 Canal Street, Manchester M1 3HE', vatNumber: 'GB 123 4567 89', charityNumber: '1180123' };

export interface TestCoreOptions {
  /** Reopen an existing folder (the same café after a restart). */
  dir?: string;
  clock?: SettableClock;
  idPrefix?: string;
  /** Closed by the caller rather than when the test finishes (a template built outside a test). */
  manual?: boolean;
}

/** A core on a real database in a temporary folder, a frozen clock and sequential ids. */
export class TestCore {
  readonly dir: string;
  readonly clock: SettableClock;
  readonly logger = fakeLogger();
  core: Core;
  people: CafePeople | null = null;
  private generation = 0;
  private screens = 0;
  private closed = false;
  private readonly idPrefix: string;

  constructor(options: TestCoreOptions = {}) {
    this.dir = options.dir ?? tempDir();
    this.idPrefix = options.idPrefix ?? 'id';
    if (options.clock) this.clock = options.clock;
    else {
      this.clock = new SettableClock();
      this.clock.set(OPENING_TIME, true);
    }
    this.core = this.open();
    if (!options.manual) onTestFinished(() => this.close());
  }

  private open(): Core {
    this.generation += 1;
    this.closed = false;
    const prefix = this.generation === 1 ? this.idPrefix : `${this.idPrefix}${this.generation}`;
    return createCore({ dataDir: this.dir, version: TEST_VERSION, clock: this.clock, ids: sequentialIds(prefix), logger: this.logger });
  }

  /**
   * The database, as anyone reading it after a call would find it: a host posts a sale in the
   * turn after answering, so sales waiting in sale_postings are posted first.
   */
  get db(): Db {
    this.core.postSales();
    return this.core.db;
  }

  get file(): string {
    return path.join(this.dir, DATABASE_FILE);
  }

  /** A new screen: nobody is signed in on it yet. */
  screen(name = 'screen'): Screen {
    this.screens += 1;
    return new Screen(this, `${name}-${this.screens}`);
  }

  dispatch(call: Call): Result<unknown> {
    return this.core.dispatch(call);
  }

  /** Apron is closed and opened again on the same folder: sessions, kept in memory, are gone. */
  restart(): void {
    this.core.close();
    this.core = this.open();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.core.close();
  }

  /** Closes the core and removes its folder (for a `manual` core). */
  dispose(): void {
    this.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  snapshot(): DbSnapshot {
    return snapshot(this.db);
  }

  audit(): AuditRow[] {
    return this.db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY id').all();
  }

  lastAudit(): AuditRow {
    const row = this.db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY id DESC LIMIT 1').get();
    if (!row) throw new Error('the audit log is empty');
    return row;
  }

  staffRow(id: string): StaffDbRow {
    const row = this.db.prepare<[string], StaffDbRow>('SELECT * FROM staff WHERE id = ?').get(id);
    if (!row) throw new Error(`no staff row ${id}`);
    return row;
  }

  count(table: string): number {
    return (this.db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
  }

  person(role: Role): Person {
    if (!this.people) throw new Error('no café here: use createTestCafe() or setUpCafe()');
    return this.people[role];
  }

  /** A new screen with `role` signed in by PIN. */
  loginAs(role: Role): Screen {
    return loginAs(this, role);
  }
}

/** A new screen with the café's `role` signed in by PIN. */
export function loginAs(t: TestCore, role: Role): Screen {
  const person = t.person(role);
  const screen = t.screen(role);
  valueOf(screen.call('auth.loginWithPin', { staffId: person.id, pin: person.pin }));
  return screen;
}

/** Sets up the café through the dispatcher: its manager, then a supervisor and a trainee with badges. */
export function setUpCafe(t: TestCore): CafePeople {
  const counter = t.screen('set-up');
  const { manager, supervisor, trainee } = cast;
  const { managerId } = valueOf(counter.call('cafe.setUp', { cafe: cafeDetails, manager: { displayName: manager.displayName, pin: manager.pin, badge: manager.badge } }));
  valueOf(counter.call('auth.loginWithPin', { staffId: managerId, pin: manager.pin }));
  const add = (p: Omit<Person, 'id'>): Person => ({ ...p, id: valueOf(counter.call('staff.create', { displayName: p.displayName, role: p.role, pin: p.pin, badge: p.badge })).id });
  const people: CafePeople = { manager: { ...manager, id: managerId }, supervisor: add(supervisor), trainee: add(trainee) };
  valueOf(counter.call('auth.logout', {}));
  t.people = people;
  return people;
}

let template: { bytes: Buffer; people: CafePeople } | null = null;

function cafeTemplate(): { bytes: Buffer; people: CafePeople } {
  if (template) return template;
  // Built once per test worker through the dispatcher and kept in memory: PIN hashing is slow on purpose.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'apron-template-'));
  try {
    const builder = new TestCore({ dir, idPrefix: 'staff', manual: true });
    const people = setUpCafe(builder);
    builder.close(); // folds the WAL back into the one file
    if (existsSync(builder.file + '-wal')) throw new Error('the template database kept its WAL after closing');
    template = { bytes: readFileSync(builder.file), people };
    return template;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A café already set up (manager, supervisor, trainee, each with a PIN and a badge), nobody
 * signed in. `manual`: for a café shared by a file's tests (made in beforeAll), which the
 * caller disposes of in afterAll.
 */
export function createTestCafe(options: { clock?: SettableClock; manual?: boolean } = {}): TestCore {
  const { bytes, people } = cafeTemplate();
  const dir = options.manual ? mkdtempSync(path.join(os.tmpdir(), 'apron-test-')) : tempDir();
  writeFileSync(path.join(dir, DATABASE_FILE), bytes);
  const t = new TestCore({ dir, ...options });
  t.people = people;
  return t;
}
