import { createStore, type StoreApi } from 'zustand/vanilla';
import { MAX_QUANTITY } from '../../shared/contract/index.ts';
import type { BasketDraft, DiscountDraft } from '../../shared/till/basket.ts';
import type { OrderType } from '../../shared/till/vat.ts';

// The basket on the till: ids, quantities and choices only. Prices come from priceBasket
// (shared/till/pricing.ts), the same function the core charges with; the basket never
// holds a price of its own. Every change is a plain function of (state, input) → state.

/** The contract's limit on lines in one basket. */
export const MAX_LINES = 100;

export interface BasketLine {
  /** Stable for the life of the line, so the screen keeps its row (and focus) in place. */
  key: string;
  productId: string;
  quantity: number;
  optionIds: string[];
  openPricePence: number | null;
  discount: DiscountDraft | null;
}

/** What Undo brings back. */
interface Snapshot {
  orderType: OrderType;
  lines: BasketLine[];
  orderDiscount: DiscountDraft | null;
  clientRef: string;
}

export interface BasketState extends Snapshot {
  nextKey: number;
  /** The line that changed last, so the screen can show it (scroll it into view). */
  lastChangedKey: string | null;
  /** After a clear or a removal: what happened and how to take it back. */
  undo: { what: string; before: Snapshot } | null;
  /** Why the last change could not be made, in plain words. */
  problem: string | null;
}

export interface NewItem {
  productId: string;
  optionIds: readonly string[];
  openPricePence: number | null;
  quantity?: number;
}

export function emptyBasket(clientRef: string, orderType: OrderType = 'eat_in'): BasketState {
  return { orderType, lines: [], orderDiscount: null, clientRef, nextKey: 1, lastChangedKey: null, undo: null, problem: null };
}

function snapshot(state: BasketState): Snapshot {
  return { orderType: state.orderType, lines: state.lines, orderDiscount: state.orderDiscount, clientRef: state.clientRef };
}

function sameChoices(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

/** A change made: whatever Undo offered before no longer applies. */
function changed(state: BasketState, next: Partial<BasketState>): BasketState {
  return { ...state, undo: null, problem: null, ...next };
}

function refuse(state: BasketState, problem: string): BasketState {
  return { ...state, problem };
}

/**
 * Adds an item. The same product with exactly the same choices (and price, for an
 * open-price item) goes onto its existing line as one more, unless that line has its own
 * discount; anything else gets a line of its own.
 */
export function addItem(state: BasketState, item: NewItem): BasketState {
  const quantity = item.quantity ?? 1;
  const index = state.lines.findLastIndex(
    (l) => l.productId === item.productId && l.discount === null && l.openPricePence === item.openPricePence && sameChoices(l.optionIds, item.optionIds),
  );
  const existing = state.lines[index];
  if (existing) {
    if (existing.quantity + quantity > MAX_QUANTITY) return refuse(state, `One line can have at most ${MAX_QUANTITY}.`);
    const lines = state.lines.slice();
    lines[index] = { ...existing, quantity: existing.quantity + quantity };
    return changed(state, { lines, lastChangedKey: existing.key });
  }
  if (state.lines.length >= MAX_LINES) return refuse(state, `The basket is full (${MAX_LINES} lines): take payment for these first.`);
  const key = `line-${state.nextKey}`;
  const line: BasketLine = { key, productId: item.productId, quantity, optionIds: [...item.optionIds], openPricePence: item.openPricePence, discount: null };
  return changed(state, { lines: [...state.lines, line], nextKey: state.nextKey + 1, lastChangedKey: key });
}

function updateLine(state: BasketState, key: string, update: (line: BasketLine) => BasketLine | string): BasketState {
  const index = state.lines.findIndex((l) => l.key === key);
  const line = state.lines[index];
  if (!line) return state;
  const next = update(line);
  if (typeof next === 'string') return refuse(state, next);
  if (next === line) return state;
  const lines = state.lines.slice();
  lines[index] = next;
  return changed(state, { lines, lastChangedKey: key });
}

/** One more or one fewer; never below 1 (Remove takes a line away, with Undo). */
export function changeQuantity(state: BasketState, key: string, by: number): BasketState {
  return updateLine(state, key, (line) => {
    const quantity = line.quantity + by;
    if (quantity < 1) return line;
    if (quantity > MAX_QUANTITY) return `One line can have at most ${MAX_QUANTITY}.`;
    return { ...line, quantity };
  });
}

export function setQuantity(state: BasketState, key: string, quantity: number): BasketState {
  return updateLine(state, key, (line) => {
    if (!Number.isInteger(quantity) || quantity < 1) return 'The quantity must be a whole number, 1 or more.';
    if (quantity > MAX_QUANTITY) return `One line can have at most ${MAX_QUANTITY}.`;
    return quantity === line.quantity ? line : { ...line, quantity };
  });
}

/** Takes a line away; Undo puts it back. `name` is what the screen calls it. */
export function removeLine(state: BasketState, key: string, name: string): BasketState {
  if (!state.lines.some((l) => l.key === key)) return state;
  const lines = state.lines.filter((l) => l.key !== key);
  return { ...state, lines, orderDiscount: lines.length === 0 ? null : state.orderDiscount, lastChangedKey: null, problem: null, undo: { what: `Removed ${name}.`, before: snapshot(state) } };
}

/** Empties the basket for a new customer; Undo brings it all back. */
export function clearBasket(state: BasketState, newClientRef: string): BasketState {
  if (state.lines.length === 0) return state;
  return { ...emptyBasket(newClientRef, state.orderType), nextKey: state.nextKey, undo: { what: 'The basket was cleared.', before: snapshot(state) } };
}

export function undo(state: BasketState): BasketState {
  if (!state.undo) return state;
  return { ...state, ...state.undo.before, undo: null, problem: null, lastChangedKey: null };
}

/** Eat in or takeaway: the VAT on cold food changes, so the basket is priced again. */
export function setOrderType(state: BasketState, orderType: OrderType): BasketState {
  return state.orderType === orderType ? state : changed(state, { orderType });
}

export function setLineDiscount(state: BasketState, key: string, discount: DiscountDraft | null): BasketState {
  return updateLine(state, key, (line) => ({ ...line, discount }));
}

export function setOrderDiscount(state: BasketState, discount: DiscountDraft | null): BasketState {
  if (state.lines.length === 0 && discount) return refuse(state, 'Add something to the basket first.');
  return changed(state, { orderDiscount: discount });
}

/** A held order picked up: its basket, with a fresh reference for its sale. */
export function loadBasket(state: BasketState, basket: BasketDraft, newClientRef: string): BasketState {
  let key = state.nextKey;
  const lines = basket.lines.map((l) => ({
    key: `line-${key++}`,
    productId: l.productId,
    quantity: l.quantity,
    optionIds: [...l.optionIds],
    openPricePence: l.openPricePence,
    discount: l.discount,
  }));
  return { ...emptyBasket(newClientRef, basket.orderType), lines, orderDiscount: basket.orderDiscount, nextKey: key };
}

/** After a sale (or a hold): an empty basket and a new reference; eat-in or takeaway stays as it was. */
export function startNewSale(state: BasketState, newClientRef: string): BasketState {
  return { ...emptyBasket(newClientRef, state.orderType), nextKey: state.nextKey };
}

/** The core refused the reference (it was used for a different sale): the next try is a new sale. */
export function renewClientRef(state: BasketState, newClientRef: string): BasketState {
  return { ...state, clientRef: newClientRef };
}

export function dismissProblem(state: BasketState): BasketState {
  return state.problem === null && state.undo === null ? state : { ...state, problem: null, undo: null };
}

/** What sales.complete and sales.hold are sent, and what priceBasket prices. */
export function toDraft(state: Pick<BasketState, 'orderType' | 'lines' | 'orderDiscount'>): BasketDraft {
  return {
    orderType: state.orderType,
    lines: state.lines.map((l) => ({ productId: l.productId, quantity: l.quantity, optionIds: l.optionIds, openPricePence: l.openPricePence, discount: l.discount })),
    orderDiscount: state.orderDiscount,
  };
}

export function itemCount(state: Pick<BasketState, 'lines'>): number {
  return state.lines.reduce((n, l) => n + l.quantity, 0);
}

export type BasketStore = StoreApi<BasketState>;

export function createBasketStore(newClientRef: () => string, kept?: BasketState): BasketStore {
  return createStore<BasketState>()(() => kept ?? emptyBasket(newClientRef()));
}

/** A reference for one basket's sale: the same on every retry, so a double tap is one sale. */
export function newClientRef(cryptoSource: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } = globalThis.crypto): string {
  if (typeof cryptoSource.randomUUID === 'function') return cryptoSource.randomUUID();
  const bytes = cryptoSource.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
