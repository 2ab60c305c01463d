import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupStatus, EventMessage } from '../../../shared/contract/index.ts';
import { DATABASE_FILE } from '../db/open.ts';
import { createTestCafe, errorOf, tempDir, valueOf, type TestCore } from '../testing/testCore.ts';
import { backupName, listBackupFiles } from './files.ts';
import { restoreBackup } from './restore.ts';
import { startBackupWorker, type BackupWorker } from './worker.ts';

// Backups through the worker the hosts run, on a real database on disk: checked copies made
// while the café trades, the newest kept, a second folder, a manager's "back up now", and a
// restore that puts a copy back and keeps what was there.

const HOUR = 3_600_000;

function worker(t: TestCore, extra: { checkMs?: number; firstCheckMs?: number } = {}): BackupWorker {
  const w = startBackupWorker({ db: t.db, board: t.core.backups, clock: t.clock, logger: t.logger, firstCheckMs: 3_600_000, ...extra });
  return w;
}

function staffNames(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare<[], { display_name: string }>('SELECT display_name FROM staff ORDER BY display_name').all().map((r) => r.display_name);
  } finally {
    db.close();
  }
}

function addTrainee(t: TestCore, displayName: string): void {
  valueOf(t.loginAs('manager').call('staff.create', { displayName, role: 'trainee', pin: '5791' }));
}

describe('backups', () => {
  it('makes a checked copy named by the time, which opens as the café’s database with everything written before it', async () => {
    const t = createTestCafe();
    addTrainee(t, 'Ada Lovelace');
    const w = worker(t);
    const status = await w.runNow();
    await w.stop();
    const folder = path.join(t.dir, 'backups');
    expect(status.state).toBe('ok');
    expect(status.message).toMatch(/^Backed up at Monday 4 March 2030 at 09:00: \d+ KB, checked\.$/);
    expect(readdirSync(folder)).toEqual([backupName(t.clock.now())]);
    expect(staffNames(path.join(folder, backupName(t.clock.now())))).toContain('Ada Lovelace');
    expect(t.core.backups.status()).toEqual(status);
  });

  it('keeps the newest copies only, and never touches other files in the folder', async () => {
    const t = createTestCafe();
    const w = startBackupWorker({ db: t.db, board: t.core.backups, clock: t.clock, logger: t.logger, firstCheckMs: 3_600_000 });
    const folder = t.core.backups.policy.folder;
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'notes.txt'), 'the manager’s notes');
    const keep = t.core.backups.policy.keep;
    for (let i = 0; i < keep + 2; i++) {
      await w.runNow();
      t.clock.advance(HOUR);
    }
    await w.stop();
    const files = listBackupFiles(folder);
    expect(files).toHaveLength(keep);
    expect(files[0]?.name).toBe(backupName(new Date(t.clock.now().getTime() - HOUR)));
    expect(existsSync(path.join(folder, 'notes.txt'))).toBe(true);
  });

  it('makes one soon after start when none is recent, then waits the hours set before the next', async () => {
    const t = createTestCafe();
    const w = worker(t, { firstCheckMs: 1, checkMs: 20 });
    const folder = t.core.backups.policy.folder;
    await expect.poll(() => listBackupFiles(folder).length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(listBackupFiles(folder)).toHaveLength(1);
    t.clock.advance(t.core.backups.policy.everyHours * HOUR);
    await expect.poll(() => listBackupFiles(folder).length).toBe(2);
    await w.stop();
  });

  it('copies each backup to a second folder too; when that folder cannot be written it says so, and the copy here is kept', async () => {
    const dir = tempDir();
    const copyFolder = path.join(dir, 'usb-stick');
    const t = createTestCafe();
    (t.core.backups.policy as { copyFolder: string | null }).copyFolder = copyFolder;
    const w = worker(t);
    const ok = await w.runNow();
    expect(ok.message).toContain(`Also copied to ${copyFolder}.`);
    expect(listBackupFiles(copyFolder).map((f) => f.name)).toEqual(listBackupFiles(t.core.backups.policy.folder).map((f) => f.name));

    const blocked = path.join(dir, 'not-a-folder');
    writeFileSync(blocked, 'a file where the folder should be');
    (t.core.backups.policy as { copyFolder: string | null }).copyFolder = blocked;
    t.clock.advance(HOUR);
    const failed = await w.runNow();
    await w.stop();
    expect(failed.state).toBe('failed');
    expect(failed.message).toContain(`could not be copied to ${blocked}`);
    expect(failed.message).toContain('check that the drive or share is there');
    expect(listBackupFiles(t.core.backups.policy.folder)).toHaveLength(2);
    expect(t.logger.errors.map((e) => e.message)).toContain(`could not copy the backup to ${blocked}`);
  });

  it('a manager asks for a backup now: audited, the screens hear it start and finish, and the list shows the file', async () => {
    const t = createTestCafe();
    const w = worker(t);
    const heard: BackupStatus[] = [];
    t.core.events.subscribe((message: EventMessage) => {
      if (message.event === 'backup.status') heard.push(message.payload);
    });
    const manager = t.loginAs('manager');
    expect(valueOf(manager.call('backups.list', {}))).toMatchObject({ status: { state: 'never', message: 'No backup has been made yet.', at: null }, files: [], everyHours: 6, keep: 30, copyFolder: null });
    expect(valueOf(manager.call('backups.runNow', {})).state).toBe('running');
    expect(t.lastAudit()).toMatchObject({ action: 'backups.runNow', outcome: 'done', summary: 'Asked for a backup now' });
    await expect.poll(() => heard.map((s) => s.state)).toEqual(['running', 'ok']);
    const list = valueOf(manager.call('backups.list', {}));
    expect(list.status.state).toBe('ok');
    expect(list.files.map((f) => f.name)).toEqual([backupName(t.clock.now())]);
    await w.stop();
  });

  it('a trainee or a supervisor cannot ask for or see backups, and the refusal is audited', () => {
    const t = createTestCafe();
    for (const role of ['trainee', 'supervisor'] as const) {
      const screen = t.loginAs(role);
      expect(errorOf(screen.call('backups.runNow', {})).code).toBe('forbidden');
      expect(t.lastAudit()).toMatchObject({ action: 'backups.runNow', outcome: 'refused' });
      expect(errorOf(screen.call('backups.list', {})).code).toBe('forbidden');
    }
    expect(listBackupFiles(t.core.backups.policy.folder)).toEqual([]);
  });

  it('after a restart, the list says when the last backup was made', async () => {
    const t = createTestCafe();
    const w = worker(t);
    const made = await w.runNow();
    await w.stop();
    t.restart();
    expect(valueOf(t.loginAs('manager').call('backups.list', {})).status).toEqual({ state: 'ok', message: 'The last backup was made before Apron last started.', at: made.at });
  });
});

describe('restoring a backup', () => {
  it('puts the copy in place with Apron stopped and keeps the database that was there, with its log, beside it', async () => {
    const t = createTestCafe();
    addTrainee(t, 'Before Backup');
    const w = worker(t);
    await w.runNow();
    await w.stop();
    addTrainee(t, 'After Backup');
    const backup = path.join(t.core.backups.policy.folder, backupName(t.clock.now()));
    t.close();

    const { setAside, schemaVersion } = restoreBackup({ dataDir: t.dir, from: backup, maxSchema: 99, now: new Date('2030-03-05T10:00:00Z') });
    expect(setAside).toBe(path.join(t.dir, `${DATABASE_FILE}.before-restore-20300305-100000`));
    expect(schemaVersion).toBeGreaterThan(1);
    expect(staffNames(path.join(t.dir, DATABASE_FILE))).toContain('Before Backup');
    expect(staffNames(path.join(t.dir, DATABASE_FILE))).not.toContain('After Backup');
    expect(staffNames(setAside ?? '')).toContain('After Backup');

    t.restart();
    expect(valueOf(t.loginAs('manager').call('staff.list', { includeInactive: true })).map((s) => s.displayName)).toContain('Before Backup');
  });

  it('refuses a damaged copy, a file that is not Apron’s, and one from a newer Apron, moving nothing', async () => {
    const t = createTestCafe();
    const w = worker(t);
    await w.runNow();
    await w.stop();
    t.close();
    const good = path.join(t.core.backups.policy.folder, backupName(t.clock.now()));
    const before = readdirSync(t.dir).sort();
    const garbage = path.join(tempDir(), 'apron-backup-20300101-000000.sqlite');
    writeFileSync(garbage, 'this is not a database at all, just some text that got the right name');
    const stranger = path.join(tempDir(), 'someone-else.sqlite');
    new Database(stranger).exec('CREATE TABLE notes (text TEXT); PRAGMA user_version = 3;');

    const now = new Date('2030-03-05T10:00:00Z');
    expect(() => restoreBackup({ dataDir: t.dir, from: garbage, maxSchema: 99, now })).toThrow(/cannot be (opened|read) as a database/);
    expect(() => restoreBackup({ dataDir: t.dir, from: stranger, maxSchema: 99, now })).toThrow('someone-else.sqlite is not an Apron database.');
    expect(() => restoreBackup({ dataDir: t.dir, from: good, maxSchema: 1, now })).toThrow(/was made by a newer Apron/);
    expect(readdirSync(t.dir).sort()).toEqual(before);
  });
});
