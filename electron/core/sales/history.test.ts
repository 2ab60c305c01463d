import { describe, expect, it } from 'vitest';
import { errorOf, MINUTE, valueOf } from '../testing/testCore.ts';
import { basket, createTillCafe, line, openTill, sell, workedExample } from '../testing/till.ts';

// Finding a sale on the history screen: by receipt number, time or amount, newest first.

describe('finding sales', () => {
  function aMorning() {
    const t = createTillCafe();
    openTill(t);
    const tom = t.loginAs('trainee');
    const sales = [];
    for (let i = 0; i < 7; i++) {
      t.clock.advance(MINUTE);
      sales.push(i % 2 === 0 ? sell(tom, basket('takeaway', [line('prod-tea', { quantity: 1 + i })]), 180 * (1 + i)) : sell(tom, workedExample('eat_in'), 880, [{ tender: 'card', amountPence: 400 }, { tender: 'cash', amountPence: 480 }]));
    }
    return { t, tom, sales };
  }

  it('newest first, a page at a time', () => {
    const { tom, sales } = aMorning();
    const first = valueOf(tom.call('sales.find', { limit: 3 }));
    expect(first.sales.map((s) => s.receiptNumber)).toEqual([7, 6, 5]);
    expect(first.nextBefore).toBe(sales[4]?.id);
    const second = valueOf(tom.call('sales.find', { limit: 3, before: first.nextBefore ?? '' }));
    expect(second.sales.map((s) => s.receiptNumber)).toEqual([4, 3, 2]);
    const last = valueOf(tom.call('sales.find', { limit: 3, before: second.nextBefore ?? '' }));
    expect(last).toEqual({ sales: [expect.objectContaining({ receiptNumber: 1 })], nextBefore: null });
  });

  it('a summary says who, how much, how many items, which tenders, and whether it was given back', () => {
    const { t, sales } = aMorning();
    const sam = t.loginAs('supervisor');
    const split = sales[1];
    valueOf(sam.call('sales.refund', { saleId: split?.id ?? '', lines: [{ lineId: split?.lines[0]?.id ?? '', quantity: 1 }], to: 'original', reason: 'Cold' }));
    valueOf(sam.call('sales.void', { saleId: sales[2]?.id ?? '', reason: 'Wrong' }));
    const found = valueOf(sam.call('sales.find', { limit: 20 })).sales;
    expect(found[0]).toMatchObject({ kind: 'void', receiptNumber: 9, totalPence: -540, itemCount: 3, tenders: ['cash'], reversed: 'no' });
    expect(found.find((s) => s.receiptNumber === 2)).toEqual({
      id: split?.id,
      kind: 'sale',
      receiptNumber: 2,
      at: split?.at,
      operatorName: 'Tom Walsh',
      totalPence: 880,
      itemCount: 3,
      tenders: ['cash', 'card'],
      reversed: 'part',
    });
    expect(found.find((s) => s.receiptNumber === 3)?.reversed).toBe('all');
    expect(found.find((s) => s.receiptNumber === 1)?.reversed).toBe('no');
  });

  it('by receipt number, by amount (a refund of that amount too), and by time', () => {
    const { t, tom, sales } = aMorning();
    expect(valueOf(tom.call('sales.find', { receiptNumber: 4 })).sales.map((s) => s.id)).toEqual([sales[3]?.id]);
    expect(valueOf(tom.call('sales.find', { totalPence: 880 })).sales.map((s) => s.receiptNumber)).toEqual([6, 4, 2]);
    valueOf(t.loginAs('supervisor').call('sales.refund', { saleId: sales[0]?.id ?? '', lines: [{ lineId: sales[0]?.lines[0]?.id ?? '', quantity: 1 }], to: 'cash', reason: 'Spilt' }));
    expect(valueOf(tom.call('sales.find', { totalPence: 180 })).sales.map((s) => [s.kind, s.receiptNumber])).toEqual([
      ['refund', 8],
      ['sale', 1],
    ]);
    const window = valueOf(tom.call('sales.find', { from: sales[2]?.at ?? '', to: sales[4]?.at ?? '' }));
    expect(window.sales.map((s) => s.receiptNumber)).toEqual([5, 4, 3]);
  });

  it('a page that is no longer there says so', () => {
    const { tom } = aMorning();
    expect(errorOf(tom.call('sales.find', { before: 'gone' }))).toMatchObject({ code: 'not_found', field: 'before' });
    expect(errorOf(tom.call('sales.get', { saleId: 'gone' }))).toMatchObject({ code: 'not_found', field: 'saleId' });
  });
});
