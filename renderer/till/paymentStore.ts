import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Tender } from '../../shared/contract/index.ts';
import { formatPence } from '../../shared/money.ts';

// Taking payment for the basket's total (as priceBasket worked it out): cash, card, or a
// mix. The same rules as the core's settlePayments, so what the screen accepts the core
// accepts: a card payment is at most what is left to pay; cash may be more (change); once
// the sale is paid nothing more is taken. The change shown after the sale is the core's.

export interface PaymentPart {
  tender: Tender;
  amountPence: number;
}

export interface PaymentState {
  parts: PaymentPart[];
  problem: string | null;
}

export const noPayments: PaymentState = { parts: [], problem: null };

/** What the customer has handed over or paid by card so far. */
export function tenderedPence(state: PaymentState): number {
  return state.parts.reduce((a, p) => a + p.amountPence, 0);
}

export function remainingPence(state: PaymentState, totalPence: number): number {
  return Math.max(0, totalPence - tenderedPence(state));
}

/** Cash handed over beyond the total comes back as change. */
export function changePence(state: PaymentState, totalPence: number): number {
  return Math.max(0, tenderedPence(state) - totalPence);
}

export function isPaid(state: PaymentState, totalPence: number): boolean {
  return remainingPence(state, totalPence) === 0;
}

function refuse(state: PaymentState, problem: string): PaymentState {
  return { ...state, problem };
}

function take(state: PaymentState, totalPence: number, part: PaymentPart): PaymentState {
  if (!Number.isInteger(part.amountPence) || part.amountPence <= 0) return refuse(state, 'Type an amount more than £0.00.');
  if (isPaid(state, totalPence)) return refuse(state, 'The sale is already paid.');
  if (state.parts.length >= 10) return refuse(state, 'At most 10 payments on one sale.');
  return { parts: [...state.parts, part], problem: null };
}

/** Cash handed over: may be more than is left (the rest is change). */
export function takeCash(state: PaymentState, totalPence: number, amountPence: number): PaymentState {
  return take(state, totalPence, { tender: 'cash', amountPence });
}

/** A card payment the card machine approved: at most what is left, since the machine charges exactly that. */
export function takeCard(state: PaymentState, totalPence: number, amountPence: number): PaymentState {
  const left = remainingPence(state, totalPence);
  if (amountPence > left) return refuse(state, `A card payment can be at most what is left to pay, ${formatPence(left)}.`);
  return take(state, totalPence, { tender: 'card', amountPence });
}

/** Takes a payment back off (a cash amount typed wrong). */
export function removePart(state: PaymentState, index: number): PaymentState {
  if (index < 0 || index >= state.parts.length) return state;
  return { parts: state.parts.filter((_, i) => i !== index), problem: null };
}

export function paymentProblem(state: PaymentState, problem: string | null): PaymentState {
  return { ...state, problem };
}

/** Quick cash buttons beside "exact amount": the common notes. */
export const NOTES_PENCE = [500, 1000, 2000, 5000] as const;

export type PaymentStore = StoreApi<PaymentState>;

export function createPaymentStore(kept?: PaymentState): PaymentStore {
  return createStore<PaymentState>()(() => kept ?? noPayments);
}
