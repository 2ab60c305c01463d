import type { DiscountLimits, Role, SalePayment, Tender } from '../../../shared/contract/index.ts';
import { divideRoundHalfUp, formatPence } from '../../../shared/money.ts';
import type { Caller } from '../context.ts';
import { fail } from '../errors.ts';

// The till's money rules as plain functions of their inputs: payments, discount limits,
// and how much of a sale a refund gives back. The services call them inside the sale's
// transaction; a refusal is an AppError naming the field.

export interface SettledPayments {
  /** What each tender keeps: cash is what stays in the drawer (tendered less change). */
  payments: SalePayment[];
  tenderedPence: number;
  changePence: number;
}

/**
 * Takes the payments in the order they were made. A card payment may be at most what is
 * left to pay (the terminal charges exactly what it is told); cash may be more, and the
 * difference is change. Once the sale is paid, a further payment is a mistake. A sale that
 * costs nothing (a 100% discount) takes no payment.
 */
export function settlePayments(totalPence: number, payments: readonly { tender: Tender; amountPence: number }[]): SettledPayments {
  if (totalPence === 0 && payments.length > 0) fail('invalid_input', 'Nothing is owed on this sale: take no payment.', { field: 'payments' });
  let left = totalPence;
  let changePence = 0;
  let tenderedPence = 0;
  const kept: SalePayment[] = [];
  payments.forEach((p, i) => {
    if (left === 0) fail('invalid_input', `The sale is already paid: remove the extra ${p.tender} payment of ${formatPence(p.amountPence)}.`, { field: `payments.${i}` });
    tenderedPence += p.amountPence;
    if (p.tender === 'card') {
      if (p.amountPence > left) fail('invalid_input', `A card payment can be at most what is left to pay, ${formatPence(left)}.`, { field: `payments.${i}.amountPence` });
      kept.push({ tender: 'card', amountPence: p.amountPence });
      left -= p.amountPence;
    } else {
      const inDrawer = Math.min(p.amountPence, left);
      changePence = p.amountPence - inDrawer;
      kept.push({ tender: 'cash', amountPence: inDrawer });
      left -= inDrawer;
    }
  });
  if (left > 0) fail('invalid_input', `The payments do not cover the total: ${formatPence(left)} still to pay.`, { field: 'payments' });
  return { payments: kept, tenderedPence, changePence };
}

function percentText(discountPence: number, itemsPence: number): string {
  const pct = (discountPence * 100) / itemsPence;
  return `${Number.isInteger(pct) ? pct : pct.toFixed(1)}%`;
}

/** Whether `discountPence` off `itemsPence` is within `limitPercent` (exact, in whole numbers). */
export function withinLimit(discountPence: number, itemsPence: number, limitPercent: number): boolean {
  return discountPence * 100 <= limitPercent * itemsPence;
}

/**
 * A discount (line and order discounts together, as a share of the items' value) beyond
 * the caller's limit needs a supervisor or manager whose own limit covers it, authorising
 * this one sale. Returns who authorised it, if anyone did.
 */
export function checkDiscountLimit(
  discountPence: number,
  itemsPence: number,
  limits: DiscountLimits,
  caller: { displayName: string; role: Role },
  authorisedBy: Caller | null,
): Caller | null {
  if (discountPence === 0 || withinLimit(discountPence, itemsPence, limits[caller.role])) return authorisedBy;
  const pct = percentText(discountPence, itemsPence);
  if (!authorisedBy) {
    fail('forbidden', `A discount of ${pct} is more than ${caller.displayName} can give (${limits[caller.role]}%): a supervisor must authorise the discount.`, { needsAuthorisation: true });
  }
  if (!withinLimit(discountPence, itemsPence, limits[authorisedBy.role])) {
    fail('forbidden', `A discount of ${pct} is more than ${authorisedBy.displayName} can authorise (${limits[authorisedBy.role]}%): a manager must authorise the discount.`, { needsAuthorisation: true });
  }
  return authorisedBy;
}

export interface SoldLine {
  quantity: number;
  unitPence: number;
  lineDiscountPence: number;
  orderDiscountPence: number;
  totalPence: number;
  vatPence: number;
}

export interface LineShare {
  itemsPence: number;
  lineDiscountPence: number;
  orderDiscountPence: number;
  totalPence: number;
  vatPence: number;
}

/**
 * What giving back `quantity` more of a sold line is worth, when `alreadyBack` of it were
 * given back before. Each amount is the line's amount × (units back so far) / (units sold),
 * rounded, less what the earlier refunds took: so the pennies settle on the way, and all the
 * refunds of a line add up to exactly what the line cost and the VAT it carried.
 */
export function refundShare(line: SoldLine, alreadyBack: number, quantity: number): LineShare {
  const sold = line.quantity;
  const upTo = alreadyBack + quantity;
  const part = (amount: number): number => divideRoundHalfUp(amount * upTo, sold) - divideRoundHalfUp(amount * alreadyBack, sold);
  const totalPence = part(line.totalPence);
  const itemsPence = line.unitPence * quantity;
  const discountPence = itemsPence - totalPence;
  // The discount is split between the line's own and its share of the order's the same way.
  let lineDiscountPence: number;
  if (line.orderDiscountPence === 0) lineDiscountPence = discountPence;
  else if (line.lineDiscountPence === 0) lineDiscountPence = 0;
  else lineDiscountPence = Math.min(discountPence, Math.max(0, part(line.lineDiscountPence)));
  return { itemsPence, lineDiscountPence, orderDiscountPence: discountPence - lineDiscountPence, totalPence, vatPence: part(line.vatPence) };
}

/**
 * How a refund goes back: to 'original' it returns to the card first, up to what the card
 * paid less what went back to it before, and the rest in cash; to 'cash', all in cash.
 */
export function refundTenders(amountPence: number, to: 'original' | 'cash', cardPaidPence: number, cardRefundedPence: number): SalePayment[] {
  const card = to === 'original' ? Math.min(amountPence, Math.max(0, cardPaidPence - cardRefundedPence)) : 0;
  const cash = amountPence - card;
  return [...(card > 0 ? [{ tender: 'card' as const, amountPence: card }] : []), ...(cash > 0 ? [{ tender: 'cash' as const, amountPence: cash }] : [])];
}
