import { MAX_QUANTITY } from '../../shared/contract/index.ts';
import type { DiscountDraft, LineDraft } from '../../shared/till/basket.ts';
import { orderTypes, type OrderType } from '../../shared/till/vat.ts';
import { emptyBasket, loadBasket, MAX_LINES, toDraft, type BasketState } from './basketStore.ts';
import { noPayments, type PaymentPart, type PaymentState } from './paymentStore.ts';

// The basket and the payments taken so far are kept in the window's session storage, so an
// idle lock, a reload or a slip of the Home button never loses a customer's order or a card
// payment already approved. The same sale reference comes back with them: if the sale was
// in fact written before the screen went, paying again gives that sale, not a second one.

export const KEPT_TILL_KEY = 'apron.till.basket';

interface Kept {
  basket: ReturnType<typeof toDraft>;
  clientRef: string;
  payments: PaymentPart[];
}

/** What to keep, or null when there is nothing worth keeping (the key is then removed). */
export function keepTill(basket: BasketState, payments: PaymentState): string | null {
  if (basket.lines.length === 0 && payments.parts.length === 0) return null;
  const kept: Kept = { basket: toDraft(basket), clientRef: basket.clientRef, payments: payments.parts };
  return JSON.stringify(kept);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isWhole = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

function readDiscount(v: unknown): DiscountDraft | null | undefined {
  if (v === null) return null;
  if (!isObject(v) || (v.kind !== 'percent' && v.kind !== 'fixed') || !isWhole(v.value, 1, 1_000_000) || typeof v.reasonId !== 'string') return undefined;
  return { kind: v.kind, value: v.value, reasonId: v.reasonId };
}

function readLine(v: unknown): LineDraft | undefined {
  if (!isObject(v) || typeof v.productId !== 'string' || !isWhole(v.quantity, 1, MAX_QUANTITY)) return undefined;
  if (!Array.isArray(v.optionIds) || !v.optionIds.every((o) => typeof o === 'string')) return undefined;
  if (v.openPricePence !== null && !isWhole(v.openPricePence, 0, 1_000_000)) return undefined;
  const discount = readDiscount(v.discount);
  if (discount === undefined) return undefined;
  return { productId: v.productId, quantity: v.quantity, optionIds: v.optionIds as string[], openPricePence: v.openPricePence as number | null, discount };
}

/** The kept basket and payments, or null when there is none or it cannot be read. */
export function restoreTill(text: string | null): { basket: BasketState; payments: PaymentState } | null {
  if (!text) return null;
  let kept: unknown;
  try {
    kept = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(kept) || typeof kept.clientRef !== 'string' || !/^[A-Za-z0-9-]{8,64}$/.test(kept.clientRef) || !isObject(kept.basket) || !Array.isArray(kept.payments)) return null;
  const b = kept.basket;
  if (!orderTypes.includes(b.orderType as OrderType) || !Array.isArray(b.lines) || b.lines.length > MAX_LINES) return null;
  const lines = b.lines.map(readLine);
  const orderDiscount = readDiscount(b.orderDiscount);
  if (lines.some((l) => l === undefined) || orderDiscount === undefined) return null;
  const parts = kept.payments.map((p: unknown) => (isObject(p) && (p.tender === 'cash' || p.tender === 'card') && isWhole(p.amountPence, 1, 1_000_000) ? { tender: p.tender, amountPence: p.amountPence } : undefined));
  if (parts.some((p) => p === undefined) || parts.length > 10) return null;
  const basket = loadBasket(emptyBasket(kept.clientRef), { orderType: b.orderType as OrderType, lines: lines as LineDraft[], orderDiscount }, kept.clientRef);
  return { basket, payments: { ...noPayments, parts: parts as PaymentPart[] } };
}
