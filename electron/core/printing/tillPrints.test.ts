import { describe, expect, it } from 'vitest';
import type { EventMessage } from '../../../shared/contract/index.ts';
import { createPrintingCafe, printedText, savePrinterSettings, startTestWorker } from '../testing/printing.ts';
import { basket, captureEvents, FLOAT_COUNTS, line, openTill, sell, workedExample } from '../testing/till.ts';
import { valueOf } from '../testing/testCore.ts';

// What the till prints, read back from the bytes that reached a capture printer on
// 127.0.0.1: the receipt of a sale, refund and void, the drawer, reprints, the Z report and
// the no-sale, through the dispatcher and the print worker.

function drawerLog(t: { db: { prepare(sql: string): { all(): unknown[] } } }): unknown[] {
  return t.db.prepare('SELECT reason, entry_id, movement_id, by_name FROM drawer_openings ORDER BY rowid').all();
}

describe('the till prints', () => {
  it('a cash sale prints its receipt: café, lines, TOTAL, VAT, £, the cut, and the drawer opens on its pin', async () => {
    const { t, printer } = await createPrintingCafe({ settings: { drawerPin: 5 } });
    openTill(t);
    const tom = t.loginAs('trainee');
    const sale = sell(tom, workedExample('takeaway'), 880, [{ tender: 'cash', amountPence: 1000 }]);
    const [job] = await printer.waitForJobs(1, 5000);
    const printed = job!.decode();
    const text = printedText(printed.text);
    expect(text).toContain('Back Yard Café');
    expect(text).toContain('12 Canal Street');
    expect(text).toContain(`Receipt ${sale.receiptNumber}`);
    expect(text).toContain('1 x Flat white');
    expect(text).toContain('1 x Cheese sandwich');
    expect(text).toMatch(/TOTAL +£8\.80/);
    expect(text).toMatch(/Change +£1\.20/);
    expect(text).toContain('20%');
    expect(text).toContain('0%');
    expect(text).toContain('Thank you for supporting our trainees');
    expect(text).not.toContain('Served by');
    expect(printed.cut).toBe(true);
    expect(printed.drawerPulses).toEqual([{ pin: 5 }]);
    expect(drawerLog(t)).toEqual([{ reason: 'sale', entry_id: sale.id, movement_id: null, by_name: 'Tom Walsh' }]);
    await expect.poll(() => t.db.prepare('SELECT state FROM print_jobs').pluck().get(), { timeout: 5000 }).toBe('printed');
    expect(valueOf(t.loginAs('manager').call('printing.jobs', {}))).toMatchObject([{ what: `Receipt ${sale.receiptNumber}`, state: 'printed', attempts: 1, lastError: null }]);
  });

  it('a card sale prints without opening the drawer, and names the trainee only once they agreed', async () => {
    const { t, printer } = await createPrintingCafe();
    valueOf(t.loginAs('manager').call('staff.update', { staffId: t.person('trainee').id, namedOnReceipts: true }));
    openTill(t);
    const tom = t.loginAs('trainee');
    sell(tom, workedExample('eat_in'), 880, [{ tender: 'card', amountPence: 880 }]);
    const [job] = await printer.waitForJobs(1, 5000);
    const printed = job!.decode();
    expect(printed.drawerPulses).toEqual([]);
    expect(printedText(printed.text)).toContain('Served by Tom');
    expect(printedText(printed.text)).not.toContain('Walsh');
    expect(drawerLog(t)).toEqual([]);
  });

  it('a practice sale prints nothing and opens nothing', async () => {
    const { t, printer } = await createPrintingCafe();
    valueOf(t.loginAs('supervisor').call('till.setPractice', { practice: true }));
    const tom = t.loginAs('trainee');
    sell(tom, workedExample('takeaway'), 880);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(printer.jobs()).toEqual([]);
    expect(t.count('print_jobs')).toBe(0);
    expect(t.count('drawer_openings')).toBe(0);
  });

  it('a reprint from sales history says COPY and never opens the drawer', async () => {
    const { t, printer } = await createPrintingCafe();
    openTill(t);
    const tom = t.loginAs('trainee');
    const sale = sell(tom, workedExample('takeaway'), 880);
    await printer.waitForJobs(1, 5000);
    const job = valueOf(tom.call('printing.receipt', { entryId: sale.id }));
    expect(job.what).toBe(`Receipt ${sale.receiptNumber} (copy)`);
    const [, copy] = await printer.waitForJobs(2, 5000);
    const printed = copy!.decode();
    expect(printedText(printed.text)).toContain('*** COPY ***');
    expect(printed.drawerPulses).toEqual([]);
    expect(t.lastAudit()).toMatchObject({ action: 'printing.receipt', summary: `Printed receipt ${sale.receiptNumber} again, marked COPY` });
    expect(printedText(printer.jobs()[0]!.decode().text)).not.toContain('COPY');
  });

  it('without print-every-sale, a cash sale only opens the drawer, and the first receipt asked for is not a copy', async () => {
    const { t, printer } = await createPrintingCafe({ settings: { printEverySale: false } });
    openTill(t);
    const tom = t.loginAs('trainee');
    const sale = sell(tom, workedExample('takeaway'), 880);
    const [drawer] = await printer.waitForJobs(1, 5000);
    expect(drawer!.decode()).toMatchObject({ text: [], cut: false, drawerPulses: [{ pin: 2 }] });
    valueOf(tom.call('printing.receipt', { entryId: sale.id }));
    const [, receipt] = await printer.waitForJobs(2, 5000);
    expect(printedText(receipt!.decode().text)).not.toContain('COPY');
    expect(receipt!.decode().drawerPulses).toEqual([]);
  });

  it('refunds and voids print their receipts, and giving cash back opens the drawer', async () => {
    const { t, printer } = await createPrintingCafe();
    openTill(t);
    const tom = t.loginAs('trainee');
    const first = sell(tom, workedExample('takeaway'), 880);
    const second = sell(tom, workedExample('takeaway'), 880, [{ tender: 'card', amountPence: 880 }]);
    const sam = t.loginAs('supervisor');
    const refund = valueOf(sam.call('sales.refund', { saleId: first.id, lines: [{ lineId: first.lines[0]!.id, quantity: 1 }], to: 'cash', reason: 'Cold coffee' }));
    const voided = valueOf(sam.call('sales.void', { saleId: second.id, reason: 'Rang up the wrong order' }));
    const jobs = await printer.waitForJobs(4, 5000);
    const refundText = printedText(jobs[2]!.decode().text);
    expect(refundText).toContain('REFUND');
    expect(refundText).toContain(`of receipt ${first.receiptNumber}`);
    expect(refundText).toContain('Cold coffee');
    expect(jobs[2]!.decode().drawerPulses).toEqual([{ pin: 2 }]);
    const voidText = printedText(jobs[3]!.decode().text);
    expect(voidText).toContain('VOID');
    expect(voidText).toContain(`of receipt ${second.receiptNumber}`);
    // The void gave the money back to the card: the drawer stays shut.
    expect(jobs[3]!.decode().drawerPulses).toEqual([]);
    expect(drawerLog(t)).toEqual([
      { reason: 'sale', entry_id: first.id, movement_id: null, by_name: 'Tom Walsh' },
      { reason: 'refund', entry_id: refund.id, movement_id: null, by_name: 'Sam Reid' },
    ]);
    expect(voided.kind).toBe('void');
  });

  it('closing the till prints the Z report, and a past Z prints again as a COPY', async () => {
    const { t, printer } = await createPrintingCafe();
    openTill(t);
    sell(t.loginAs('trainee'), workedExample('takeaway'), 880);
    await printer.waitForJobs(1, 5000);
    const sam = t.loginAs('supervisor');
    const z = valueOf(sam.call('cash.close', { countedCounts: { ...FLOAT_COUNTS, '500': 4, '20': 4 } }));
    const [, zJob] = await printer.waitForJobs(2, 5000);
    const text = printedText(zJob!.decode().text);
    expect(text).toContain(`Z REPORT ${z.number}`);
    expect(text).toMatch(/Net sales +£8\.80/);
    expect(text).toContain('Cash counted');
    expect(zJob!.decode().cut).toBe(true);
    expect(valueOf(sam.call('printing.report', { report: 'Z', number: z.number! })).what).toBe(`Z report ${z.number} (copy)`);
    const [, , again] = await printer.waitForJobs(3, 5000);
    expect(printedText(again!.decode().text)).toContain('*** COPY ***');
    // No till open, no X report.
    expect(sam.call('printing.report', { report: 'X' })).toEqual({ ok: false, error: { code: 'conflict', message: 'The till is not open, so there is no X report to print.' } });
  });

  it('an X report prints while the till is open', async () => {
    const { t, printer } = await createPrintingCafe();
    openTill(t);
    const sam = t.loginAs('supervisor');
    valueOf(sam.call('printing.report', { report: 'X' }));
    const [job] = await printer.waitForJobs(1, 5000);
    expect(printedText(job!.decode().text)).toContain('X REPORT');
  });

  it('a no-sale opens the drawer without printing, and the opening is logged with its movement', async () => {
    const { t, printer } = await createPrintingCafe();
    openTill(t);
    const sam = t.loginAs('supervisor');
    const movement = valueOf(sam.call('cash.noSale', { reason: 'Change for the float' }));
    const [job] = await printer.waitForJobs(1, 5000);
    expect(job!.decode()).toMatchObject({ text: [], drawerPulses: [{ pin: 2 }] });
    expect(drawerLog(t)).toEqual([{ reason: 'no_sale', entry_id: null, movement_id: movement.id, by_name: 'Sam Reid' }]);
  });

  it('kitchen tickets go to the second printer for the chosen categories only', async () => {
    const { t, printer, kitchen } = await createPrintingCafe({ kitchen: true, settings: { kitchenCategoryIds: ['cat-food'] } });
    openTill(t);
    const tom = t.loginAs('trainee');
    const sale = sell(tom, workedExample('eat_in'), 880);
    sell(tom, basket('takeaway', [line('prod-cola')]), 120);
    const [ticket] = await kitchen!.waitForJobs(1, 5000);
    const text = printedText(ticket!.decode().text);
    expect(text).toContain(`Order ${sale.receiptNumber}`);
    expect(text).toContain('1 x Cheese sandwich');
    expect(text).not.toContain('Flat white');
    await printer.waitForJobs(2, 5000);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(kitchen!.jobs()).toHaveLength(1);
  });

  it('with no receipt printer the till queues nothing and says nothing', async () => {
    const { t, printer } = await createPrintingCafe();
    savePrinterSettings(t, { receipt: { kind: 'none' } });
    openTill(t);
    const events = captureEvents(t);
    sell(t.loginAs('trainee'), workedExample('takeaway'), 880);
    expect(t.count('print_jobs')).toBe(0);
    expect(t.count('drawer_openings')).toBe(0);
    expect(events.filter((e: EventMessage) => e.event.startsWith('printer.'))).toEqual([]);
    expect(printer.jobs()).toEqual([]);
  });

  it('jobs survive a restart: a sale made while no worker ran prints once one starts', async () => {
    const { t, printer } = await createPrintingCafe({ worker: false });
    openTill(t);
    sell(t.loginAs('trainee'), workedExample('takeaway'), 880);
    t.restart();
    startTestWorker(t);
    const [job] = await printer.waitForJobs(1, 5000);
    expect(printedText(job!.decode().text)).toContain('TOTAL');
  });
});
