import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../electron/core/app.ts';
import { sequentialIds } from '../electron/core/clock.ts';
import { openDatabase } from '../electron/core/db/open.ts';
import { percentile, report, timeMs } from './report.ts';

// The foundation's costs: opening and migrating the database, one dispatcher round trip
// that writes (validate, role check, BEGIN IMMEDIATE, write, audit, COMMIT with
// synchronous=FULL), beside a bare durable one-row insert on the same disk in the same run.

const OPENS = 20;
const WRITES = 300;
const LOGINS = 20;

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'apron-bench-'));
}

function managerSession(core: Core): string {
  const setUp = core.dispatch({
    session: 'bench',
    method: 'cafe.setUp',
    input: { cafe: { name: 'Bench Café', address: '1 Bench Street' }, manager: { displayName: 'Bench Manager', pin: '1234' } },
  });
  if (!setUp.ok) throw new Error(setUp.error.message);
  const managerId = (setUp.value as { managerId: string }).managerId;
  const login = core.dispatch({ session: 'bench', method: 'auth.loginWithPin', input: { staffId: managerId, pin: '1234' } });
  if (!login.ok) throw new Error(login.error.message);
  return managerId;
}

export function runCoreBench(): void {
  const openSamples: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    const dir = tempDir();
    openSamples.push(timeMs(() => createCore({ dataDir: dir, version: 'bench', ids: sequentialIds() }).close()));
    rmSync(dir, { recursive: true, force: true });
  }
  report({ name: 'core.open_ms', unit: 'ms', value: percentile(openSamples, 50) });

  const dir = tempDir();
  const core = createCore({ dataDir: dir, version: 'bench', ids: sequentialIds() });
  const managerId = managerSession(core);

  const loginSamples: number[] = [];
  for (let i = 0; i < LOGINS; i++) {
    loginSamples.push(timeMs(() => core.dispatch({ session: `login-${i}`, method: 'auth.loginWithPin', input: { staffId: managerId, pin: '1234' } })));
  }
  report({ name: 'auth.login_pin_p50_ms', unit: 'ms', value: percentile(loginSamples, 50) });

  const writeSamples: number[] = [];
  for (let i = 0; i < WRITES; i++) {
    const ms = timeMs(() => {
      const result = core.dispatch({ session: 'bench', method: 'settings.update', input: { idleLockSeconds: 120 + (i % 60) } });
      if (!result.ok) throw new Error(result.error.message);
    });
    writeSamples.push(ms);
  }
  report({ name: 'core.dispatch_write_p50_ms', unit: 'ms', value: percentile(writeSamples, 50) });
  report({ name: 'core.dispatch_write_p99_ms', unit: 'ms', value: percentile(writeSamples, 99) });
  core.close();

  const db = openDatabase(dir);
  db.exec('CREATE TABLE bench_bare (id INTEGER PRIMARY KEY, v TEXT)');
  const insert = db.prepare('INSERT INTO bench_bare (v) VALUES (?)');
  const bareSamples: number[] = [];
  for (let i = 0; i < WRITES; i++) {
    bareSamples.push(timeMs(() => db.transaction(() => insert.run(`row ${i}`)).immediate()));
  }
  report({ name: 'core.bare_commit_p50_ms', unit: 'ms', value: percentile(bareSamples, 50) });
  report({ name: 'core.bare_commit_p99_ms', unit: 'ms', value: percentile(bareSamples, 99) });
  report({ name: 'core.dispatch_overhead_p50_x', unit: 'x', value: percentile(writeSamples, 50) / percentile(bareSamples, 50) });
  db.close();
  rmSync(dir, { recursive: true, force: true });
}
