import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../shared/contract/index.ts';
import { indexCatalogue, priceBasket } from '../../shared/till/pricing.ts';
import {
  addItem,
  changeQuantity,
  clearBasket,
  emptyBasket,
  itemCount,
  loadBasket,
  MAX_LINES,
  newClientRef,
  removeLine,
  setLineDiscount,
  setOrderDiscount,
  setOrderType,
  setQuantity,
  startNewSale,
  toDraft,
  undo,
  type BasketState,
} from './basketStore.ts';

const latte = { productId: 'prod-latte', optionIds: ['opt-milk-oat'], openPricePence: null };
const staffMeal = { kind: 'percent' as const, value: 10, reasonId: 'reason-staff-meal' };

function basketWith(...items: Parameters<typeof addItem>[1][]): BasketState {
  return items.reduce(addItem, emptyBasket('ref-1'));
}

const catalogue: Catalogue = {
  categories: [{ id: 'cat', name: 'Food', colour: '#15803d', position: 1, active: true }],
  modifierGroups: [],
  discountReasons: [{ id: 'reason-staff-meal', name: 'Staff meal', active: true }],
  products: [
    { id: 'prod-sandwich', name: 'Cheese sandwich', categoryId: 'cat', pricePence: 450, vatClass: 'cold_takeaway_zero', barcode: null, icon: null, openPrice: false, maxPricePence: null, modifierGroupIds: [], position: 1, active: true },
  ],
};

describe('the basket', () => {
  it('adds a product as a new line, and the same product with the same choices as one more on that line', () => {
    let s = basketWith(latte, latte);
    expect(s.lines).toHaveLength(1);
    expect(s.lines[0]?.quantity).toBe(2);
    s = addItem(s, { ...latte, optionIds: ['opt-milk-oat'] });
    expect(s.lines[0]?.quantity).toBe(3);
    expect(s.lastChangedKey).toBe(s.lines[0]?.key);
  });

  it('keeps a latte with different choices on a line of its own, whatever order the choices were picked in', () => {
    const s = basketWith(
      { productId: 'prod-latte', optionIds: ['opt-milk-oat', 'opt-size-large'], openPricePence: null },
      { productId: 'prod-latte', optionIds: ['opt-milk-whole'], openPricePence: null },
      { productId: 'prod-latte', optionIds: ['opt-size-large', 'opt-milk-oat'], openPricePence: null },
      { productId: 'prod-latte', optionIds: ['opt-milk-oat'], openPricePence: null },
    );
    expect(s.lines.map((l) => l.quantity)).toEqual([2, 1, 1]);
  });

  it('gives an open-price item at a different price its own line', () => {
    const cake = { productId: 'prod-cake-of-the-day', optionIds: [], openPricePence: 300 };
    const s = basketWith(cake, cake, { ...cake, openPricePence: 350 });
    expect(s.lines.map((l) => [l.quantity, l.openPricePence])).toEqual([
      [2, 300],
      [1, 350],
    ]);
  });

  it('does not merge into a line that has its own discount', () => {
    let s = basketWith(latte);
    s = setLineDiscount(s, s.lines[0]?.key ?? '', staffMeal);
    s = addItem(s, latte);
    expect(s.lines).toHaveLength(2);
    expect(s.lines[1]?.discount).toBeNull();
  });

  it('changes quantities one at a time, never below one, never above 99', () => {
    let s = basketWith(latte);
    const key = s.lines[0]?.key ?? '';
    s = changeQuantity(s, key, 1);
    expect(s.lines[0]?.quantity).toBe(2);
    s = changeQuantity(changeQuantity(s, key, -1), key, -1);
    expect(s.lines[0]?.quantity).toBe(1);
    s = setQuantity(s, key, 99);
    const refused = changeQuantity(s, key, 1);
    expect(refused.lines[0]?.quantity).toBe(99);
    expect(refused.problem).toBe('One line can have at most 99.');
    expect(setQuantity(s, key, 0).problem).toMatch(/1 or more/);
    // The next good change clears the message.
    expect(changeQuantity(refused, key, -1).problem).toBeNull();
  });

  it('refuses a 101st line in plain words, and adds nothing', () => {
    let s = emptyBasket('ref');
    for (let i = 0; i < MAX_LINES; i++) s = addItem(s, { productId: `p${i}`, optionIds: [], openPricePence: null });
    const full = addItem(s, { productId: 'one-more', optionIds: [], openPricePence: null });
    expect(full.lines).toHaveLength(MAX_LINES);
    expect(full.problem).toMatch(/basket is full/);
  });

  it('removes a line, and Undo puts it back where it was', () => {
    let s = basketWith(latte, { productId: 'prod-tea', optionIds: [], openPricePence: null });
    const before = s.lines;
    s = removeLine(s, before[0]?.key ?? '', 'Latte');
    expect(s.lines.map((l) => l.productId)).toEqual(['prod-tea']);
    expect(s.undo?.what).toBe('Removed Latte.');
    s = undo(s);
    expect(s.lines).toEqual(before);
    expect(s.undo).toBeNull();
  });

  it('clears the basket with a new sale reference, and Undo brings back the lines, discount and reference', () => {
    let s = setOrderDiscount(basketWith(latte, latte), staffMeal);
    s = setOrderType(s, 'takeaway');
    const cleared = clearBasket(s, 'ref-2');
    expect(cleared.lines).toEqual([]);
    expect(cleared.orderDiscount).toBeNull();
    expect(cleared.clientRef).toBe('ref-2');
    expect(cleared.orderType).toBe('takeaway');
    const back = undo(cleared);
    expect(toDraft(back)).toEqual(toDraft(s));
    expect(back.clientRef).toBe('ref-1');
  });

  it('offers Undo only until the next change, so Undo never wipes what came after', () => {
    const cleared = clearBasket(basketWith(latte), 'ref-2');
    const next = addItem(cleared, latte);
    expect(next.undo).toBeNull();
    expect(undo(next)).toBe(next);
  });

  it('clearing an empty basket changes nothing', () => {
    const s = emptyBasket('ref');
    expect(clearBasket(s, 'ref-2')).toBe(s);
  });

  it('switches eat in and takeaway, and priceBasket works the VAT out again', () => {
    const index = indexCatalogue(catalogue);
    const eatIn = basketWith({ productId: 'prod-sandwich', optionIds: [], openPricePence: null });
    const takeaway = setOrderType(eatIn, 'takeaway');
    const vat = (s: BasketState) => {
      const r = priceBasket(index, toDraft(s));
      return r.ok ? [r.value.totalPence, r.value.vatPence] : null;
    };
    expect(vat(eatIn)).toEqual([450, 75]);
    expect(vat(takeaway)).toEqual([450, 0]);
    expect(setOrderType(takeaway, 'takeaway')).toBe(takeaway);
  });

  it('puts a discount on a line or on the order, and takes it off again', () => {
    let s = basketWith(latte);
    const key = s.lines[0]?.key ?? '';
    s = setLineDiscount(s, key, { kind: 'fixed', value: 50, reasonId: 'reason-staff-meal' });
    expect(s.lines[0]?.discount).toEqual({ kind: 'fixed', value: 50, reasonId: 'reason-staff-meal' });
    s = setLineDiscount(s, key, null);
    expect(s.lines[0]?.discount).toBeNull();
    s = setOrderDiscount(s, staffMeal);
    expect(toDraft(s).orderDiscount).toEqual(staffMeal);
    expect(setOrderDiscount(emptyBasket('r'), staffMeal).problem).toBe('Add something to the basket first.');
  });

  it('drops the order discount when the last line goes', () => {
    let s = setOrderDiscount(basketWith(latte), staffMeal);
    s = removeLine(s, s.lines[0]?.key ?? '', 'Latte');
    expect(s.orderDiscount).toBeNull();
  });

  it('picks up a held basket with fresh line keys and a new reference', () => {
    const held = toDraft(setOrderType(basketWith(latte, latte), 'takeaway'));
    const s = loadBasket(basketWith({ productId: 'x', optionIds: [], openPricePence: null }), held, 'ref-held');
    expect(toDraft(s)).toEqual(held);
    expect(s.clientRef).toBe('ref-held');
    expect(new Set(s.lines.map((l) => l.key)).size).toBe(s.lines.length);
    expect(itemCount(s)).toBe(2);
  });

  it('starts the next sale empty, with a new reference, keeping eat in or takeaway', () => {
    const s = startNewSale(setOrderType(basketWith(latte), 'takeaway'), 'ref-next');
    expect(s.lines).toEqual([]);
    expect(s.clientRef).toBe('ref-next');
    expect(s.orderType).toBe('takeaway');
  });

  it('makes sale references the core accepts, with or without crypto.randomUUID', () => {
    const pattern = /^[A-Za-z0-9-]{8,64}$/;
    expect(newClientRef()).toMatch(pattern);
    expect(newClientRef({ getRandomValues: <T extends ArrayBufferView | null>(a: T) => a })).toMatch(pattern);
    expect(newClientRef()).not.toBe(newClientRef());
  });
});
