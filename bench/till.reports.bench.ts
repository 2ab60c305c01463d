import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../electron/core/app.ts';
import { SettableClock } from '../electron/core/clock.ts';
import { generateTrading, TradingWriter, type Staff } from './generate/trading.ts';
import { percentile, report, timeMs } from './report.ts';

// Cash-up and VAT reports on a café file with two years of trading behind it:
// - till.x_report_ms: cash.xReport through the dispatcher for today's open session holding
//   2,000 sales (median of several runs);
// - till.vat_quarter_ms: reports.vatSummary through the dispatcher for the quarter of
//   October to December 2028 (its clock change included), about 150,000 journal lines,
//   with the rest of 2028 and 2029 around it in the same file (median of several runs).

const TODAY = '2030-01-07';
const HISTORY = { from: '2028-01-01', to: '2030-01-06', salesPerDay: 660 };
const QUARTER = { from: '2028-10-01', to: '2028-12-31' };
const SALES_TODAY = 2000;
const RUNS = 15;

function call(core: Core, session: string, method: string, input: unknown): unknown {
  const result = core.dispatch({ session, method, input });
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

function median(fn: () => void, runs = RUNS): number {
  fn(); // warm the statement cache and the page cache, as a second look at a report would
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(timeMs(fn));
  return percentile(samples, 50);
}

export function runTillReportsBench(): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'apron-bench-'));
  const clock = new SettableClock();
  clock.set(new Date(`${TODAY}T10:00:00.000Z`));
  const core = createCore({ dataDir: dir, version: 'bench', clock });
  try {
    call(core, 'set-up', 'cafe.loadSample', {});
    const tiles = call(core, 'set-up', 'auth.loginTiles', {}) as Staff[];
    const person = (name: string): Staff => tiles.find((tile) => tile.displayName === name) ?? { id: '', displayName: name };
    const supervisor = person('Sam Supervisor');
    const trainees = ['Tom Trainee', 'Priya Trainee', 'Jordan Trainee'].map(person);

    const generating = timeMs(() => generateTrading(core.db, { ...HISTORY, trainees, supervisor, seed: 2028 }));
    core.db.pragma('wal_checkpoint(TRUNCATE)');

    call(core, 'office', 'auth.loginWithPin', { staffId: supervisor.id, pin: '2222' });
    call(core, 'manager', 'auth.loginWithPin', { staffId: person('Maya Manager').id, pin: '1111' });
    const session = call(core, 'office', 'cash.open', { floatCounts: { '2000': 2, '1000': 4, '500': 3, '100': 5 } }) as { id: string };
    const today = new TradingWriter(core.db, { trainees, supervisor }, 7);
    core.db.transaction(() => {
      today.writeDay(TODAY, session.id, SALES_TODAY);
      today.finish();
    })();

    const x = call(core, 'office', 'cash.xReport', {}) as { sales: { count: number } };
    if (x.sales.count !== SALES_TODAY) throw new Error(`the X report saw ${x.sales.count} sales, not ${SALES_TODAY}`);
    report({ name: 'till.x_report_ms', unit: 'ms', value: median(() => call(core, 'office', 'cash.xReport', {})) });

    const quarterLines = core.db
      .prepare('SELECT count(*) FROM journal_lines WHERE at >= ? AND at < ?')
      .pluck()
      .get('2028-09-30T23:00:00.000Z', '2029-01-01T00:00:00.000Z') as number;
    const allLines = core.db.prepare('SELECT count(*) FROM journal_lines').pluck().get() as number;
    report({ name: 'till.vat_quarter_ms', unit: 'ms', value: median(() => call(core, 'manager', 'reports.vatSummary', QUARTER), 9) });
    report({ name: 'till.vat_quarter_lines', unit: 'count', value: quarterLines });
    report({ name: 'till.reports_file_lines', unit: 'count', value: allLines });
    report({ name: 'till.generate_lines_per_s', unit: 'ops/s', value: (allLines / generating) * 1000 });
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
