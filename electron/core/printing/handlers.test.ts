import { describe, expect, it } from 'vitest';
import { printerSettings, savePrinterSettings } from '../testing/printing.ts';
import { captureEvents, createTillCafe, openTill, sell, workedExample } from '../testing/till.ts';
import { errorOf, valueOf } from '../testing/testCore.ts';

// The printing methods through the dispatcher, without a worker: what is saved, refused,
// queued and shown. The bytes themselves are read back in tillPrints.test.ts.

const network = { kind: 'network' as const, host: '192.168.1.50', port: 9100 };

describe('printing settings', () => {
  it('a new till has no printer; a manager sets one up, the audit says what changed, and the screens hear of it', () => {
    const t = createTillCafe();
    const manager = t.loginAs('manager');
    expect(valueOf(manager.call('printing.settings', {}))).toMatchObject({ receipt: { kind: 'none' }, columns: 48, printEverySale: true, drawerPin: 2, drawerTenders: ['cash'], kitchen: { kind: 'none' } });
    const events = captureEvents(t);
    const saved = valueOf(manager.call('printing.saveSettings', printerSettings({ receipt: { kind: 'network', host: ' 192.168.1.50 ' }, columns: 32, drawerPin: 5 })));
    expect(saved.receipt).toEqual(network);
    expect(valueOf(manager.call('printing.settings', {}))).toEqual(saved);
    expect(t.lastAudit()).toMatchObject({
      action: 'printing.saveSettings',
      outcome: 'done',
      summary: 'Printer settings: receipt printer: network printer 192.168.1.50:9100; receipt paper: 58 mm paper (32 columns); drawer on pin 5; new footer',
    });
    expect(events).toContainEqual({ event: 'hardware.changed', payload: { what: 'printing' } });
  });

  it('settings read back can be saved as they are (no footer or QR code reads as null)', () => {
    const t = createTillCafe();
    const manager = t.loginAs('manager');
    const read = valueOf(manager.call('printing.settings', {}));
    expect(read).toMatchObject({ footer: null, qr: null });
    expect(valueOf(manager.call('printing.saveSettings', read))).toEqual(read);
  });

  it('a trainee or supervisor cannot change the printer settings; the refusal is audited and nothing changes', () => {
    const t = createTillCafe();
    for (const role of ['trainee', 'supervisor'] as const) {
      const screen = t.loginAs(role);
      const before = t.db.prepare('SELECT * FROM printer_settings').get();
      const refused = errorOf(screen.call('printing.saveSettings', printerSettings({ receipt: network })));
      expect(refused.code).toBe('forbidden');
      expect(t.lastAudit()).toMatchObject({ action: 'printing.saveSettings', outcome: 'refused', actor_role: role });
      expect(t.db.prepare('SELECT * FROM printer_settings').get()).toEqual(before);
    }
  });

  it('bad settings get the plain-English reason and write nothing', () => {
    const t = createTillCafe();
    const manager = t.loginAs('manager');
    const before = t.snapshot();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ receipt: { kind: 'network', host: 'front till printer' } }, 'receipt.host', 'A network address is numbers and dots (like 192.168.1.50) or a name, with no spaces.'],
      [{ receipt: { kind: 'network', host: '192.168.1.50', port: 70000 } }, 'receipt.port', 'The port must be between 1 and 65535.'],
      [{ columns: 40 }, 'columns', 'Choose the paper: 32 columns (58 mm), 42 or 48 columns (80 mm).'],
      [{ drawerPin: 3 }, 'drawerPin', 'The drawer is on pin 2 or pin 5.'],
    ];
    for (const [over, field, message] of cases) {
      const refused = errorOf(manager.send('printing.saveSettings', { ...printerSettings(), ...over }));
      expect(refused).toMatchObject({ code: 'invalid_input', field, message });
    }
    expect(t.snapshot()).toEqual(before);
  });

  it('settings edited outside Apron are read back safely: a broken connection is no printer', () => {
    const t = createTillCafe();
    t.db.prepare(`UPDATE printer_settings SET receipt_connection = '{"kind":"network","host":"a b"}', drawer_tenders = 'nonsense', kitchen_category_ids = '[1]'`).run();
    expect(valueOf(t.loginAs('manager').call('printing.settings', {}))).toMatchObject({ receipt: { kind: 'none' }, drawerTenders: ['cash'], kitchenCategoryIds: [] });
  });
});

describe('printer settings kept in memory', () => {
  it('a manager’s save counts from the very next sale', () => {
    const t = createTillCafe();
    openTill(t);
    const tom = t.loginAs('trainee');
    sell(tom, workedExample('takeaway'), 880);
    expect(t.count('print_jobs')).toBe(0);
    savePrinterSettings(t, { receipt: network });
    sell(tom, workedExample('takeaway'), 880);
    expect(t.db.prepare('SELECT kind, what FROM print_jobs').all()).toEqual([{ kind: 'receipt', what: 'Receipt 2' }]);
  });

  it('a change made behind Apron’s back counts from the very next sale and read', () => {
    const t = createTillCafe();
    savePrinterSettings(t, { receipt: network });
    openTill(t);
    const tom = t.loginAs('trainee');
    const manager = t.loginAs('manager');
    sell(tom, workedExample('takeaway'), 880);
    expect(valueOf(manager.call('printing.settings', {})).printEverySale).toBe(true);
    t.db.prepare("UPDATE printer_settings SET print_every_sale = 0, footer = 'Edited by hand'").run();
    sell(tom, workedExample('takeaway'), 880);
    expect(t.db.prepare('SELECT kind, what FROM print_jobs ORDER BY seq').all()).toEqual([
      { kind: 'receipt', what: 'Receipt 1' },
      { kind: 'drawer', what: 'Drawer for receipt 2' },
    ]);
    expect(valueOf(manager.call('printing.settings', {}))).toMatchObject({ printEverySale: false, footer: 'Edited by hand' });
  });

  it('what is read cannot be changed by whoever is handed it', () => {
    const t = createTillCafe();
    savePrinterSettings(t, { receipt: network });
    const manager = t.loginAs('manager');
    const settings = valueOf(manager.call('printing.settings', {}));
    expect(() => {
      settings.printEverySale = false;
    }).toThrow(TypeError);
    expect(() => settings.drawerTenders.push('card')).toThrow(TypeError);
    expect(valueOf(manager.call('printing.settings', {}))).toMatchObject({ printEverySale: true, drawerTenders: ['cash'] });
  });
});

describe('test page, status, jobs', () => {
  it('a test page needs a printer first', () => {
    const t = createTillCafe();
    const manager = t.loginAs('manager');
    expect(errorOf(manager.call('printing.testPage', { target: 'receipt' }))).toEqual({ code: 'conflict', message: 'Choose how the receipt printer is connected first.', field: 'target' });
    expect(errorOf(manager.call('printing.testPage', { target: 'kitchen' })).message).toBe('Choose how the kitchen printer is connected first.');
    expect(t.count('print_jobs')).toBe(0);
  });

  it('a test page with the drawer queues one job and logs the opening as a test', () => {
    const t = createTillCafe();
    savePrinterSettings(t, { receipt: network });
    const manager = t.loginAs('manager');
    const job = valueOf(manager.call('printing.testPage', { target: 'receipt', openDrawer: true }));
    expect(job).toMatchObject({ target: 'receipt', what: 'Test page and drawer', state: 'pending', attempts: 0 });
    expect(t.db.prepare('SELECT reason, job_id, by_name FROM drawer_openings').all()).toEqual([{ reason: 'test', job_id: job.id, by_name: 'Maya Okafor' }]);
    const document = JSON.parse(t.db.prepare('SELECT document FROM print_jobs').pluck().get() as string);
    expect(document).toMatchObject({ kind: 'test', connection: 'Network printer 192.168.1.50:9100', columns: 48, cafe: { name: 'Back Yard Café', address: ['12 Canal Street', 'Manchester M1 3HE'] } });
  });

  it('status says not set up without a printer, and counts waiting jobs with one', () => {
    const t = createTillCafe();
    const tom = t.loginAs('trainee');
    expect(valueOf(tom.call('printing.status', {}))).toEqual([
      { target: 'receipt', state: 'not_set_up', pending: 0, message: 'No receipt printer is set up.', checkedAt: null, columns: 48, printEverySale: true },
      { target: 'kitchen', state: 'not_set_up', pending: 0, message: 'No kitchen printer is set up.', checkedAt: null, columns: 42, printEverySale: true },
    ]);
    savePrinterSettings(t, { receipt: network });
    openTill(t);
    sell(tom, workedExample('takeaway'), 880);
    expect(valueOf(tom.call('printing.status', {}))[0]).toMatchObject({ state: 'unknown', pending: 1 });
  });

  it('only a pending job can be cancelled; a printed one is a conflict', () => {
    const t = createTillCafe();
    savePrinterSettings(t, { receipt: network });
    const manager = t.loginAs('manager');
    const job = valueOf(manager.call('printing.testPage', {}));
    expect(valueOf(manager.call('printing.cancelJob', { jobId: job.id }))).toMatchObject({ state: 'cancelled' });
    expect(errorOf(manager.call('printing.cancelJob', { jobId: job.id }))).toMatchObject({ code: 'conflict', message: 'Test page was already cancelled.' });
    const printed = valueOf(manager.call('printing.testPage', {}));
    t.db.prepare("UPDATE print_jobs SET state = 'printed' WHERE id = ?").run(printed.id);
    expect(errorOf(manager.call('printing.cancelJob', { jobId: printed.id }))).toEqual({ code: 'conflict', message: 'Test page has already printed: there is nothing to cancel.', field: 'jobId' });
    expect(errorOf(manager.call('printing.cancelJob', { jobId: 'job-none' })).code).toBe('not_found');
    expect(valueOf(manager.call('printing.jobs', {})).map((j) => j.state)).toEqual(['printed', 'cancelled']);
  });
});

describe('receipts on demand', () => {
  it('a trainee previews and prints a receipt; an unknown entry is not found; no printer is a conflict', () => {
    const t = createTillCafe();
    openTill(t);
    const tom = t.loginAs('trainee');
    const sale = sell(tom, workedExample('takeaway'), 880);
    const preview = valueOf(tom.call('printing.preview', { entryId: sale.id }));
    expect(preview).toMatchObject({ kind: 'receipt', entryKind: 'sale', copy: false, receiptNumber: sale.receiptNumber, totalPence: 880, servedBy: null, tillName: 'Till 1' });
    expect(valueOf(tom.call('printing.preview', { entryId: sale.id, copy: true }))).toMatchObject({ copy: true });
    expect(errorOf(tom.call('printing.preview', { entryId: 'sale-none' }))).toMatchObject({ code: 'not_found', field: 'entryId' });
    expect(errorOf(tom.call('printing.receipt', { entryId: sale.id }))).toEqual({ code: 'conflict', message: 'Choose how the receipt printer is connected first.' });
    savePrinterSettings(t, { receipt: network, printEverySale: false });
    expect(errorOf(tom.call('printing.receipt', { entryId: 'sale-none' })).code).toBe('not_found');
    expect(valueOf(tom.call('printing.receipt', { entryId: sale.id })).what).toBe(`Receipt ${sale.receiptNumber}`);
    expect(valueOf(tom.call('printing.receipt', { entryId: sale.id })).what).toBe(`Receipt ${sale.receiptNumber} (copy)`);
  });

  it('a sale with a printer writes its receipt job in the same transaction: a refused sale leaves no job', () => {
    const t = createTillCafe();
    savePrinterSettings(t, { receipt: network });
    openTill(t);
    const tom = t.loginAs('trainee');
    const refused = errorOf(tom.call('sales.complete', { clientRef: 'sale-ref-refused', basket: workedExample('takeaway'), payments: [{ tender: 'cash', amountPence: 880 }], expectedTotalPence: 999 }));
    expect(refused).toMatchObject({ code: 'conflict', field: 'expectedTotalPence' });
    expect(t.count('print_jobs')).toBe(0);
    sell(tom, workedExample('takeaway'), 880);
    expect(t.db.prepare('SELECT kind, what, open_drawer, state FROM print_jobs').all()).toEqual([{ kind: 'receipt', what: 'Receipt 1', open_drawer: 1, state: 'pending' }]);
  });
});
