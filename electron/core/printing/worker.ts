import type { PrinterConnection, PrinterSettings, PrinterState } from '../../../shared/contract/index.ts';
import type { PrintDocument } from '../../../shared/receipt/document.ts';
import { layoutDocument } from '../../../shared/receipt/layout.ts';
import { encodeDrawerPulse, encodeLines } from '../../../hardware/escpos/encode.ts';
import { DEFAULT_TIMEOUTS, PrinterError, type OpenPrinter, type PrinterPort, type PrinterTimeouts } from '../../../hardware/printer/port.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/open.ts';
import type { DeviceBoard } from '../devices.ts';
import type { EventHub } from '../events.ts';
import { nextPendingJob, pendingCount, type JobTarget, type PrintJobRow } from './queue.ts';
import { readPrinterSettings } from './settings.ts';

// The print worker runs in the host, beside the core: the core only writes jobs (inside the
// sale's own transaction) and never waits for a printer. For each printer, one job at a time
// and in order: ask the printer how it is, lay the oldest pending job out and encode it,
// send it, and mark it printed in a small transaction of its own. A job that fails stays at
// the head of its printer's queue (receipts print in order) and is tried again with backoff;
// the other printer carries on. The printer's state goes on the DeviceBoard, which tells the
// screens. Jobs are rows, so a restart simply starts again from the oldest pending one.
//
// A job whose connection dropped part-way is sent again whole: on a real printer the first
// part may already be on paper, so the customer can get a torn-off half and then the full
// receipt. Apron prefers a second receipt to a missing one (the sale is in the journal
// either way). The drawer is different: a drawer that springs open minutes after the sale,
// when nobody is at the till, is a risk, so a job older than DRAWER_FRESH_MS prints without
// the pulse, and a drawer-only job that old is cancelled, saying why.

export interface Backoff {
  firstMs: number;
  maxMs: number;
}

export interface PrintWorkerOptions {
  db: Db;
  clock: Clock;
  devices: DeviceBoard;
  events: EventHub;
  openPrinter: OpenPrinter;
  timeouts?: PrinterTimeouts;
  /** After each failed try: 1 s, 2 s, 4 s … at most 30 s. */
  backoff?: Backoff;
  /** How often a printer with jobs waiting is asked how it is (it may have come back). */
  statusEveryMs?: number;
  /** How often a printer that is not ready is asked while nothing waits. */
  idleCheckMs?: number;
  logger?: { error(message: string, cause?: unknown): void };
}

export interface PrintWorker {
  wake(): void;
  stop(): Promise<void>;
}

export const DEFAULT_BACKOFF: Backoff = { firstMs: 1000, maxMs: 30_000 };
const DEFAULT_STATUS_EVERY_MS = 3000;
const DEFAULT_IDLE_CHECK_MS = 20_000;
/** A drawer pulse older than this is not sent: the customer has long gone. */
export const DRAWER_FRESH_MS = 2 * 60_000;

/** The wait after the n-th failed try in a row (n ≥ 1). */
export function backoffDelay(failures: number, backoff: Backoff = DEFAULT_BACKOFF): number {
  return Math.min(backoff.maxMs, backoff.firstMs * 2 ** Math.max(0, failures - 1));
}

/** States in which sending is pointless: wait for the printer instead. */
const BLOCKED: ReadonlySet<PrinterState> = new Set(['offline', 'paper_out', 'cover_open']);

type Connected = Exclude<PrinterConnection, { kind: 'none' }>;

/** The bytes of one job, drawer pulse first when asked (and still fresh). Pure. */
export function renderJob(job: Pick<PrintJobRow, 'document' | 'open_drawer'>, settings: PrinterSettings, target: JobTarget, withDrawer: boolean): Uint8Array {
  const drawer = job.open_drawer === 1 && withDrawer ? { pin: settings.drawerPin } : null;
  if (job.document === null) return drawer ? encodeDrawerPulse(drawer.pin) : new Uint8Array(0);
  const columns = target === 'receipt' ? settings.columns : settings.kitchenColumns;
  return encodeLines(layoutDocument(JSON.parse(job.document) as PrintDocument, columns), { columns, cut: true, drawer });
}

const printerName = { receipt: 'receipt printer', kitchen: 'kitchen printer' } as const;

class Lane {
  private port: PrinterPort | null = null;
  private portKey = '';
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  /** The job at the head of this printer's queue, its failed tries in a row, and when (monotonic ms) it may be tried again. */
  private head: string | null = null;
  private failures = 0;
  private retryAt = 0;
  /** What the last status check said (not a send's error): null when not asked since start or a settings change. */
  private lastChecked: PrinterState | null = null;

  constructor(
    private readonly target: JobTarget,
    private readonly o: Required<Omit<PrintWorkerOptions, 'logger' | 'timeouts'>> & Pick<PrintWorkerOptions, 'logger'> & { timeouts: PrinterTimeouts },
  ) {}

  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.clearTimer();
    this.running = this.run().finally(() => {
      this.running = null;
    });
  }

  /** The connection or paper changed: ask the printer afresh. */
  reset(): void {
    this.lastChecked = null;
    this.retryAt = 0;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimer();
    await this.closePort();
    await this.running;
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private later(ms: number): void {
    if (this.stopped) return;
    this.clearTimer();
    this.timer = setTimeout(() => this.wake(), Math.max(0, ms));
    this.timer.unref?.();
  }

  private async run(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.step();
      } catch (cause) {
        if (this.stopped) return;
        // A fault here must never stop the till printing for good: log it and try again shortly.
        this.o.logger?.error(`the ${printerName[this.target]} worker failed`, cause);
        this.later(this.o.statusEveryMs);
      }
    } while (this.again && !this.stopped);
  }

  private async closePort(): Promise<void> {
    const port = this.port;
    this.port = null;
    this.portKey = '';
    if (port) await port.close().catch(() => undefined);
  }

  private async portFor(connection: Connected): Promise<PrinterPort> {
    const key = JSON.stringify(connection);
    if (this.port && this.portKey === key) return this.port;
    await this.closePort();
    if (this.stopped) throw new PrinterError('The print worker has stopped.', 'offline');
    this.port = this.o.openPrinter(connection, this.o.timeouts);
    this.portKey = key;
    return this.port;
  }

  private report(settings: PrinterSettings, state: PrinterState, message: string): void {
    const { db, devices, clock } = this.o;
    devices.setPrinter(
      {
        target: this.target,
        state,
        message,
        checkedAt: clock.now().toISOString(),
        columns: this.target === 'receipt' ? settings.columns : settings.kitchenColumns,
        printEverySale: settings.printEverySale,
      },
      pendingCount(db, this.target),
    );
  }

  /** Prints what can be printed now, then sets a timer for whatever waits. */
  private async step(): Promise<void> {
    const { db, clock } = this.o;
    for (;;) {
      if (this.stopped) return;
      const settings = readPrinterSettings(db);
      const connection = this.target === 'receipt' ? settings.receipt : settings.kitchen;
      if (connection.kind === 'none') {
        await this.closePort();
        if (!this.stopped) this.report(settings, 'not_set_up', `No ${printerName[this.target]} is set up.`);
        return;
      }
      const port = await this.portFor(connection);
      if (this.stopped) return;
      const job = nextPendingJob(db, this.target);

      if (!job) {
        if (this.lastChecked === null) {
          const status = await port.status();
          if (this.stopped) return;
          this.lastChecked = status.state;
          this.report(settings, status.state, status.message);
        }
        // A printer that is off, out of paper or silent is looked at now and then, so the till hears when it is back.
        if (this.lastChecked !== 'ready') this.later(this.o.idleCheckMs);
        return;
      }
      if (job.id !== this.head) {
        this.head = job.id;
        this.failures = 0;
        this.retryAt = 0;
      }

      const status = await port.status();
      if (this.stopped) return;
      const cameBack = this.lastChecked !== null && BLOCKED.has(this.lastChecked) && !BLOCKED.has(status.state);
      this.lastChecked = status.state;
      this.report(settings, status.state, status.message);
      const waitMs = this.retryAt - performance.now();
      if (waitMs > 0 && !cameBack) {
        this.later(Math.min(waitMs, this.o.statusEveryMs));
        return;
      }
      if (BLOCKED.has(status.state)) {
        this.failed(job, status.message);
        return;
      }

      const fresh = clock.now().getTime() - Date.parse(job.created_at) <= DRAWER_FRESH_MS;
      if (job.document === null && !fresh) {
        this.finish(job, 'cancelled', 'The drawer was not opened: the printer was away for too long after it was asked.');
        continue;
      }
      let bytes: Uint8Array;
      try {
        bytes = renderJob(job, settings, this.target, fresh);
      } catch (cause) {
        // A document that cannot be laid out never will be: it must not hold up the receipts behind it.
        this.o.logger?.error(`print job ${job.id} could not be laid out`, cause);
        this.finish(job, 'cancelled', 'Apron could not lay this out for the printer.');
        continue;
      }
      try {
        await port.send(bytes);
      } catch (cause) {
        if (this.stopped) return;
        const error = cause instanceof PrinterError ? cause : new PrinterError(`The ${printerName[this.target]} could not be reached.`, 'offline');
        this.report(settings, error.state, error.message);
        this.failed(job, error.message);
        return;
      }
      if (this.stopped) return;
      this.finish(job, 'printed', null);
    }
  }

  /** One failed try: counted on the job with its reason and when it is tried next. */
  private failed(job: PrintJobRow, message: string): void {
    this.failures += 1;
    const delay = backoffDelay(this.failures, this.o.backoff);
    this.retryAt = performance.now() + delay;
    const next = new Date(this.o.clock.now().getTime() + delay).toISOString();
    this.o.db.prepare('UPDATE print_jobs SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?').run(message, next, job.id);
    // The timer brings the lane back: to try again, or sooner to see whether the printer is back.
    this.later(Math.min(delay, this.o.statusEveryMs));
  }

  private finish(job: PrintJobRow, state: 'printed' | 'cancelled', error: string | null): void {
    const { db, clock, events } = this.o;
    const at = clock.now().toISOString();
    db.transaction(() => {
      if (state === 'printed') db.prepare("UPDATE print_jobs SET state = 'printed', printed_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?").run(at, job.id);
      else db.prepare("UPDATE print_jobs SET state = 'cancelled', last_error = ? WHERE id = ? AND state = 'pending'").run(error, job.id);
    }).immediate();
    this.head = null;
    if (state === 'printed') events.publish({ event: 'printer.printed', payload: { jobId: job.id, target: this.target } });
  }
}

/** Starts the worker: it wakes on the core's events (a sale, the till closing, new settings) and on jobs asked for on a screen. */
export function startPrintWorker(options: PrintWorkerOptions): PrintWorker {
  const resolved = {
    db: options.db,
    clock: options.clock,
    devices: options.devices,
    events: options.events,
    openPrinter: options.openPrinter,
    timeouts: options.timeouts ?? DEFAULT_TIMEOUTS,
    backoff: options.backoff ?? DEFAULT_BACKOFF,
    statusEveryMs: options.statusEveryMs ?? DEFAULT_STATUS_EVERY_MS,
    idleCheckMs: options.idleCheckMs ?? DEFAULT_IDLE_CHECK_MS,
    logger: options.logger,
  };
  const lanes = [new Lane('receipt', resolved), new Lane('kitchen', resolved)];
  const wake = (): void => {
    for (const lane of lanes) lane.wake();
  };
  const unsubscribe = options.events.subscribe((message) => {
    switch (message.event) {
      case 'sale.completed':
        if (!message.payload.practice) wake();
        break;
      case 'cash.changed':
        wake();
        break;
      case 'hardware.changed':
        if (message.payload.what === 'printing') {
          for (const lane of lanes) lane.reset();
          wake();
        }
        break;
      default:
        break;
    }
  });
  const unhook = options.devices.onPrintQueued(wake);
  wake();
  return {
    wake,
    async stop() {
      unsubscribe();
      unhook();
      await Promise.all(lanes.map((lane) => lane.stop()));
    },
  };
}
