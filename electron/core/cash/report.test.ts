import { describe, expect, it } from 'vitest';
import { expectedCash, shapeTillReport, type ReportHeading, type SessionTotals } from './report.ts';

// The pure shaping of a till report from a session's sums: signs, nets, cash and variance.

const heading: ReportHeading = {
  kind: 'X',
  number: null,
  tillId: 'till-1',
  cashSessionId: 'session-1',
  openedAt: '2030-03-04T08:00:00.000Z',
  openedBy: 'Sam Reid',
  floatPence: 10000,
  at: '2030-03-04T17:00:00.000Z',
  by: 'Sam Reid',
  countedCounts: null,
  note: null,
};

const nothing: SessionTotals = { entries: [], payments: [], vat: [], discounts: [], movements: [], paidOuts: [] };

/** A day: 3 sales £30.00 (items £31.00, £1.00 off), a £4.50 refund to card, a £3.20 void in cash. */
const day: SessionTotals = {
  entries: [
    { kind: 'refund', count: 1, itemsPence: -450, discountPence: 0, totalPence: -450, firstReceipt: 4, lastReceipt: 4 },
    { kind: 'sale', count: 3, itemsPence: 3100, discountPence: 100, totalPence: 3000, firstReceipt: 1, lastReceipt: 3 },
    { kind: 'void', count: 1, itemsPence: -320, discountPence: 0, totalPence: -320, firstReceipt: 5, lastReceipt: 5 },
  ],
  payments: [
    { kind: 'sale', tender: 'card', amountPence: 1800 },
    { kind: 'sale', tender: 'cash', amountPence: 1200 },
    { kind: 'refund', tender: 'card', amountPence: -450 },
    { kind: 'void', tender: 'cash', amountPence: -320 },
  ],
  vat: [
    { rateBp: 0, grossPence: 900, vatPence: 0 },
    { rateBp: 2000, grossPence: 1330, vatPence: 222 },
    { rateBp: 500, grossPence: 0, vatPence: 0 },
  ],
  discounts: [
    { reason: 'Complaint', count: 1, totalPence: 40 },
    { reason: 'Staff meal', count: 2, totalPence: 60 },
  ],
  movements: [
    { kind: 'paid_out', count: 2, totalPence: 650 },
    { kind: 'no_sale', count: 3, totalPence: 0 },
    { kind: 'lift', count: 1, totalPence: 5000 },
  ],
  paidOuts: [],
};

describe('shaping a till report', () => {
  it('an empty session shows the float as the cash expected and no receipts', () => {
    const report = shapeTillReport(heading, nothing);
    expect(report).toMatchObject({
      sales: { count: 0, itemsPence: 0, discountPence: 0, grossPence: 0 },
      refunds: { count: 0, totalPence: 0 },
      voids: { count: 0, totalPence: 0 },
      netSalesPence: 0,
      byTender: [
        { tender: 'cash', salesPence: 0, refundsPence: 0, netPence: 0 },
        { tender: 'card', salesPence: 0, refundsPence: 0, netPence: 0 },
      ],
      byVatRate: [],
      discounts: [],
      noSales: 0,
      paidOuts: { count: 0, totalPence: 0, items: [] },
      lifts: { count: 0, totalPence: 0 },
      expectedCashPence: 10000,
      countedCashPence: null,
      countedByDenomination: null,
      variancePence: null,
      firstReceipt: null,
      lastReceipt: null,
    });
    expect(Object.is(report.refunds.totalPence, -0)).toBe(false);
  });

  it('shows refunds and voids as positive amounts and nets them off the gross', () => {
    const report = shapeTillReport(heading, day);
    expect(report.sales).toEqual({ count: 3, itemsPence: 3100, discountPence: 100, grossPence: 3000 });
    expect(report.refunds).toEqual({ count: 1, totalPence: 450 });
    expect(report.voids).toEqual({ count: 1, totalPence: 320 });
    expect(report.netSalesPence).toBe(3000 - 450 - 320);
  });

  it('gives both tenders, money back netted per tender, adding up to net sales', () => {
    const report = shapeTillReport(heading, day);
    expect(report.byTender).toEqual([
      { tender: 'cash', salesPence: 1200, refundsPence: 320, netPence: 880 },
      { tender: 'card', salesPence: 1800, refundsPence: 450, netPence: 1350 },
    ]);
    expect(report.byTender.reduce((a, t) => a + t.netPence, 0)).toBe(report.netSalesPence);
  });

  it('lists VAT rates highest first with net = gross − VAT', () => {
    expect(shapeTillReport(heading, day).byVatRate).toEqual([
      { rateBp: 2000, grossPence: 1330, vatPence: 222, netPence: 1108 },
      { rateBp: 500, grossPence: 0, vatPence: 0, netPence: 0 },
      { rateBp: 0, grossPence: 900, vatPence: 0, netPence: 900 },
    ]);
  });

  it('lists discounts largest first', () => {
    expect(shapeTillReport(heading, day).discounts.map((d) => d.reason)).toEqual(['Staff meal', 'Complaint']);
  });

  it('expects the float plus cash kept, less cash given back, paid out and lifted; no-sales move no money', () => {
    const report = shapeTillReport(heading, day);
    expect(report.expectedCashPence).toBe(10000 + 1200 - 320 - 650 - 5000);
    expect(expectedCash(10000, day)).toBe(report.expectedCashPence);
    expect(report).toMatchObject({ noSales: 3, paidOuts: { count: 2, totalPence: 650 }, lifts: { count: 1, totalPence: 5000 }, firstReceipt: 1, lastReceipt: 5 });
  });

  it.each([
    ['a pound short', { '5000': 1, '100': 1, '10': 3 }, -100],
    ['right to the penny', { '5000': 1, '200': 1, '10': 3 }, 0],
    ['2p over', { '5000': 1, '200': 1, '10': 3, '2': 1 }, 2],
  ])('a Z report with the drawer %s', (_name, counted, variance) => {
    // Expected: £100 + £12.00 − £3.20 − £6.50 − £50.00 = £52.30.
    const report = shapeTillReport({ ...heading, kind: 'Z', number: 7, countedCounts: counted }, day);
    expect(report.expectedCashPence).toBe(5230);
    expect(report.countedCashPence).toBe(5230 + variance);
    expect(report.variancePence).toBe(variance);
    expect(report.countedByDenomination).toEqual(counted);
    expect(report).toMatchObject({ kind: 'Z', number: 7 });
  });
});
