import { describe, expect, it } from 'vitest';
import type { Sale, SaleLine } from '../../shared/contract/index.ts';
import { cafeToday, chooseRefund, chosenReason, emptySearch, leftToRefund, OTHER_REASON, refundAll, refundLines, searchInput } from './historySearch.ts';

function line(id: string, quantity: number, refundedQuantity: number): SaleLine {
  return { id, lineNo: 1, productId: 'p', name: id, quantity, modifiers: [], unitPence: 100, itemsPence: 100 * quantity, discountPence: 0, totalPence: 100 * quantity, vatRateBp: 2000, vatPence: 0, refundedQuantity };
}

const sale = { lines: [line('latte', 2, 0), line('scone', 1, 1), line('tea', 3, 1)] } as unknown as Sale;

describe('finding a sale', () => {
  it('with nothing filled in, asks for the latest sales', () => {
    expect(searchInput(emptySearch, '2026-03-02')).toEqual({ input: {} });
  });

  it('by receipt number and amount', () => {
    expect(searchInput({ ...emptySearch, receipt: ' 12 ', amount: '£7.40' }, '2026-03-02')).toEqual({ input: { receiptNumber: 12, totalPence: 740 } });
  });

  it('by a time on a day, in London time: winter is UTC, summer is an hour ahead', () => {
    expect(searchInput({ ...emptySearch, day: '2026-01-15', fromTime: '09:00', toTime: '10:30' }, '2026-03-02')).toEqual({
      input: { from: '2026-01-15T09:00:00.000Z', to: '2026-01-15T10:30:59.999Z' },
    });
    expect(searchInput({ ...emptySearch, day: '2026-07-01' }, '2026-03-02')).toEqual({ input: { from: '2026-06-30T23:00:00.000Z', to: '2026-07-01T22:59:59.999Z' } });
  });

  it('a time with no day means today', () => {
    const r = searchInput({ ...emptySearch, fromTime: '14:00' }, '2026-03-02');
    expect(r).toEqual({ input: { from: '2026-03-02T14:00:00.000Z', to: '2026-03-02T23:59:59.999Z' } });
  });

  it('says what is wrong, and in which box', () => {
    expect(searchInput({ ...emptySearch, receipt: 'twelve' }, '2026-03-02')).toEqual({ problem: 'Type the receipt number, like 12.', field: 'receipt' });
    expect(searchInput({ ...emptySearch, amount: 'lots' }, '2026-03-02')).toEqual({ problem: 'Type the amount, like 7.40.', field: 'amount' });
    expect(searchInput({ ...emptySearch, fromTime: '15:00', toTime: '09:00' }, '2026-03-02')).toMatchObject({ field: 'toTime' });
    expect(searchInput({ ...emptySearch, day: 'Monday' }, '2026-03-02')).toMatchObject({ field: 'day' });
  });

  it('knows the café’s date, not the PC’s', () => {
    expect(cafeToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });
});

describe('choosing what to refund', () => {
  it('never chooses more of a line than is left, or fewer than none', () => {
    const [latte, scone, tea] = sale.lines as [SaleLine, SaleLine, SaleLine];
    expect(leftToRefund(tea)).toBe(2);
    let c = chooseRefund({}, latte, 5);
    expect(c).toEqual({ latte: 2 });
    c = chooseRefund(c, scone, 1);
    expect(c.scone ?? 0).toBe(0);
    c = chooseRefund(c, latte, -1);
    expect(c.latte).toBe(0);
    expect(chooseRefund(c, latte, 0)).toBe(c);
  });

  it('sends only lines with something chosen, in the order of the sale', () => {
    const [latte, , tea] = sale.lines as [SaleLine, SaleLine, SaleLine];
    const c = chooseRefund(chooseRefund({}, tea, 1), latte, 1);
    expect(refundLines(sale, c)).toEqual([
      { lineId: 'latte', quantity: 1 },
      { lineId: 'tea', quantity: 1 },
    ]);
    expect(refundLines(sale, refundAll(sale))).toEqual([
      { lineId: 'latte', quantity: 2 },
      { lineId: 'tea', quantity: 2 },
    ]);
  });

  it('takes a reason from the list, or the one typed for Other', () => {
    expect(chosenReason('Wrong item made', '')).toBe('Wrong item made');
    expect(chosenReason(OTHER_REASON, '  Dropped it ')).toBe('Dropped it');
    expect(chosenReason(OTHER_REASON, ' ')).toEqual({ problem: 'Type the reason.' });
    expect(chosenReason(null, '')).toEqual({ problem: 'Choose a reason.' });
  });
});
