import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../electron/core/app.ts';
import { openDatabase } from '../electron/core/db/open.ts';
import { percentile, report, timeMs } from './report.ts';
import { call, loadSampleCafe, threeDrinkSale } from './sampleCafe.ts';

// Completing a sale through the dispatcher (validate, role check, BEGIN IMMEDIATE, price the
// basket from the database, receipt number, journal row, lines, payment, hash chain, audit,
// COMMIT with synchronous=FULL), beside a bare durable one-row insert on a database of the
// same kind on the same disk. The two are measured in turns, one sale then one insert, so a
// busy moment on the machine falls on both alike.

const WARM_UP = 200;
const SALES = 1500;

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'apron-bench-'));
}

/** The sample café, its till opened by Sam Supervisor, and Tom Trainee signed in on the till screen. */
function openSampleCafe(core: Core): string {
  const signIn = loadSampleCafe(core);
  signIn('office', 'Sam Supervisor', '2222');
  call(core, 'office', 'cash.open', { floatCounts: { '2000': 2, '1000': 4, '500': 3, '100': 5 } });
  signIn('till', 'Tom Trainee', '3333');
  return 'till';
}

const saleInput = (n: number): unknown => threeDrinkSale(`bench-sale-${String(n).padStart(8, '0')}`);

export function runTillSaleBench(): void {
  const cafeDir = tempDir();
  const bareDir = tempDir();
  const core = createCore({ dataDir: cafeDir, version: 'bench' });
  const bare = openDatabase(bareDir);
  try {
    const session = openSampleCafe(core);
    bare.exec('CREATE TABLE bench_bare (id INTEGER PRIMARY KEY, v TEXT)');
    const insert = bare.prepare('INSERT INTO bench_bare (v) VALUES (?)');
    const bareCommit = (i: number): void => {
      bare.transaction(() => insert.run(`row ${i}`)).immediate();
    };

    for (let i = 0; i < WARM_UP; i++) {
      call(core, session, 'sales.complete', saleInput(i));
      bareCommit(i);
    }
    const saleSamples: number[] = [];
    const bareSamples: number[] = [];
    for (let i = WARM_UP; i < WARM_UP + SALES; i++) {
      saleSamples.push(timeMs(() => call(core, session, 'sales.complete', saleInput(i))));
      bareSamples.push(timeMs(() => bareCommit(i)));
    }
    const chain = call(core, 'office', 'sales.verifyChain', {}) as { ok: boolean; entries: number };
    if (!chain.ok || chain.entries !== WARM_UP + SALES) throw new Error('the benchmark’s journal does not verify');

    report({ name: 'till.sale_commit_p50_ms', unit: 'ms', value: percentile(saleSamples, 50) });
    report({ name: 'till.sale_commit_p99_ms', unit: 'ms', value: percentile(saleSamples, 99) });
    report({ name: 'till.bare_commit_p99_ms', unit: 'ms', value: percentile(bareSamples, 99) });
    report({ name: 'till.sale_commit_p99_ratio', unit: 'x', value: percentile(saleSamples, 99) / percentile(bareSamples, 99) });
  } finally {
    core.close();
    bare.close();
    rmSync(cafeDir, { recursive: true, force: true });
    rmSync(bareDir, { recursive: true, force: true });
  }
}
