import { describe, expect, it } from 'vitest';
import type { Sale } from '../../shared/contract/index.ts';
import { receiptText } from './receiptText.ts';

const sale: Sale = {
  id: 's1',
  kind: 'sale',
  receiptNumber: 12,
  practice: false,
  tillId: 'till-1',
  orderType: 'eat_in',
  at: '2026-03-02T09:15:00.000Z',
  operator: { id: 'tom', displayName: 'Tom Trainee' },
  authorisedBy: { id: 'sam', displayName: 'Sam Supervisor' },
  reason: null,
  shiftId: null,
  cashSessionId: 'c1',
  originalId: null,
  originalReceiptNumber: null,
  lines: [
    {
      id: 'l1',
      lineNo: 1,
      productId: 'prod-latte',
      name: 'Latte',
      quantity: 2,
      modifiers: [{ optionId: 'opt-milk-oat', groupName: 'Milk', name: 'Oat milk', priceDeltaPence: 30 }],
      unitPence: 360,
      itemsPence: 720,
      discountPence: 144,
      totalPence: 576,
      vatRateBp: 2000,
      vatPence: 96,
      refundedQuantity: 0,
    },
  ],
  payments: [{ tender: 'cash', amountPence: 576 }],
  itemsPence: 720,
  discountPence: 144,
  totalPence: 576,
  vatPence: 96,
  vatByRate: [{ rateBp: 2000, grossPence: 576, vatPence: 96, netPence: 480 }],
  tenderedPence: 1000,
  changePence: 424,
  reversals: [],
};

describe('the receipt on screen', () => {
  it('shows the sale as the core wrote it: lines, choices, discount, payment, change and VAT', () => {
    const text = receiptText(sale, 'Back Yard Café');
    expect(text).toContain('Receipt 12');
    expect(text).toContain('2 Mar 2026 09:15');
    expect(text).toMatch(/2 x Latte +£7\.20/);
    expect(text).toContain('    Oat milk (+£0.30)');
    expect(text).toMatch(/TOTAL +£5\.76/);
    expect(text).toMatch(/Handed over +£10\.00/);
    expect(text).toMatch(/Change +£4\.24/);
    expect(text).toMatch(/20% on £5\.76 +£0\.96/);
    expect(text).toContain('Authorised by Sam Supervisor');
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
  });

  it('marks a practice sale, which has no receipt number', () => {
    const text = receiptText({ ...sale, practice: true, receiptNumber: null }, 'Back Yard Café');
    expect(text).toContain('PRACTICE - NOT A REAL SALE');
    expect(text).not.toContain('Receipt 12');
  });

  it('shows the date in London time, in summer too', () => {
    expect(receiptText({ ...sale, at: '2026-07-01T08:05:00.000Z' }, 'Café')).toContain('1 Jul 2026 09:05');
  });
});
