import type { PrinterSettings, PrinterStatus, PrintJob } from '../../../shared/contract/index.ts';
import type { ReceiptDocument } from '../../../shared/receipt/document.ts';
import { openSessionRow } from '../cash/session.ts';
import { readZReport, xReport } from '../cash/zReports.ts';
import type { Handlers, ReadContext, WriteContext } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import type { DeviceBoard } from '../devices.ts';
import { fail } from '../errors.ts';
import { findEntry, linesOf, paymentsOf } from '../sales/journal.ts';
import { readHeading, receiptDocument, reportDocument, servedBy, testPageDocument } from './documents.ts';
import { findJob, logDrawerOpening, pendingCount, queueJob, readJob, receiptQueuedBefore, toPrintJob, type JobDraft, type PrintJobRow } from './queue.ts';
import { readPrinterSettings, settingsChangeWords, writePrinterSettings } from './settings.ts';

type PrintingHandlers = Pick<
  Handlers,
  'printing.settings' | 'printing.saveSettings' | 'printing.testPage' | 'printing.status' | 'printing.receipt' | 'printing.preview' | 'printing.report' | 'printing.jobs' | 'printing.cancelJob'
>;

const printerName = { receipt: 'receipt printer', kitchen: 'kitchen printer' } as const;
const NO_RECEIPT_PRINTER = 'Choose how the receipt printer is connected first.';

/** The receipt of a journal entry as it prints now (COPY when asked). */
function receiptFor(db: ReadDb, entryId: string, copy: boolean, settings: PrinterSettings): ReceiptDocument {
  const entry = findEntry(db, entryId) ?? fail('not_found', 'That sale is not in the journal: find it again by its receipt number.', { field: 'entryId' });
  const original = entry.original_id ? findEntry(db, entry.original_id)?.receipt_number ?? null : null;
  return receiptDocument(entry, linesOf(db, entry.id), paymentsOf(db, entry.id), {
    ...readHeading(db),
    servedBy: servedBy(db, entry.operator_id, entry.operator_name),
    settings,
    originalReceiptNumber: original,
    copy,
  });
}

/** Queues a job asked for on a screen, and wakes the worker once it has committed. */
function queueAsked(ctx: WriteContext, devices: DeviceBoard, job: JobDraft): string {
  const id = queueJob(ctx.db, ctx.ids, ctx.now, job);
  ctx.afterCommit(() => devices.printQueued());
  return id;
}

function statusOf(ctx: ReadContext, devices: DeviceBoard, settings: PrinterSettings, target: PrinterStatus['target']): PrinterStatus {
  const connection = target === 'receipt' ? settings.receipt : settings.kitchen;
  const pending = pendingCount(ctx.db, target);
  const extras = { columns: target === 'receipt' ? settings.columns : settings.kitchenColumns, printEverySale: settings.printEverySale };
  if (connection.kind === 'none') {
    return { target, state: 'not_set_up', pending, message: `No ${printerName[target]} is set up.`, checkedAt: null, ...extras };
  }
  const known = devices.printer(target);
  if (!known || known.state === 'not_set_up') {
    return { target, state: 'unknown', pending, message: `Apron has not heard from the ${printerName[target]} yet.`, checkedAt: null, ...extras };
  }
  return { ...known, pending, ...extras };
}

export function printingHandlers(devices: DeviceBoard): PrintingHandlers {
  return {
    'printing.settings': (ctx) => readPrinterSettings(ctx.db),

    'printing.saveSettings': (ctx, input) => {
      const before = readPrinterSettings(ctx.db);
      writePrinterSettings(ctx.db, input);
      const after = readPrinterSettings(ctx.db);
      ctx.note({ subjectType: 'printer_settings', subjectId: 'till-1', summary: settingsChangeWords(before, after) });
      ctx.emit({ event: 'hardware.changed', payload: { what: 'printing' } });
      return after;
    },

    'printing.testPage': (ctx, input) => {
      const settings = readPrinterSettings(ctx.db);
      const connection = input.target === 'receipt' ? settings.receipt : settings.kitchen;
      if (connection.kind === 'none') fail('conflict', `Choose how the ${printerName[input.target]} is connected first.`, { field: 'target' });
      if (input.openDrawer && input.target !== 'receipt') fail('invalid_input', 'The drawer is on the receipt printer: test it from there.', { field: 'openDrawer' });
      const columns = input.target === 'receipt' ? settings.columns : settings.kitchenColumns;
      const document = testPageDocument(readHeading(ctx.db), connection, columns, settings, ctx.now);
      const jobId = queueAsked(ctx, devices, { target: input.target, kind: 'test', what: input.openDrawer ? 'Test page and drawer' : 'Test page', document, openDrawer: input.openDrawer, entryId: null });
      if (input.openDrawer) logDrawerOpening(ctx.db, ctx.ids, ctx.now, { reason: 'test', jobId, by: ctx.caller });
      ctx.note({ subjectType: 'print_job', subjectId: jobId, summary: `Printed a test page on the ${printerName[input.target]}${input.openDrawer ? ' and opened the drawer' : ''}` });
      return readJob(ctx.db, jobId);
    },

    'printing.status': (ctx) => {
      const settings = readPrinterSettings(ctx.db);
      return [statusOf(ctx, devices, settings, 'receipt'), statusOf(ctx, devices, settings, 'kitchen')];
    },

    'printing.receipt': (ctx, input) => {
      const settings = readPrinterSettings(ctx.db);
      const exists = findEntry(ctx.db, input.entryId) ?? fail('not_found', 'That sale is not in the journal: find it again by its receipt number.', { field: 'entryId' });
      if (settings.receipt.kind === 'none') fail('conflict', NO_RECEIPT_PRINTER);
      const copy = receiptQueuedBefore(ctx.db, exists.id);
      const document = receiptFor(ctx.db, exists.id, copy, settings);
      const what = `${{ sale: 'Receipt', refund: 'Refund', void: 'Void' }[exists.kind]} ${exists.receipt_number}${copy ? ' (copy)' : ''}`;
      const jobId = queueAsked(ctx, devices, { target: 'receipt', kind: copy ? 'copy' : 'receipt', what, document, openDrawer: false, entryId: exists.id });
      ctx.note({ subjectType: 'sale', subjectId: exists.id, summary: copy ? `Printed receipt ${exists.receipt_number} again, marked COPY` : `Printed receipt ${exists.receipt_number}` });
      return readJob(ctx.db, jobId);
    },

    'printing.preview': (ctx, input) => receiptFor(ctx.db, input.entryId, input.copy, readPrinterSettings(ctx.db)),

    'printing.report': (ctx, input) => {
      const settings = readPrinterSettings(ctx.db);
      if (settings.receipt.kind === 'none') fail('conflict', NO_RECEIPT_PRINTER);
      const heading = readHeading(ctx.db);
      if (input.report === 'X') {
        if (!openSessionRow(ctx.db)) fail('conflict', 'The till is not open, so there is no X report to print.');
        const document = reportDocument(xReport(ctx), heading, false);
        const jobId = queueAsked(ctx, devices, { target: 'receipt', kind: 'x_report', what: 'X report', document, openDrawer: false, entryId: null });
        ctx.note({ subjectType: 'print_job', subjectId: jobId, summary: 'Printed an X report' });
        return readJob(ctx.db, jobId);
      }
      const report = readZReport(ctx, { number: input.number });
      const document = reportDocument(report, heading, true);
      const jobId = queueAsked(ctx, devices, { target: 'receipt', kind: 'z_report', what: `Z report ${input.number} (copy)`, document, openDrawer: false, entryId: null });
      ctx.note({ subjectType: 'print_job', subjectId: jobId, summary: `Printed Z report ${input.number} again, marked COPY` });
      return readJob(ctx.db, jobId);
    },

    'printing.jobs': (ctx, input): PrintJob[] => ctx.db.prepare<[number], PrintJobRow>('SELECT * FROM print_jobs ORDER BY seq DESC LIMIT ?').all(input.limit).map(toPrintJob),

    'printing.cancelJob': (ctx, input) => {
      const job = findJob(ctx.db, input.jobId) ?? fail('not_found', 'That print job is not on the list.', { field: 'jobId' });
      if (job.state === 'printed') fail('conflict', `${job.what} has already printed: there is nothing to cancel.`, { field: 'jobId' });
      if (job.state === 'cancelled') fail('conflict', `${job.what} was already cancelled.`, { field: 'jobId' });
      ctx.db.prepare("UPDATE print_jobs SET state = 'cancelled' WHERE id = ? AND state = 'pending'").run(job.id);
      ctx.note({ subjectType: 'print_job', subjectId: job.id, summary: `Cancelled printing ${job.what}${job.attempts > 0 ? ` after ${job.attempts} tries` : ''}` });
      // The worker may be waiting on this job: let it move on to the next one.
      ctx.afterCommit(() => devices.printQueued());
      return readJob(ctx.db, job.id);
    },
  };
}
