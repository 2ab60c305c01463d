import type { ParsedInputOf, Sale, SalePayment } from '../../../shared/contract/index.ts';
import { currentShiftId } from '../attendance/clock.ts';
import { formatPence } from '../../../shared/money.ts';
import type { BasketDraft } from '../../../shared/till/basket.ts';
import { priceBasket, type CatalogueIndex, type PricedBasket, type PricedLine } from '../../../shared/till/pricing.ts';
import { indexForBasket } from '../catalogue/rows.ts';
import type { Caller, WriteContext } from '../context.ts';
import type { ReadDb } from '../db/handles.ts';
import { fail } from '../errors.ts';
import { chainEntry, findEntryByClientRef, saleFromEntry, toSale, type LineDraftRow } from './journal.ts';
import { findPracticeByClientRef, writePracticeSale } from './practice.ts';
import { checkDiscountLimit, settlePayments } from './rules.ts';
import { openCashSessionId, readTill, TILL_ID, TILL_NOT_OPEN } from './till.ts';

type CompleteInput = ParsedInputOf<'sales.complete'>;

/**
 * Prices a basket from the database, never from what the screen showed. A line that cannot
 * be sold is an error naming it, as the input names it ("basket.lines.0.openPricePence").
 */
export function priceFromCatalogue(db: ReadDb, basket: BasketDraft): { priced: PricedBasket; index: CatalogueIndex } {
  const index = indexForBasket(db, basket);
  const result = priceBasket(index, basket);
  if (!result.ok) fail(result.error.code, result.error.message, { field: result.error.field ? `basket.${result.error.field}` : 'basket' });
  return { priced: result.value, index };
}

/** The reason a line was discounted: its own discount's, its share of the order discount's, or both. */
function discountReason(line: PricedLine, index: CatalogueIndex, orderReasonId: string | null): string | null {
  const names: string[] = [];
  if (line.lineDiscountPence > 0 && line.discountReasonId) names.push(index.reasons.get(line.discountReasonId)?.name ?? line.discountReasonId);
  if (line.orderDiscountPence > 0 && orderReasonId) {
    const name = index.reasons.get(orderReasonId)?.name ?? orderReasonId;
    if (!names.includes(name)) names.push(name);
  }
  return names.length > 0 ? names.join(' + ') : null;
}

function tenderWords(payments: readonly SalePayment[]): string {
  const tenders = [...new Set(payments.map((p) => p.tender))];
  return tenders.length === 0 ? 'no payment' : tenders.join(' and ');
}

/**
 * A second "Pay" with the same client reference is the same sale if it names the same
 * items, total and payments: the first sale is the answer. Anything else reusing the
 * reference is a fault in the screen, refused rather than guessed at.
 */
function sameSale(earlier: Sale, input: CompleteInput): boolean {
  const basket = input.basket;
  if (earlier.orderType !== basket.orderType || earlier.totalPence !== input.expectedTotalPence || earlier.lines.length !== basket.lines.length) return false;
  const linesMatch = earlier.lines.every((l, i) => {
    const draft = basket.lines[i];
    if (!draft || l.productId !== draft.productId || l.quantity !== draft.quantity) return false;
    return [...l.modifiers.map((m) => m.optionId)].sort().join() === [...draft.optionIds].sort().join();
  });
  const card = (ps: readonly SalePayment[]) => ps.filter((p) => p.tender === 'card').reduce((a, p) => a + p.amountPence, 0);
  const tendered = input.payments.reduce((a, p) => a + p.amountPence, 0);
  return linesMatch && card(earlier.payments) === card(input.payments) && earlier.tenderedPence === tendered;
}

function replay(ctx: WriteContext, input: CompleteInput): Sale | null {
  const entry = findEntryByClientRef(ctx.db, input.clientRef);
  const earlier = entry ? saleFromEntry(ctx.db, entry) : findPracticeByClientRef(ctx.db, input.clientRef);
  if (!earlier) return null;
  if (!sameSale(earlier, input)) fail('conflict', 'This sale was already completed with different items or payments: check the basket and start a new sale.', { field: 'clientRef' });
  const what = earlier.practice ? 'The practice sale' : `Sale ${earlier.receiptNumber}`;
  ctx.note({ subjectType: 'sale', subjectId: earlier.id, summary: `${what} was already complete: the repeated tap changed nothing` });
  return earlier;
}

/**
 * sales.complete. In one transaction: reprice the basket, check the total the screen
 * showed, the discount limit and the payments, take the held order off the list, then
 * keep the sale with the next receipt number and hash as a posting (or, in practice mode,
 * write it to the practice journal only).
 */
export function completeSale(ctx: WriteContext, input: CompleteInput): Sale {
  const caller: Caller = ctx.caller ?? fail('forbidden', 'Please log in first.');
  const earlier = replay(ctx, input);
  if (earlier) return earlier;

  const till = readTill(ctx.db);
  const practice = till.practice === 1;
  // Practice sales never touch cash, so they need no open till.
  const cashSessionId = practice ? null : (openCashSessionId(ctx.db) ?? fail('conflict', TILL_NOT_OPEN));

  const { priced, index } = priceFromCatalogue(ctx.db, input.basket);
  if (priced.totalPence !== input.expectedTotalPence) {
    fail('conflict', 'Prices changed since the basket was made: check the total and pay again.', { field: 'expectedTotalPence' });
  }
  const authorisedBy = checkDiscountLimit(priced.discountPence, priced.itemsPence, { trainee: till.discount_limit_trainee, supervisor: till.discount_limit_supervisor, manager: till.discount_limit_manager }, caller, ctx.authorisedBy);
  const settled = settlePayments(priced.totalPence, input.payments);

  if (input.heldOrderId !== undefined) {
    const gone = ctx.db.prepare('DELETE FROM held_orders WHERE id = ? AND till_id = ?').run(input.heldOrderId, TILL_ID).changes === 0;
    if (gone) fail('not_found', 'That held order has already been picked up or sold.', { field: 'heldOrderId' });
  }

  const at = ctx.now.toISOString();
  const lines: LineDraftRow[] = priced.lines.map((l) => ({
    product_id: l.productId,
    name: l.name,
    quantity: l.quantity,
    modifiers: JSON.stringify(l.modifiers),
    unit_pence: l.unitPence,
    items_pence: l.itemsPence,
    line_discount_pence: l.lineDiscountPence,
    order_discount_pence: l.orderDiscountPence,
    discount_reason: discountReason(l, index, priced.orderDiscountReasonId),
    total_pence: l.totalPence,
    vat_rate_bp: l.vatRateBp,
    vat_pence: l.vatPence,
    original_line_id: null,
  }));
  const discountWords = priced.discountPence > 0 ? `, ${formatPence(priced.discountPence)} off${authorisedBy ? ` authorised by ${authorisedBy.displayName}` : ''}` : '';

  if (practice) {
    const sale = writePracticeSale(ctx, { caller, authorisedBy, clientRef: input.clientRef, at, orderType: priced.orderType, priced, lines, settled });
    ctx.note({ subjectType: 'practiceSale', subjectId: sale.id, summary: `Practice sale: ${formatPence(sale.totalPence)} ${tenderWords(sale.payments)}${discountWords}` });
    ctx.emit({ event: 'sale.completed', payload: { saleId: sale.id, kind: 'sale', receiptNumber: null, practice: true } });
    return sale;
  }

  const written = chainEntry(
    ctx.db,
    {
      id: ctx.ids(),
      kind: 'sale',
      order_type: priced.orderType,
      at,
      operator_id: caller.id,
      operator_name: caller.displayName,
      authorised_by_id: authorisedBy?.id ?? null,
      authorised_by_name: authorisedBy?.displayName ?? null,
      reason: null,
      // The shift the operator is clocked in to, if any.
      shift_id: currentShiftId(ctx.db, caller.id, ctx.now),
      cash_session_id: cashSessionId,
      original_id: null,
      client_ref: input.clientRef,
      items_pence: priced.itemsPence,
      discount_pence: priced.discountPence,
      total_pence: priced.totalPence,
      vat_pence: priced.vatPence,
      tendered_pence: settled.tenderedPence,
      change_pence: settled.changePence,
    },
    lines,
    settled.payments.map((p) => ({ tender: p.tender, amount_pence: p.amountPence })),
  );
  // The sale is safe on disk as one posting; its journal rows, receipt, drawer, kitchen ticket
  // and audit entry are written from it straight after the answer (posting.ts).
  ctx.postLater({ written, caller });
  const sale = toSale(written);
  ctx.note({ subjectType: 'sale', subjectId: sale.id, summary: `Sale ${sale.receiptNumber}: ${formatPence(sale.totalPence)} ${tenderWords(sale.payments)}${discountWords}` });
  ctx.emit({ event: 'sale.completed', payload: { saleId: sale.id, kind: 'sale', receiptNumber: sale.receiptNumber, practice: false } });
  return sale;
}
