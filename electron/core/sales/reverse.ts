import type { ParsedInputOf, Sale, SalePayment } from '../../../shared/contract/index.ts';
import { formatCafeTime } from '../../../shared/dates.ts';
import { formatPence } from '../../../shared/money.ts';
import type { Caller, WriteContext } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import { fail } from '../errors.ts';
import { currentShiftId } from '../attendance/clock.ts';
import { queueEntryPrints } from '../printing/jobsFor.ts';
import { appendEntry, findEntry, linesOf, paymentsOf, refundedQuantities, reversalsOf, toSale, type JournalRow, type LineDraftRow, type PaymentDraftRow } from './journal.ts';
import { refundShare, refundTenders } from './rules.ts';
import { openCashSessionId, readTill, TILL_NOT_OPEN } from './till.ts';

// Voids and refunds never touch the sale: each is a new journal entry with negative amounts
// that points at the sale (original_id) and at each line it gives back (original_line_id),
// carries the reason and the supervisor who authorised it, and takes the next receipt number
// and hash like any entry. Both need the till open: the money goes out of today's drawer.

/** The supervisor answerable for a void or refund: whoever authorised it, or the supervisor doing it. */
function answerable(ctx: WriteContext): { caller: Caller; authorisedBy: Caller } {
  const caller = ctx.caller ?? fail('forbidden', 'Please log in first.');
  const authorisedBy = ctx.authorisedBy ?? (caller.role === 'trainee' ? fail('forbidden', 'A supervisor must authorise this.', { needsAuthorisation: true }) : caller);
  return { caller, authorisedBy };
}

function saleToReverse(db: ReadDb, saleId: string, doing: 'voided' | 'refunded'): JournalRow {
  const entry = findEntry(db, saleId) ?? fail('not_found', 'That sale is not in the journal: find it again by its receipt number.', { field: 'saleId' });
  if (entry.kind !== 'sale') fail('conflict', `That is a ${entry.kind}: only a sale can be ${doing}.`, { field: 'saleId' });
  return entry;
}

/** Real money goes out of a real drawer: in practice mode a slip could not be told from practice. */
function refuseInPractice(db: ReadDb, doing: 'void' | 'refund'): void {
  if (readTill(db).practice === 1) fail('conflict', `The till is in practice mode: switch practice off to ${doing} a real sale.`);
}

/** The reversing amount: -x, without the -0 that would show as "-£0.00". */
const minus = (x: number): number => (x === 0 ? 0 : -x);

const cafeDay = (at: string | Date): string => formatCafeTime(at, 'yyyy-MM-dd');

function paymentWords(payments: readonly PaymentDraftRow[]): string {
  const tenders = [...new Set(payments.map((p) => p.tender))];
  return tenders.length === 0 ? 'nothing to give back' : `back in ${tenders.join(' and ')}`;
}

/** sales.void: the whole sale cancelled, on the café day it was made, before anything was refunded. */
export function voidSale(ctx: WriteContext, input: ParsedInputOf<'sales.void'>): Sale {
  const { caller, authorisedBy } = answerable(ctx);
  const sale = saleToReverse(ctx.db, input.saleId, 'voided');
  refuseInPractice(ctx.db, 'void');
  const n = sale.receipt_number;
  const reversals = reversalsOf(ctx.db, sale.id);
  if (reversals.some((r) => r.kind === 'void')) fail('conflict', `Sale ${n} has already been voided.`, { field: 'saleId' });
  if (reversals.length > 0) fail('conflict', `Sale ${n} has had a refund: refund what is left instead of voiding it.`, { field: 'saleId' });
  if (cafeDay(sale.at) !== cafeDay(ctx.now)) {
    fail('conflict', `Sale ${n} was made on ${formatCafeTime(sale.at, 'd MMMM')}: only today's sales can be voided. Refund it instead.`, { field: 'saleId' });
  }
  const cashSessionId = openCashSessionId(ctx.db) ?? fail('conflict', TILL_NOT_OPEN);

  const lines: LineDraftRow[] = linesOf(ctx.db, sale.id).map((l) => ({
    product_id: l.product_id,
    name: l.name,
    quantity: minus(l.quantity),
    modifiers: l.modifiers,
    unit_pence: l.unit_pence,
    items_pence: minus(l.items_pence),
    line_discount_pence: minus(l.line_discount_pence),
    order_discount_pence: minus(l.order_discount_pence),
    discount_reason: l.discount_reason,
    total_pence: minus(l.total_pence),
    vat_rate_bp: l.vat_rate_bp,
    vat_pence: minus(l.vat_pence),
    original_line_id: l.id,
  }));
  const payments: PaymentDraftRow[] = paymentsOf(ctx.db, sale.id).map((p) => ({ tender: p.tender, amount_pence: minus(p.amount_pence) }));
  const written = appendEntry(
    ctx.db,
    {
      id: ctx.ids(),
      kind: 'void',
      order_type: sale.order_type,
      at: ctx.now.toISOString(),
      operator_id: caller.id,
      operator_name: caller.displayName,
      authorised_by_id: authorisedBy.id,
      authorised_by_name: authorisedBy.displayName,
      reason: input.reason,
      // The shift the person giving it back is clocked in to, as for a sale.
      shift_id: currentShiftId(ctx.db, caller.id, ctx.now),
      cash_session_id: cashSessionId,
      original_id: sale.id,
      client_ref: null,
      items_pence: minus(sale.items_pence),
      discount_pence: minus(sale.discount_pence),
      total_pence: minus(sale.total_pence),
      vat_pence: minus(sale.vat_pence),
      tendered_pence: payments.reduce((a, p) => a + p.amount_pence, 0),
      change_pence: 0,
    },
    lines,
    payments,
  );
  queueEntryPrints(ctx, written, n);
  ctx.note({ subjectType: 'sale', subjectId: sale.id, summary: `Voided sale ${n} (${formatPence(sale.total_pence)}, ${paymentWords(payments)}) as receipt ${written.entry.receipt_number}: ${input.reason}` });
  ctx.emit({ event: 'sale.completed', payload: { saleId: written.entry.id, kind: 'void', receiptNumber: written.entry.receipt_number, practice: false } });
  return toSale(written, { originalReceiptNumber: n });
}

function cardRefundedSoFar(db: ReadDb, saleId: string): number {
  return (
    db
      .prepare<[string], number>("SELECT coalesce(-sum(p.amount_pence), 0) FROM journal r JOIN journal_payments p ON p.entry_id = r.id WHERE r.original_id = ? AND p.tender = 'card'")
      .pluck()
      .get(saleId) ?? 0
  );
}

/** sales.refund: chosen items of a sale, never more of a line than is left of it, back to card first or all in cash. */
export function refundSale(ctx: WriteContext, input: ParsedInputOf<'sales.refund'>): Sale {
  const { caller, authorisedBy } = answerable(ctx);
  const sale = saleToReverse(ctx.db, input.saleId, 'refunded');
  refuseInPractice(ctx.db, 'refund');
  const n = sale.receipt_number;
  if (reversalsOf(ctx.db, sale.id).some((r) => r.kind === 'void')) fail('conflict', `Sale ${n} was voided: there is nothing left to refund.`, { field: 'saleId' });
  const cashSessionId = openCashSessionId(ctx.db) ?? fail('conflict', TILL_NOT_OPEN);

  const sold = new Map(linesOf(ctx.db, sale.id).map((l) => [l.id, l]));
  const given = refundedQuantities(ctx.db, sale.id);
  const chosen = new Set<string>();
  const lines: LineDraftRow[] = input.lines.map((r, i) => {
    const line = sold.get(r.lineId) ?? fail('not_found', `That item is not on sale ${n}.`, { field: `lines.${i}.lineId` });
    if (chosen.has(line.id)) fail('invalid_input', `${line.name} is chosen twice: refund it once, with the quantity.`, { field: `lines.${i}.lineId` });
    chosen.add(line.id);
    const before = given.get(line.id) ?? 0;
    const left = line.quantity - before;
    if (r.quantity > left) {
      fail('invalid_input', left === 0 ? `All of ${line.name} has already been refunded.` : `Only ${left} of ${line.name} ${left === 1 ? 'is' : 'are'} left to refund.`, { field: `lines.${i}.quantity` });
    }
    const share = refundShare(
      { quantity: line.quantity, unitPence: line.unit_pence, lineDiscountPence: line.line_discount_pence, orderDiscountPence: line.order_discount_pence, totalPence: line.total_pence, vatPence: line.vat_pence },
      before,
      r.quantity,
    );
    return {
      product_id: line.product_id,
      name: line.name,
      quantity: minus(r.quantity),
      modifiers: line.modifiers,
      unit_pence: line.unit_pence,
      items_pence: minus(share.itemsPence),
      line_discount_pence: minus(share.lineDiscountPence),
      order_discount_pence: minus(share.orderDiscountPence),
      discount_reason: line.discount_reason,
      total_pence: minus(share.totalPence),
      vat_rate_bp: line.vat_rate_bp,
      vat_pence: minus(share.vatPence),
      original_line_id: line.id,
    };
  });

  const amount = minus(lines.reduce((a, l) => a + l.total_pence, 0));
  const cardPaid = paymentsOf(ctx.db, sale.id).filter((p) => p.tender === 'card').reduce((a, p) => a + p.amount_pence, 0);
  const back: SalePayment[] = refundTenders(amount, input.to, cardPaid, cardRefundedSoFar(ctx.db, sale.id));
  const payments: PaymentDraftRow[] = back.map((p) => ({ tender: p.tender, amount_pence: minus(p.amountPence) }));
  const sum = (pick: (l: LineDraftRow) => number): number => lines.reduce((a, l) => a + pick(l), 0);
  const written = appendEntry(
    ctx.db,
    {
      id: ctx.ids(),
      kind: 'refund',
      order_type: sale.order_type,
      at: ctx.now.toISOString(),
      operator_id: caller.id,
      operator_name: caller.displayName,
      authorised_by_id: authorisedBy.id,
      authorised_by_name: authorisedBy.displayName,
      reason: input.reason,
      // The shift the person giving it back is clocked in to, as for a sale.
      shift_id: currentShiftId(ctx.db, caller.id, ctx.now),
      cash_session_id: cashSessionId,
      original_id: sale.id,
      client_ref: null,
      items_pence: sum((l) => l.items_pence),
      discount_pence: sum((l) => l.line_discount_pence + l.order_discount_pence),
      total_pence: minus(amount),
      vat_pence: sum((l) => l.vat_pence),
      tendered_pence: minus(amount),
      change_pence: 0,
    },
    lines,
    payments,
  );
  queueEntryPrints(ctx, written, n);
  const items = lines.map((l) => `${minus(l.quantity)} × ${l.name}`).join(', ');
  ctx.note({ subjectType: 'sale', subjectId: sale.id, summary: `Refunded ${formatPence(amount)} of sale ${n} (${items}), ${paymentWords(payments)}, as receipt ${written.entry.receipt_number}: ${input.reason}` });
  ctx.emit({ event: 'sale.completed', payload: { saleId: written.entry.id, kind: 'refund', receiptNumber: written.entry.receipt_number, practice: false } });
  return toSale(written, { originalReceiptNumber: n });
}
