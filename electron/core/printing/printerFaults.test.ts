import { describe, expect, it } from 'vitest';
import type { PrinterStatus } from '../../../shared/contract/index.ts';
import { createFakePrinter } from '../../../hardware/printer/fakePrinter.ts';
import { startUnacceptingListener } from '../../../hardware/printer/capturePrinter.ts';
import { createPrintingCafe, printedText, savePrinterSettings, startTestWorker } from '../testing/printing.ts';
import { captureEvents, openTill, sell, workedExample } from '../testing/till.ts';
import { createTillCafe } from '../testing/till.ts';
import { valueOf } from '../testing/testCore.ts';
import { backoffDelay, DRAWER_FRESH_MS } from './worker.ts';

// A café's printer is switched off, runs out of paper, drops the connection half-way: the
// sale never waits, the till hears about it, and the receipt prints once the printer is back.

const statuses = (events: ReturnType<typeof captureEvents>): PrinterStatus[] =>
  events.flatMap((e) => (e.event === 'printer.status' ? [e.payload] : []));

describe('printer faults', () => {
  it('a sale with the printer off completes at once, and its receipt prints when the printer comes back', async () => {
    const { t, printer } = await createPrintingCafe();
    openTill(t);
    const events = captureEvents(t);
    await printer.goOffline();
    const tom = t.loginAs('trainee');
    const started = performance.now();
    const sale = sell(tom, workedExample('takeaway'), 880);
    expect(performance.now() - started).toBeLessThan(100);
    expect(sale.receiptNumber).toBe(1);
    await expect.poll(() => statuses(events).at(-1)?.state, { timeout: 5000 }).toBe('offline');
    await expect.poll(() => (t.db.prepare('SELECT attempts FROM print_jobs').pluck().get() as number) >= 2, { timeout: 5000 }).toBe(true);
    const waiting = valueOf(t.loginAs('manager').call('printing.jobs', {}))[0]!;
    expect(waiting).toMatchObject({ state: 'pending', what: 'Receipt 1' });
    expect(waiting.lastError).toContain('refused the connection');
    expect(valueOf(tom.call('printing.status', {}))[0]).toMatchObject({ target: 'receipt', state: 'offline', pending: 1 });

    await printer.comeBack();
    const [job] = await printer.waitForJobs(1, 5000);
    expect(printedText(job!.decode().text)).toContain('Receipt 1');
    await expect.poll(() => statuses(events).at(-1)?.state, { timeout: 5000 }).toBe('ready');
    expect(printer.jobs()).toHaveLength(1);
  });

  it('out of paper: the till hears paper_out, the job waits, and prints once the roll is in', async () => {
    const { t, printer } = await createPrintingCafe();
    openTill(t);
    const events = captureEvents(t);
    printer.setState('paper_out');
    sell(t.loginAs('trainee'), workedExample('takeaway'), 880);
    await expect.poll(() => statuses(events).map((s) => s.state), { timeout: 5000 }).toContain('paper_out');
    expect(statuses(events).find((s) => s.state === 'paper_out')).toMatchObject({ target: 'receipt', pending: 1, message: 'The printer is out of paper. Put in a new roll.' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(printer.jobs()).toEqual([]);
    printer.setState('ready');
    const [job] = await printer.waitForJobs(1, 5000);
    expect(job!.state).toBe('ready');
    expect(printedText(job!.decode().text)).toContain('TOTAL');
  });

  it('a connection dropped mid-receipt is sent again whole and counted printed once complete', async () => {
    const { t, printer } = await createPrintingCafe();
    openTill(t);
    printer.dropMidJob(60);
    sell(t.loginAs('trainee'), workedExample('takeaway'), 880);
    await expect.poll(() => t.db.prepare('SELECT attempts FROM print_jobs').pluck().get(), { timeout: 5000 }).toBeGreaterThanOrEqual(1);
    expect(t.db.prepare('SELECT state, last_error FROM print_jobs').get()).toMatchObject({ state: 'pending', last_error: expect.stringContaining('dropped the connection') });
    expect(printer.jobs()).toEqual([]);
    printer.dropMidJob(null);
    const [job] = await printer.waitForJobs(1, 5000);
    expect(job!.decode().cut).toBe(true);
    expect(printedText(job!.decode().text)).toContain('TOTAL');
    await expect.poll(() => t.db.prepare('SELECT state FROM print_jobs').pluck().get(), { timeout: 5000 }).toBe('printed');
  });

  it('receipts print in order: a failing job holds the ones behind it on its printer, never the kitchen', async () => {
    const { t, printer, kitchen } = await createPrintingCafe({ kitchen: true, settings: { kitchenCategoryIds: ['cat-food'] } });
    openTill(t);
    await printer.goOffline();
    const tom = t.loginAs('trainee');
    const first = sell(tom, workedExample('takeaway'), 880);
    const second = sell(tom, workedExample('takeaway'), 880);
    const tickets = await kitchen!.waitForJobs(2, 5000);
    expect(tickets.map((j) => printedText(j.decode().text).includes(`Order ${first.receiptNumber}`))).toEqual([true, false]);
    await printer.comeBack();
    const receipts = await printer.waitForJobs(2, 5000);
    expect(receipts.map((j) => printedText(j.decode().text).match(/Receipt (\d+)/)?.[1])).toEqual([String(first.receiptNumber), String(second.receiptNumber)]);
  });

  it('a printer that never answers times out; the sale is still done and the job waits', async () => {
    const t = createTillCafe();
    const silent = await startUnacceptingListener();
    try {
      savePrinterSettings(t, { receipt: { kind: 'network', host: silent.host, port: silent.port } });
      startTestWorker(t, { timeouts: { connectMs: 100, writeMs: 200 } });
      openTill(t);
      const sale = sell(t.loginAs('trainee'), workedExample('takeaway'), 880);
      expect(sale.totalPence).toBe(880);
      await expect.poll(() => t.db.prepare('SELECT last_error FROM print_jobs').pluck().get(), { timeout: 5000 }).toContain('did not answer');
    } finally {
      await silent.close();
    }
  });

  it('a drawer pulse asked for long ago is not sent: the receipt prints, the drawer stays shut', async () => {
    const t = createTillCafe();
    const fake = createFakePrinter();
    savePrinterSettings(t, { receipt: { kind: 'network', host: '127.0.0.1', port: 9 } });
    openTill(t);
    fake.fail('offline');
    startTestWorker(t, { openPrinter: () => fake });
    sell(t.loginAs('trainee'), workedExample('takeaway'), 880);
    await expect.poll(() => fake.attempts + fake.statusChecks, { timeout: 5000 }).toBeGreaterThan(1);
    t.clock.advance(DRAWER_FRESH_MS + 1000);
    fake.recover();
    await expect.poll(() => fake.sent.length, { timeout: 3000 }).toBe(1);
    expect(fake.printed()[0]!.drawerPulses).toEqual([]);
    expect(printedText(fake.printed()[0]!.text)).toContain('TOTAL');
  });

  it('a job the manager cancels while the printer is off is skipped; the one behind it prints when it is back', async () => {
    const { t, printer } = await createPrintingCafe();
    openTill(t);
    await printer.goOffline();
    const tom = t.loginAs('trainee');
    const first = sell(tom, workedExample('takeaway'), 880);
    const second = sell(tom, workedExample('takeaway'), 880);
    const manager = t.loginAs('manager');
    const stuck = valueOf(manager.call('printing.jobs', {})).find((j) => j.what === `Receipt ${first.receiptNumber}`)!;
    valueOf(manager.call('printing.cancelJob', { jobId: stuck.id }));
    await printer.comeBack();
    const [job] = await printer.waitForJobs(1, 5000);
    expect(printedText(job!.decode().text)).toContain(`Receipt ${second.receiptNumber}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(printer.jobs()).toHaveLength(1);
  });

  it('backs off 1 s, 2 s, 4 s … and never waits more than 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 10].map((n) => backoffDelay(n))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });
});
