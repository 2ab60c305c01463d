import { describe, expect, it } from 'vitest';
import type { TillReport } from '../../../shared/contract/index.ts';
import { errorOf, MINUTE, valueOf, type TestCore } from '../testing/testCore.ts';
import { menu, recordPracticeSale, recordReversal, recordSale } from '../testing/cash.ts';
import { basket, captureEvents, createTillCafe, line, openTill, saleInput, tillSnapshot } from '../testing/till.ts';

// X and Z reports over a day written straight into the journal (the fixture), to the penny;
// Z numbers, immutability, and a closed session staying closed.

/** £86.15 in the drawer: a pound short of the £87.15 the day below should leave. */
const ONE_POUND_SHORT = { '2000': 3, '1000': 2, '500': 1, '100': 1, '10': 1, '5': 1 };

/**
 * A morning at the Back Yard Café, float £100:
 * 1. takeaway flat white and cheese sandwich, £7.70, paid with a £10 note (£2.30 change);
 * 2. eat-in sandwich, crisps and flat white, £8.80 on card;
 * 3. two lattes with a 10% staff meal discount, £5.94: £3.00 card, £2.94 cash;
 * 4. coffee beans and a jar of baby food (5%), £8.60 cash;
 * 5. the crisps of sale 2 refunded to card (£1.10); 6. sale 4 voided (£8.60 back in cash);
 * a practice sale of £10 (never counted), £3.49 paid out, £20 lifted, one no-sale.
 */
function aMorning(t: TestCore): void {
  recordSale(t, { lines: [menu.flatWhite, menu.sandwichTakeaway], cashTenderedPence: 1000 });
  const eatIn = recordSale(t, { orderType: 'eat_in', lines: [menu.sandwichEatIn, menu.crisps, menu.flatWhite], payments: [{ tender: 'card', amountPence: 880 }] });
  recordSale(t, { lines: [{ ...menu.latte, quantity: 2, discountPence: 66, discountReason: 'Staff meal' }], payments: [{ tender: 'card', amountPence: 300 }, { tender: 'cash', amountPence: 294 }], cashTenderedPence: 294 });
  const beans = recordSale(t, { lines: [menu.coffeeBeans, menu.babyFood] });
  recordReversal(t, 'refund', eatIn, { lineNos: [2], payments: [{ tender: 'card', amountPence: 110 }] });
  recordReversal(t, 'void', beans);
  recordPracticeSale(t, 1000);
  const sam = t.loginAs('supervisor');
  valueOf(sam.call('cash.payOut', { amountPence: 349, reason: 'Milk from the corner shop' }));
  valueOf(sam.call('cash.lift', { amountPence: 2000 }));
  valueOf(sam.call('cash.noSale', { reason: 'Change for the window cleaner' }));
}

/** What the morning above adds up to, whatever kind of report shows it. */
const morningFigures = {
  sales: { count: 4, itemsPence: 3170, discountPence: 66, grossPence: 3104 },
  refunds: { count: 1, totalPence: 110 },
  voids: { count: 1, totalPence: 860 },
  netSalesPence: 2134,
  byTender: [
    { tender: 'cash', salesPence: 1924, refundsPence: 860, netPence: 1064 },
    { tender: 'card', salesPence: 1180, refundsPence: 110, netPence: 1070 },
  ],
  byVatRate: [
    { rateBp: 2000, grossPence: 1684, vatPence: 280, netPence: 1404 },
    { rateBp: 500, grossPence: 0, vatPence: 0, netPence: 0 },
    { rateBp: 0, grossPence: 450, vatPence: 0, netPence: 450 },
  ],
  discounts: [{ reason: 'Staff meal', count: 1, totalPence: 66 }],
  noSales: 1,
  paidOuts: { count: 1, totalPence: 349, items: [expect.objectContaining({ kind: 'paid_out', amountPence: 349, reason: 'Milk from the corner shop', by: 'Sam Reid' })] },
  lifts: { count: 1, totalPence: 2000 },
  floatPence: 10000,
  // £100 + £19.24 cash taken − £8.60 given back − £3.49 paid out − £20 lifted.
  expectedCashPence: 8715,
  firstReceipt: 1,
  lastReceipt: 6,
};

function zNumbers(t: TestCore): { last_z_number: number } {
  return t.db.prepare("SELECT last_z_number FROM tills WHERE id = 'till-1'").get() as never;
}

describe('the X report', () => {
  it('shows the morning so far to the penny, leaving out practice sales', () => {
    const t = createTillCafe();
    const sessionId = openTill(t);
    aMorning(t);
    t.clock.advance(MINUTE);
    const before = t.snapshot();
    const x = valueOf(t.loginAs('manager').call('cash.xReport', {}));
    expect(x).toEqual({
      kind: 'X',
      number: null,
      tillId: 'till-1',
      cashSessionId: sessionId,
      openedAt: '2030-03-04T09:00:00.000Z',
      openedBy: 'Sam Reid',
      at: '2030-03-04T09:01:00.000Z',
      by: 'Maya Okafor',
      ...morningFigures,
      countedCashPence: null,
      countedByDenomination: null,
      variancePence: null,
      note: null,
    });
    // Reading it writes nothing but the manager's login.
    expect(t.snapshot().tables.cash_sessions).toEqual(before.tables.cash_sessions);
    expect(t.snapshot().tables.z_reports).toEqual([]);
  });

  it('counts only the open session: yesterday’s sales stay on yesterday’s Z report', () => {
    const t = createTillCafe();
    openTill(t);
    recordSale(t, { lines: [menu.coffeeBeans] });
    valueOf(t.loginAs('supervisor').call('cash.close', { countedCounts: { '2000': 5, '500': 1, '100': 1, '50': 1 } }));
    t.clock.advance(MINUTE);
    openTill(t);
    recordSale(t, { lines: [menu.crisps] });
    const x = valueOf(t.loginAs('supervisor').call('cash.xReport', {}));
    expect(x.sales).toEqual({ count: 1, itemsPence: 110, discountPence: 0, grossPence: 110 });
    expect(x).toMatchObject({ firstReceipt: 2, lastReceipt: 2, expectedCashPence: 10110 });
  });

  it('a trainee cannot see it', () => {
    const t = createTillCafe();
    openTill(t);
    expect(errorOf(t.loginAs('trainee').call('cash.xReport', {})).code).toBe('forbidden');
  });
});

describe('closing the till with a Z report', () => {
  it('counts the drawer a pound short: Z report 1 with a variance of −£1.00, frozen as issued', () => {
    const t = createTillCafe();
    const sessionId = openTill(t);
    aMorning(t);
    t.clock.advance(MINUTE);
    const events = captureEvents(t);
    const sam = t.loginAs('supervisor');
    const z = valueOf(sam.call('cash.close', { countedCounts: ONE_POUND_SHORT, note: 'Pound coin under the drawer?' }));

    expect(z).toEqual({
      kind: 'Z',
      number: 1,
      tillId: 'till-1',
      cashSessionId: sessionId,
      openedAt: '2030-03-04T09:00:00.000Z',
      openedBy: 'Sam Reid',
      at: '2030-03-04T09:01:00.000Z',
      by: 'Sam Reid',
      ...morningFigures,
      countedCashPence: 8615,
      countedByDenomination: ONE_POUND_SHORT,
      variancePence: -100,
      note: 'Pound coin under the drawer?',
    });
    expect(t.db.prepare('SELECT closed_at, closed_by_id, counted_pence, counted_counts, z_number FROM cash_sessions WHERE id = ?').get(sessionId)).toEqual({
      closed_at: '2030-03-04T09:01:00.000Z',
      closed_by_id: t.person('supervisor').id,
      counted_pence: 8615,
      counted_counts: JSON.stringify(ONE_POUND_SHORT),
      z_number: 1,
    });
    expect(t.db.prepare('SELECT till_id, number, cash_session_id, at, by_name, net_sales_pence, variance_pence FROM z_reports').all()).toEqual([
      { till_id: 'till-1', number: 1, cash_session_id: sessionId, at: '2030-03-04T09:01:00.000Z', by_name: 'Sam Reid', net_sales_pence: 2134, variance_pence: -100 },
    ]);
    expect(zNumbers(t).last_z_number).toBe(1);
    expect(valueOf(sam.call('cash.zReport', { number: 1 }))).toEqual(z);
    expect(valueOf(sam.call('cash.current', {}))).toBeNull();
    expect(t.lastAudit()).toMatchObject({ action: 'cash.close', outcome: 'done', subject_id: sessionId, summary: 'Closed the till with Z report 1: net sales £21.34, counted £86.15, £1.00 short' });
    expect(events).toContainEqual({ event: 'cash.changed', payload: { open: false } });
  });

  it('numbers Z reports 1, 2, 3 without gaps, lists them newest first, and finds each as issued', () => {
    const t = createTillCafe();
    const issued: TillReport[] = [];
    for (const [i, counted] of [{ '2000': 5 }, { '2000': 5, '100': 4 }, { '2000': 5, '1': 3 }].entries()) {
      openTill(t);
      if (i === 1) recordSale(t, { lines: [menu.coffeeBeans] });
      const sam = t.loginAs('supervisor');
      // A refused close takes no number.
      expect(errorOf(sam.send('cash.close', { countedCounts: { '2000': -1 } })).code).toBe('invalid_input');
      issued.push(valueOf(sam.call('cash.close', { countedCounts: counted })));
      t.clock.advance(MINUTE);
    }
    expect(issued.map((z) => [z.number, z.netSalesPence, z.variancePence])).toEqual([
      [1, 0, 0],
      [2, 650, -650 + 400],
      [3, 0, 3],
    ]);
    const maya = t.loginAs('manager');
    expect(valueOf(maya.call('cash.zReports', {}))).toEqual([
      { number: 3, at: '2030-03-04T09:02:00.000Z', by: 'Sam Reid', netSalesPence: 0, variancePence: 3 },
      { number: 2, at: '2030-03-04T09:01:00.000Z', by: 'Sam Reid', netSalesPence: 650, variancePence: -250 },
      { number: 1, at: '2030-03-04T09:00:00.000Z', by: 'Sam Reid', netSalesPence: 0, variancePence: 0 },
    ]);
    expect(valueOf(maya.call('cash.zReports', { limit: 1 })).map((z) => z.number)).toEqual([3]);
    expect(valueOf(maya.call('cash.zReport', { number: 2 }))).toEqual(issued[1]);
    expect(errorOf(maya.call('cash.zReport', { number: 4 }))).toEqual({ code: 'not_found', message: 'There is no Z report 4 on this till.', field: 'number' });
    expect(errorOf(maya.send('cash.zReport', { number: 0 }))).toMatchObject({ code: 'invalid_input', field: 'number' });
    expect(errorOf(maya.send('cash.zReport', { number: 'two' }))).toMatchObject({ code: 'invalid_input', field: 'number' });
  });

  it('a Z report cannot be changed or deleted, even behind Apron’s back', () => {
    const t = createTillCafe();
    openTill(t);
    valueOf(t.loginAs('supervisor').call('cash.close', { countedCounts: { '2000': 5 } }));
    expect(() => t.db.prepare('UPDATE z_reports SET variance_pence = 0, report = ?').run('{}')).toThrow('a Z report cannot be changed');
    expect(() => t.db.prepare('DELETE FROM z_reports').run()).toThrow('a Z report cannot be deleted');
    expect(t.db.prepare('SELECT number, variance_pence FROM z_reports').all()).toEqual([{ number: 1, variance_pence: 0 }]);
  });

  it('a closed session stays closed: no second close, no sale, and the next float opens a new session', () => {
    const t = createTillCafe();
    const first = openTill(t);
    recordSale(t, { lines: [menu.flatWhite] });
    const sam = t.loginAs('supervisor');
    const z1 = valueOf(sam.call('cash.close', { countedCounts: { '2000': 5, '100': 3, '20': 1 } }));
    const before = tillSnapshot(t);

    expect(errorOf(sam.call('cash.close', { countedCounts: { '2000': 5 } }))).toEqual({ code: 'conflict', message: 'The till is not open: a supervisor counts the float first.' });
    expect(errorOf(sam.call('cash.payOut', { amountPence: 100, reason: 'Milk' })).code).toBe('conflict');
    expect(errorOf(t.loginAs('trainee').call('sales.complete', saleInput(basket('takeaway', [line('prod-flat-white', { optionIds: ['opt-milk-whole'] })]), 320, [{ tender: 'cash', amountPence: 320 }]))).code).toBe('conflict');
    expect(tillSnapshot(t)).toEqual(before);

    const second = valueOf(sam.call('cash.open', { floatCounts: { '2000': 5 } }));
    expect(second.id).not.toBe(first);
    recordSale(t, { lines: [menu.latte] });
    expect(t.db.prepare('SELECT id, closed_at IS NOT NULL AS closed, z_number FROM cash_sessions ORDER BY opened_at, rowid').all()).toEqual([
      { id: first, closed: 1, z_number: 1 },
      { id: second.id, closed: 0, z_number: null },
    ]);
    // Z report 1 still says what it said.
    expect(valueOf(sam.call('cash.zReport', { number: 1 }))).toEqual(z1);
    expect(valueOf(sam.call('cash.xReport', {})).sales.grossPence).toBe(330);
  });

  it('a trainee cannot close the till: refused, audited, nothing changed', () => {
    const t = createTillCafe();
    openTill(t);
    const tom = t.loginAs('trainee');
    const before = tillSnapshot(t);
    expect(errorOf(tom.call('cash.close', { countedCounts: { '2000': 5 } })).code).toBe('forbidden');
    expect(tillSnapshot(t)).toEqual(before);
    expect(t.db.prepare('SELECT count(*) FROM z_reports').pluck().get()).toBe(0);
    expect(t.lastAudit()).toMatchObject({ action: 'cash.close', outcome: 'refused', actor_id: t.person('trainee').id });
  });

  it('closing with no open session is refused and changes nothing', () => {
    const t = createTillCafe();
    const sam = t.loginAs('supervisor');
    const before = t.snapshot();
    expect(errorOf(sam.call('cash.close', { countedCounts: { '2000': 5 } })).code).toBe('conflict');
    expect(t.snapshot()).toEqual(before);
  });

  it.each([
    ['a negative count', { '2000': -1 }, 'countedCounts.2000'],
    ['a count in letters', { '100': 'ten' }, 'countedCounts.100'],
    ['a 3p coin', { '3': 1 }, 'countedCounts.3'],
    ['nothing counted', {}, 'countedCounts'],
  ])('a drawer count with %s is refused, the session stays open and no Z number is taken', (_name, countedCounts, field) => {
    const t = createTillCafe();
    openTill(t);
    const sam = t.loginAs('supervisor');
    const before = t.snapshot();
    expect(errorOf(sam.send('cash.close', { countedCounts }))).toMatchObject({ code: 'invalid_input', field });
    expect(t.snapshot()).toEqual(before);
    expect(zNumbers(t).last_z_number).toBe(0);
  });
});
