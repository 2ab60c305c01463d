import { describe, expect, it } from 'vitest';
import { addItem, emptyBasket, setOrderDiscount, setOrderType, toDraft } from './basketStore.ts';
import { keepTill, restoreTill } from './keepBasket.ts';
import { noPayments, takeCard } from './paymentStore.ts';

const ref = '3f2a9c1e-0000-4000-8000-000000000001';

describe('keeping the basket through an idle lock or a reload', () => {
  it('keeps nothing for an empty basket with no payments', () => {
    expect(keepTill(emptyBasket(ref), noPayments)).toBeNull();
  });

  it('brings back the lines, choices, discounts, eat in or takeaway, the sale reference and card payments taken', () => {
    let basket = addItem(emptyBasket(ref), { productId: 'prod-latte', optionIds: ['opt-milk-oat'], openPricePence: null, quantity: 2 });
    basket = addItem(basket, { productId: 'prod-cake-of-the-day', optionIds: [], openPricePence: 350 });
    basket = setOrderDiscount(setOrderType(basket, 'takeaway'), { kind: 'percent', value: 10, reasonId: 'reason-staff-meal' });
    const payments = takeCard(noPayments, 1000, 300);
    const back = restoreTill(keepTill(basket, payments));
    expect(back && toDraft(back.basket)).toEqual(toDraft(basket));
    expect(back?.basket.clientRef).toBe(ref);
    expect(back?.payments.parts).toEqual([{ tender: 'card', amountPence: 300 }]);
  });

  it('ignores anything it cannot read, rather than guessing', () => {
    const good = JSON.parse(keepTill(addItem(emptyBasket(ref), { productId: 'p', optionIds: [], openPricePence: null }), noPayments) ?? '{}') as Record<string, unknown>;
    expect(restoreTill(null)).toBeNull();
    expect(restoreTill('not json')).toBeNull();
    expect(restoreTill(JSON.stringify({ ...good, clientRef: 'bad ref!' }))).toBeNull();
    expect(restoreTill(JSON.stringify({ ...good, basket: { orderType: 'drive_thru', lines: [], orderDiscount: null } }))).toBeNull();
    expect(restoreTill(JSON.stringify({ ...good, basket: { orderType: 'eat_in', lines: [{ productId: 'p', quantity: 500, optionIds: [], openPricePence: null, discount: null }], orderDiscount: null } }))).toBeNull();
    expect(restoreTill(JSON.stringify({ ...good, payments: [{ tender: 'cheque', amountPence: 100 }] }))).toBeNull();
    expect(restoreTill(JSON.stringify(good))).not.toBeNull();
  });
});
