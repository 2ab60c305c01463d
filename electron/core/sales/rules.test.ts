import { describe, expect, it } from 'vitest';
import type { Caller } from '../context.ts';
import { AppError } from '../errors.ts';
import { checkDiscountLimit, refundShare, refundTenders, settlePayments, type SoldLine } from './rules.ts';

function refusal(fn: () => unknown): { code: string; message: string; field?: string; needsAuthorisation?: boolean } {
  try {
    fn();
  } catch (cause) {
    if (cause instanceof AppError) return cause.toApiError();
    throw cause;
  }
  throw new Error('expected a refusal');
}

describe('taking payment', () => {
  it('cash over the total gives change, and only the total stays in the drawer', () => {
    expect(settlePayments(880, [{ tender: 'cash', amountPence: 2000 }])).toEqual({ payments: [{ tender: 'cash', amountPence: 880 }], tenderedPence: 2000, changePence: 1120 });
  });

  it('a split: part on card, the rest in cash with change', () => {
    expect(settlePayments(1250, [{ tender: 'card', amountPence: 1000 }, { tender: 'cash', amountPence: 500 }])).toEqual({
      payments: [{ tender: 'card', amountPence: 1000 }, { tender: 'cash', amountPence: 250 }],
      tenderedPence: 1500,
      changePence: 250,
    });
  });

  it('a card cannot be charged more than is left to pay', () => {
    expect(refusal(() => settlePayments(880, [{ tender: 'cash', amountPence: 500 }, { tender: 'card', amountPence: 500 }]))).toEqual({
      code: 'invalid_input',
      field: 'payments.1.amountPence',
      message: 'A card payment can be at most what is left to pay, £3.80.',
    });
    expect(refusal(() => settlePayments(880, [{ tender: 'card', amountPence: 1000 }])).field).toBe('payments.0.amountPence');
  });

  it('payments that do not cover the total say how much is still to pay', () => {
    expect(refusal(() => settlePayments(880, [{ tender: 'card', amountPence: 500 }, { tender: 'cash', amountPence: 200 }]))).toEqual({
      code: 'invalid_input',
      field: 'payments',
      message: 'The payments do not cover the total: £1.80 still to pay.',
    });
    expect(refusal(() => settlePayments(880, [])).message).toBe('The payments do not cover the total: £8.80 still to pay.');
  });

  it('a payment after the sale is paid is refused, whatever the tender', () => {
    expect(refusal(() => settlePayments(500, [{ tender: 'card', amountPence: 500 }, { tender: 'cash', amountPence: 100 }]))).toMatchObject({ code: 'invalid_input', field: 'payments.1' });
    expect(refusal(() => settlePayments(500, [{ tender: 'cash', amountPence: 1000 }, { tender: 'cash', amountPence: 500 }]))).toMatchObject({ code: 'invalid_input', field: 'payments.1' });
  });

  it('a free sale (100% discount) takes no payment at all', () => {
    expect(settlePayments(0, [])).toEqual({ payments: [], tenderedPence: 0, changePence: 0 });
    expect(refusal(() => settlePayments(0, [{ tender: 'cash', amountPence: 100 }]))).toEqual({ code: 'invalid_input', field: 'payments', message: 'Nothing is owed on this sale: take no payment.' });
  });
});

describe('discount limits', () => {
  const limits = { trainee: 10, supervisor: 50, manager: 100 };
  const tom = { displayName: 'Tom Walsh', role: 'trainee' as const };
  const sam: Caller = { id: 'sam', displayName: 'Sam Reid', role: 'supervisor' };
  const maya: Caller = { id: 'maya', displayName: 'Maya Okafor', role: 'manager' };

  it('within the limit needs nobody, exactly at the limit too', () => {
    expect(checkDiscountLimit(0, 1000, limits, tom, null)).toBeNull();
    expect(checkDiscountLimit(100, 1000, limits, tom, null)).toBeNull();
  });

  it('a penny over the limit needs a supervisor', () => {
    expect(refusal(() => checkDiscountLimit(101, 1000, limits, tom, null))).toEqual({
      code: 'forbidden',
      needsAuthorisation: true,
      message: 'A discount of 10.1% is more than Tom Walsh can give (10%): a supervisor must authorise the discount.',
    });
    expect(checkDiscountLimit(101, 1000, limits, tom, sam)).toBe(sam);
  });

  it('beyond what the supervisor may give, a manager authorises', () => {
    expect(refusal(() => checkDiscountLimit(600, 1000, limits, tom, sam))).toEqual({
      code: 'forbidden',
      needsAuthorisation: true,
      message: 'A discount of 60% is more than Sam Reid can authorise (50%): a manager must authorise the discount.',
    });
    expect(checkDiscountLimit(1000, 1000, limits, tom, maya)).toBe(maya);
  });
});

describe('what a refund gives back', () => {
  const flatWhites: SoldLine = { quantity: 3, unitPence: 320, lineDiscountPence: 0, orderDiscountPence: 0, totalPence: 960, vatPence: 160 };

  it('one of three flat whites is a third of the line', () => {
    expect(refundShare(flatWhites, 0, 1)).toEqual({ itemsPence: 320, lineDiscountPence: 0, orderDiscountPence: 0, totalPence: 320, vatPence: 53 });
  });

  it('the pennies settle: refunding a discounted line one by one adds up to exactly what it cost, and its VAT', () => {
    // 3 × £3.20 less 10% (96p) and a share of an order discount (7p): £8.57, VAT £1.43
    const line: SoldLine = { quantity: 3, unitPence: 320, lineDiscountPence: 96, orderDiscountPence: 7, totalPence: 857, vatPence: 143 };
    const parts = [refundShare(line, 0, 1), refundShare(line, 1, 1), refundShare(line, 2, 1)];
    expect(parts.map((p) => p.totalPence)).toEqual([286, 285, 286]);
    const sum = (f: (p: (typeof parts)[number]) => number) => parts.reduce((a, p) => a + f(p), 0);
    expect(sum((p) => p.totalPence)).toBe(857);
    expect(sum((p) => p.vatPence)).toBe(143);
    expect(sum((p) => p.itemsPence)).toBe(960);
    expect(sum((p) => p.lineDiscountPence + p.orderDiscountPence)).toBe(103);
  });

  it('however a line is refunded in parts, the parts add up to the line, and no part is negative', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let run = 0; run < 2000; run++) {
      const quantity = 1 + random(12);
      const unitPence = 1 + random(900);
      const items = unitPence * quantity;
      const lineDiscountPence = random(3) === 0 ? 0 : random(items + 1);
      const orderDiscountPence = random(3) === 0 ? 0 : random(items - lineDiscountPence + 1);
      const totalPence = items - lineDiscountPence - orderDiscountPence;
      const vatPence = Math.round(totalPence / 6);
      const line = { quantity, unitPence, lineDiscountPence, orderDiscountPence, totalPence, vatPence };
      let back = 0;
      const parts = [];
      while (back < quantity) {
        const q = 1 + random(quantity - back);
        parts.push(refundShare(line, back, q));
        back += q;
      }
      const context = JSON.stringify(line);
      expect(parts.reduce((a, p) => a + p.totalPence, 0), context).toBe(totalPence);
      expect(parts.reduce((a, p) => a + p.vatPence, 0), context).toBe(vatPence);
      expect(parts.reduce((a, p) => a + p.itemsPence, 0), context).toBe(items);
      expect(parts.reduce((a, p) => a + p.lineDiscountPence + p.orderDiscountPence, 0), context).toBe(lineDiscountPence + orderDiscountPence);
      for (const p of parts) {
        expect(Math.min(p.totalPence, p.vatPence, p.lineDiscountPence, p.orderDiscountPence), context).toBeGreaterThanOrEqual(0);
        expect(p.itemsPence - p.lineDiscountPence - p.orderDiscountPence, context).toBe(p.totalPence);
      }
    }
  });
});

describe('which tender a refund goes back to', () => {
  it('to the original tenders: card first, up to what the card paid, the rest in cash', () => {
    expect(refundTenders(500, 'original', 300, 0)).toEqual([{ tender: 'card', amountPence: 300 }, { tender: 'cash', amountPence: 200 }]);
    expect(refundTenders(200, 'original', 1000, 0)).toEqual([{ tender: 'card', amountPence: 200 }]);
  });

  it('what already went back to the card is not given back to it again', () => {
    expect(refundTenders(500, 'original', 600, 400)).toEqual([{ tender: 'card', amountPence: 200 }, { tender: 'cash', amountPence: 300 }]);
  });

  it('all in cash when asked, and nothing for a free item', () => {
    expect(refundTenders(500, 'cash', 1000, 0)).toEqual([{ tender: 'cash', amountPence: 500 }]);
    expect(refundTenders(0, 'original', 1000, 0)).toEqual([]);
  });
});
