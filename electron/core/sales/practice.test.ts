import { describe, expect, it } from 'vitest';
import { errorOf, valueOf } from '../testing/testCore.ts';
import { basket, captureEvents, createTillCafe, line, openTill, saleInput, sell, tillRow, tillSnapshot, workedExample } from '../testing/till.ts';

// Practice mode: trainees ring up pretend orders that never reach takings, cash, numbering
// or the journal, and a supervisor reviews them.

describe('practice mode', () => {
  it('a trainee switches the till to practice; every screen hears of it', () => {
    const t = createTillCafe();
    const tom = t.loginAs('trainee');
    const events = captureEvents(t);
    expect(valueOf(tom.call('till.state', {}))).toEqual({ tillId: 'till-1', tillName: 'Till 1', practice: false, discountLimits: { trainee: 10, supervisor: 50, manager: 100 } });
    expect(valueOf(tom.call('till.setPractice', { practice: true })).practice).toBe(true);
    expect(events).toEqual([{ event: 'till.changed', payload: { practice: true } }]);
    expect(t.lastAudit()).toMatchObject({ action: 'till.setPractice', outcome: 'done', actor_role: 'trainee', summary: 'Switched the till to practice' });
    expect(valueOf(t.loginAs('supervisor').call('till.state', {})).practice).toBe(true);
  });

  it('practice sales leave the journal, the receipt numbers and the cash untouched, and need no open till', () => {
    const t = createTillCafe();
    const tom = t.loginAs('trainee');
    valueOf(tom.call('till.setPractice', { practice: true }));
    const before = tillSnapshot(t);
    const events = captureEvents(t);

    const sale = sell(tom, workedExample('takeaway'), 880, [{ tender: 'cash', amountPence: 1000 }]);
    expect(sale).toMatchObject({ practice: true, receiptNumber: null, cashSessionId: null, totalPence: 880, vatPence: 71, changePence: 120 });
    sell(tom, workedExample('eat_in'), 880, [{ tender: 'card', amountPence: 880 }]);

    const after = tillSnapshot(t);
    for (const table of ['journal', 'journal_lines', 'journal_payments', 'tills', 'cash_sessions', 'cash_movements', 'held_orders']) expect(after[table], table).toEqual(before[table]);
    expect(t.count('practice_sales')).toBe(2);
    expect(tillRow(t)).toEqual({ practice: 1, last_receipt_number: 0, last_hash: '' });
    expect(events).toContainEqual({ event: 'sale.completed', payload: { saleId: sale.id, kind: 'sale', receiptNumber: null, practice: true } });
    expect(t.lastAudit()).toMatchObject({ action: 'sales.complete', subject_type: 'practiceSale', summary: 'Practice sale: £8.80 card' });
    expect(valueOf(tom.call('sales.get', { saleId: sale.id }))).toEqual(sale);
    expect(valueOf(tom.call('sales.find', {})).sales).toEqual([]);
  });

  it('the first real sale after practice is receipt 1', () => {
    const t = createTillCafe();
    const tom = t.loginAs('trainee');
    valueOf(tom.call('till.setPractice', { practice: true }));
    sell(tom, workedExample('takeaway'), 880);
    sell(tom, workedExample('takeaway'), 880);
    valueOf(tom.call('till.setPractice', { practice: false }));
    expect(t.lastAudit().summary).toBe('Switched practice off: sales are real again');
    openTill(t);
    expect(sell(t.loginAs('trainee'), workedExample('takeaway'), 880).receiptNumber).toBe(1);
  });

  it('a practice sale is checked like a real one, and a double tap still makes one', () => {
    const t = createTillCafe();
    const tom = t.loginAs('trainee');
    valueOf(tom.call('till.setPractice', { practice: true }));
    const before = t.snapshot();
    expect(errorOf(tom.call('sales.complete', saleInput(workedExample('takeaway'), 880, [{ tender: 'cash', amountPence: 500 }]))).message).toBe('The payments do not cover the total: £3.80 still to pay.');
    expect(errorOf(tom.call('sales.complete', saleInput(basket('takeaway', [line('prod-americano')], { kind: 'percent', value: 50, reasonId: 'reason-staff-meal' }), 130, [{ tender: 'cash', amountPence: 130 }])))).toMatchObject({ code: 'forbidden', needsAuthorisation: true });
    expect(t.snapshot().tables.practice_sales).toEqual(before.tables.practice_sales);
    const input = saleInput(workedExample('takeaway'), 880, [{ tender: 'cash', amountPence: 880 }]);
    const first = valueOf(tom.call('sales.complete', input));
    expect(valueOf(tom.call('sales.complete', input))).toEqual(first);
    expect(t.count('practice_sales')).toBe(1);
  });

  it('a real sale cannot be voided or refunded while the till is in practice', () => {
    const t = createTillCafe();
    openTill(t);
    const sale = sell(t.loginAs('trainee'), workedExample('takeaway'), 880);
    const sam = t.loginAs('supervisor');
    valueOf(sam.call('till.setPractice', { practice: true }));
    const before = tillSnapshot(t);
    expect(errorOf(sam.call('sales.void', { saleId: sale.id, reason: 'Practising' }))).toEqual({ code: 'conflict', message: 'The till is in practice mode: switch practice off to void a real sale.' });
    expect(errorOf(sam.call('sales.refund', { saleId: sale.id, lines: [{ lineId: sale.lines[0]?.id ?? '', quantity: 1 }], to: 'cash', reason: 'Practising' })).code).toBe('conflict');
    expect(tillSnapshot(t)).toEqual(before);
  });
});

describe('a supervisor reviews practice', () => {
  it('counts each trainee’s practice sales, how many were reviewed and how many were right', () => {
    const t = createTillCafe();
    const tom = t.loginAs('trainee');
    valueOf(tom.call('till.setPractice', { practice: true }));
    const a = sell(tom, workedExample('takeaway'), 880);
    t.clock.advance(60_000);
    const b = sell(tom, basket('eat_in', [line('prod-tea')]), 180);
    t.clock.advance(60_000);
    const c = sell(t.loginAs('supervisor'), basket('eat_in', [line('prod-scone')]), 275);

    const samScreen = t.loginAs('supervisor');
    expect(valueOf(samScreen.call('practice.mark', { saleId: a.id, review: 'right' }))).toEqual({ saleId: a.id, review: 'right' });
    expect(t.lastAudit()).toMatchObject({ action: 'practice.mark', summary: "Marked Tom Walsh's practice sale of £8.80 right" });
    valueOf(samScreen.call('practice.mark', { saleId: b.id, review: 'wrong' }));
    expect(t.lastAudit().summary).toBe("Marked Tom Walsh's practice sale of £1.80 as needing more practice");

    const review = valueOf(samScreen.call('practice.review', {}));
    expect(review.people).toEqual([
      { staffId: t.person('supervisor').id, displayName: 'Sam Reid', sales: 1, reviewed: 0, right: 0, lastAt: c.at },
      { staffId: t.person('trainee').id, displayName: 'Tom Walsh', sales: 2, reviewed: 2, right: 1, lastAt: b.at },
    ]);
    expect(review.sales.map((s) => [s.id, s.review])).toEqual([
      [c.id, null],
      [b.id, 'wrong'],
      [a.id, 'right'],
    ]);
    const tomsOnly = valueOf(samScreen.call('practice.review', { staffId: t.person('trainee').id, from: b.at }));
    expect(tomsOnly.sales.map((s) => s.id)).toEqual([b.id]);
    expect(tomsOnly.people).toMatchObject([{ displayName: 'Tom Walsh', sales: 1 }]);
  });

  it('a trainee cannot mark practice, and a sale that is not practice cannot be marked', () => {
    const t = createTillCafe();
    const tom = t.loginAs('trainee');
    expect(errorOf(tom.call('practice.review', {})).code).toBe('forbidden');
    expect(errorOf(tom.call('practice.mark', { saleId: 'x', review: 'right' })).code).toBe('forbidden');
    expect(errorOf(t.loginAs('supervisor').call('practice.mark', { saleId: 'not-a-practice-sale', review: 'right' }))).toMatchObject({ code: 'not_found', field: 'saleId' });
  });
});
