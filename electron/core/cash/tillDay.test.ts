import { describe, expect, it } from 'vitest';
import { errorOf, valueOf } from '../testing/testCore.ts';
import { basket, createTillCafe, FLOAT_COUNTS, line, openTill, sell, tillSnapshot, workedExample } from '../testing/till.ts';

// A whole day through the dispatcher, as the café lives it: a supervisor counts the float,
// a trainee rings up eat-in and takeaway orders (cash with change, card, a split, a staff
// meal discount), practises a little, the supervisor refunds one item to card and voids a
// sale, pays out for milk, lifts cash to the safe, and closes the day a pound short.

/** £65.68: £1 short of the £66.68 the day leaves in the drawer. */
const COUNTED = { '2000': 3, '500': 1, '50': 1, '10': 1, '5': 1, '2': 1, '1': 1 };

describe('a day at the till, closed with a Z report', () => {
  it('adds up to the penny: gross, refunds, voids, tenders, VAT, discounts, cash and the variance', () => {
    const t = createTillCafe();
    const sessionId = openTill(t, FLOAT_COUNTS); // £100: 2 × £20, 4 × £10, 3 × £5, 5 × £1
    const tom = t.loginAs('trainee');

    // 1. The worked example, takeaway: £8.80 (VAT 71p), a £10 note, £1.20 change.
    const s1 = sell(tom, workedExample('takeaway'), 880, [{ tender: 'cash', amountPence: 1000 }]);
    expect([s1.changePence, s1.vatPence]).toEqual([120, 71]);
    // 2. The same order eaten in: £8.80 (VAT £1.46), on card.
    const s2 = sell(tom, workedExample('eat_in'), 880, [{ tender: 'card', amountPence: 880 }]);
    expect(s2.vatPence).toBe(146);
    // 3. Soup and a pot of tea eaten in, 10% staff meal: £6.30 − 63p = £5.67; £3 on card, a £5 note for the rest (£2.33 change).
    const s3 = sell(tom, basket('eat_in', [line('prod-soup'), line('prod-tea')], { kind: 'percent', value: 10, reasonId: 'reason-staff-meal' }), 567, [
      { tender: 'card', amountPence: 300 },
      { tender: 'cash', amountPence: 500 },
    ]);
    expect([s3.discountPence, s3.vatPence, s3.changePence]).toEqual([63, 68 + 27, 233]);
    // 4. Coffee beans (zero-rated) and a can of cola, takeaway, £7.70 exact in cash.
    sell(tom, basket('takeaway', [line('prod-coffee-beans'), line('prod-cola')]), 770);
    // 5. A banana on card, 60p.
    const s5 = sell(tom, basket('takeaway', [line('prod-banana')]), 60, [{ tender: 'card', amountPence: 60 }]);

    // Tom practises: never takings.
    valueOf(tom.call('till.setPractice', { practice: true }));
    sell(tom, basket('takeaway', [line('prod-mocha', { optionIds: ['opt-milk-whole', 'opt-size-regular'] })]), 350, [{ tender: 'cash', amountPence: 2000 }]);
    valueOf(tom.call('till.setPractice', { practice: false }));

    const sam = t.loginAs('supervisor');
    // 6. The crisps of sale 2 refunded to the card; 7. sale 5 voided.
    const crisps = s2.lines.find((l) => l.name.startsWith('Crisps'));
    if (!crisps) throw new Error('sale 2 has no crisps');
    valueOf(sam.call('sales.refund', { saleId: s2.id, lines: [{ lineId: crisps.id, quantity: 1 }], to: 'original', reason: 'Bag was open' }));
    valueOf(sam.call('sales.void', { saleId: s5.id, reason: 'Rang up by mistake' }));
    valueOf(sam.call('cash.payOut', { amountPence: 249, reason: 'Milk from the corner shop' }));
    valueOf(sam.call('cash.lift', { amountPence: 5000, reason: 'Safe bag 1' }));
    valueOf(sam.call('cash.noSale', { reason: 'Change for the window cleaner' }));

    const x = valueOf(sam.call('cash.xReport', {}));
    const z = valueOf(sam.call('cash.close', { countedCounts: COUNTED }));
    const figures = {
      cashSessionId: sessionId,
      sales: { count: 5, itemsPence: 880 + 880 + 630 + 770 + 60, discountPence: 63, grossPence: 880 + 880 + 567 + 770 + 60 },
      refunds: { count: 1, totalPence: 110 },
      voids: { count: 1, totalPence: 60 },
      netSalesPence: 2987,
      byTender: [
        { tender: 'cash', salesPence: 880 + 267 + 770, refundsPence: 0, netPence: 1917 },
        { tender: 'card', salesPence: 880 + 300 + 60, refundsPence: 110 + 60, netPence: 1070 },
      ],
      byVatRate: [
        // Flat whites, crisps, the eat-in sandwich, soup, tea and cola, less the refunded crisps.
        { rateBp: 2000, grossPence: 430 + 880 + 567 + 120 - 110, vatPence: 71 + 146 + 95 + 20 - 18, netPence: 1573 },
        // The takeaway sandwich, the beans and the voided banana.
        { rateBp: 0, grossPence: 450 + 650 + 60 - 60, vatPence: 0, netPence: 1100 },
      ],
      discounts: [{ reason: 'Staff meal', count: 1, totalPence: 63 }],
      noSales: 1,
      paidOuts: { count: 1, totalPence: 249, items: [expect.objectContaining({ amountPence: 249, reason: 'Milk from the corner shop' })] },
      lifts: { count: 1, totalPence: 5000 },
      floatPence: 10000,
      expectedCashPence: 10000 + 1917 - 249 - 5000,
      firstReceipt: 1,
      lastReceipt: 7,
    };
    expect(x).toMatchObject({ kind: 'X', number: null, ...figures, countedCashPence: null, variancePence: null });
    expect(z).toMatchObject({ kind: 'Z', number: 1, ...figures, countedCashPence: 6568, countedByDenomination: COUNTED, variancePence: -100 });

    // The VAT summary for the day says the same, and the journal's chain still verifies.
    const maya = t.loginAs('manager');
    const vat = valueOf(maya.call('reports.vatSummary', { from: '2030-03-04', to: '2030-03-04' }));
    expect(vat.byRate).toEqual(z.byVatRate);
    expect(vat.totals.grossPence).toBe(z.netSalesPence);
    expect(valueOf(maya.call('sales.verifyChain', {}))).toMatchObject({ ok: true, entries: 7 });
    expect(valueOf(maya.call('cash.zReport', { number: 1 }))).toEqual(z);

    // Closed for good: no more sales until tomorrow's float.
    const before = tillSnapshot(t);
    expect(errorOf(tom.call('sales.complete', { clientRef: 'after-close-0001', basket: basket('takeaway', [line('prod-banana')]), payments: [{ tender: 'cash', amountPence: 60 }], expectedTotalPence: 60 })).code).toBe('conflict');
    expect(errorOf(sam.call('cash.close', { countedCounts: COUNTED })).code).toBe('conflict');
    expect(tillSnapshot(t)).toEqual(before);
  });
});
