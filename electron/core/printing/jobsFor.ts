import type { PrinterSettings, TillReport } from '../../../shared/contract/index.ts';
import type { WriteContext } from '../context.ts';
import type { PaymentRow, WrittenEntry } from '../sales/journal.ts';
import { categoriesOf, kitchenTicket, readHeading, receiptDocument, reportDocument, servedBy } from './documents.ts';
import { logDrawerOpening, queueJob } from './queue.ts';
import { readPrinterSettings } from './settings.ts';

// What the till prints as a side of what it does, queued inside the same transaction:
// a sale's receipt (and the drawer), a refund's or void's, the kitchen's ticket, the Z
// report at close and the drawer for a no-sale. With no receipt printer set up nothing is
// queued and nothing is said: the till simply has no printer. Practice sales never get here.

const entryWords = { sale: 'Receipt', refund: 'Refund', void: 'Void' } as const;

/** A sale opens the drawer when it was paid with a tender the manager ticked; a refund or void when it gives cash back. */
export function opensDrawer(kind: WrittenEntry['entry']['kind'], payments: readonly Pick<PaymentRow, 'tender' | 'amount_pence'>[], drawerTenders: PrinterSettings['drawerTenders']): boolean {
  if (kind === 'sale') return payments.some((p) => p.amount_pence > 0 && drawerTenders.includes(p.tender));
  return drawerTenders.includes('cash') && payments.some((p) => p.tender === 'cash' && p.amount_pence < 0);
}

/** What queueing a print needs of a call: a sale's prints are queued when it is posted, outside any call. */
export type PrintContext = Pick<WriteContext, 'db' | 'ids' | 'now' | 'caller'>;

/** The receipt (when every sale prints), the drawer, and for a sale the kitchen's ticket. Says whether it queued anything. */
export function queueEntryPrints(ctx: PrintContext, written: WrittenEntry, originalReceiptNumber: number | null): boolean {
  const settings = readPrinterSettings(ctx.db);
  const { entry, lines, payments } = written;
  const hasReceiptPrinter = settings.receipt.kind !== 'none';
  const wantsKitchen = entry.kind === 'sale' && settings.kitchen.kind !== 'none' && settings.kitchenCategoryIds.length > 0;
  if (!hasReceiptPrinter && !wantsKitchen) return false;

  const heading = readHeading(ctx.db);
  const served = servedBy(ctx.db, entry.operator_id, entry.operator_name);
  let queued = false;
  if (hasReceiptPrinter) {
    const drawer = opensDrawer(entry.kind, payments, settings.drawerTenders);
    let jobId: string | null = null;
    if (settings.printEverySale) {
      const document = receiptDocument(entry, lines, payments, { ...heading, servedBy: served, settings, originalReceiptNumber, copy: false });
      jobId = queueJob(ctx.db, ctx.ids, ctx.now, { target: 'receipt', kind: 'receipt', what: `${entryWords[entry.kind]} ${entry.receipt_number}`, document, openDrawer: drawer, entryId: entry.id });
    } else if (drawer) {
      jobId = queueJob(ctx.db, ctx.ids, ctx.now, { target: 'receipt', kind: 'drawer', what: `Drawer for ${entryWords[entry.kind].toLowerCase()} ${entry.receipt_number}`, document: null, openDrawer: true, entryId: entry.id });
    }
    queued = jobId !== null;
    if (drawer && jobId !== null) logDrawerOpening(ctx.db, ctx.ids, ctx.now, { reason: entry.kind, jobId, by: ctx.caller, entryId: entry.id });
  }
  if (wantsKitchen) {
    const ticket = kitchenTicket(entry, lines, categoriesOf(ctx.db, lines), settings.kitchenCategoryIds, { tillName: heading.tillName, servedBy: served });
    if (ticket) {
      queueJob(ctx.db, ctx.ids, ctx.now, { target: 'kitchen', kind: 'kitchen', what: `Kitchen ticket ${entry.receipt_number}`, document: ticket, openDrawer: false, entryId: entry.id });
      queued = true;
    }
  }
  return queued;
}

/** The Z report, printed as the till closes. */
export function queueZReport(ctx: WriteContext, report: TillReport): void {
  const settings = readPrinterSettings(ctx.db);
  if (settings.receipt.kind === 'none') return;
  const document = reportDocument(report, readHeading(ctx.db), false);
  queueJob(ctx.db, ctx.ids, ctx.now, { target: 'receipt', kind: 'z_report', what: `Z report ${report.number ?? ''}`.trim(), document, openDrawer: false, entryId: null });
}

/** A no-sale: the drawer opens and nothing prints. */
export function queueNoSaleDrawer(ctx: WriteContext, movementId: string): void {
  const settings = readPrinterSettings(ctx.db);
  if (settings.receipt.kind === 'none') return;
  const jobId = queueJob(ctx.db, ctx.ids, ctx.now, { target: 'receipt', kind: 'drawer', what: 'Drawer (no sale)', document: null, openDrawer: true, entryId: null });
  logDrawerOpening(ctx.db, ctx.ids, ctx.now, { reason: 'no_sale', jobId, by: ctx.caller, movementId });
}
