import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../electron/core/app.ts';
import { openDatabase } from '../electron/core/db/open.ts';
import { percentile, report, timeMs } from './report.ts';
import { call, loadSampleCafe, threeDrinkSale } from './sampleCafe.ts';

// Completing a sale through the dispatcher (validate, role check, BEGIN IMMEDIATE, price the
// basket from the database, receipt number, hash chain, the sale kept as one posting with its
// audit entry, COMMIT with synchronous=FULL), beside a bare durable one-row insert on a
// database of the same kind on the same disk. The two are measured in turns, one sale then
// one insert, so a busy moment on the machine falls on both alike.
//
// Each sale is its own turn of the event loop, as it is in both hosts (an IPC message or a
// WebSocket message): what the core does after answering (posting the sale into the journal,
// copying the log back in a busy spell) runs between turns, outside the sale's time. Posting
// is timed on its own (till.sale_posting_*), so the work moved after the answer is in view.

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

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function runTillSaleBench(): Promise<void> {
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

    const saleSamples: number[] = [];
    const postingSamples: number[] = [];
    const bareSamples: number[] = [];
    for (let i = 0; i < WARM_UP + SALES; i++) {
      const sale = timeMs(() => call(core, session, 'sales.complete', saleInput(i)));
      // What the core's next turn would do first; timed here so it is reported, not hidden.
      const posting = timeMs(() => {
        if (core.postSales() !== 1) throw new Error('the sale was not waiting to be posted');
      });
      await nextTurn();
      const insertOne = timeMs(() => bareCommit(i));
      await nextTurn();
      if (i < WARM_UP) continue;
      saleSamples.push(sale);
      postingSamples.push(posting);
      bareSamples.push(insertOne);
    }
    const chain = call(core, 'office', 'sales.verifyChain', {}) as { ok: boolean; entries: number };
    if (!chain.ok || chain.entries !== WARM_UP + SALES) throw new Error('the benchmark’s journal does not verify');

    report({ name: 'till.sale_commit_p50_ms', unit: 'ms', value: percentile(saleSamples, 50) });
    report({ name: 'till.sale_commit_p99_ms', unit: 'ms', value: percentile(saleSamples, 99) });
    report({ name: 'till.bare_commit_p99_ms', unit: 'ms', value: percentile(bareSamples, 99) });
    report({ name: 'till.sale_commit_p99_ratio', unit: 'x', value: percentile(saleSamples, 99) / percentile(bareSamples, 99) });
    report({ name: 'till.sale_posting_p50_ms', unit: 'ms', value: percentile(postingSamples, 50) });
    report({ name: 'till.sale_posting_p99_ms', unit: 'ms', value: percentile(postingSamples, 99) });
  } finally {
    core.close();
    bare.close();
    rmSync(cafeDir, { recursive: true, force: true });
    rmSync(bareDir, { recursive: true, force: true });
  }
}
