import { describe, expect, it } from 'vitest';
import type { Sale } from '../../../shared/contract/index.ts';
import { errorOf, MINUTE, valueOf, type Screen, type TestCore } from '../testing/testCore.ts';
import { basket, captureEvents, createTillCafe, line, openTill, sell, tillSnapshot, workedExample } from '../testing/till.ts';

// Voids and refunds: new journal entries that reverse a sale, linked to it, with a reason
// and a supervisor's authorisation; never more given back than was sold.

function samsPin(t: TestCore) {
  const sam = t.person('supervisor');
  return { staffId: sam.id, pin: sam.pin };
}

/** A morning's first sale, rung up by Tom: the worked example, takeaway, £8.80 in cash. */
function tomSells(t: TestCore): { tom: Screen; sale: Sale } {
  openTill(t);
  const tom = t.loginAs('trainee');
  return { tom, sale: sell(tom, workedExample('takeaway'), 880, [{ tender: 'cash', amountPence: 1000 }]) };
}

const threeFlatWhites = basket('takeaway', [line('prod-flat-white', { quantity: 3, optionIds: ['opt-milk-oat'] }), line('prod-banana')]);

describe('voiding a sale', () => {
  it('a supervisor voids a sale on the day: every line and payment reversed, linked, with the reason', () => {
    const t = createTillCafe();
    const { sale } = tomSells(t);
    const events = captureEvents(t);
    const samScreen = t.loginAs('supervisor');
    const voided = valueOf(samScreen.call('sales.void', { saleId: sale.id, reason: 'Rang up the wrong order' }));
    const sam = t.person('supervisor');

    expect(voided).toMatchObject({
      kind: 'void',
      receiptNumber: 2,
      originalId: sale.id,
      originalReceiptNumber: 1,
      reason: 'Rang up the wrong order',
      operator: { id: sam.id, displayName: 'Sam Reid' },
      authorisedBy: { id: sam.id, displayName: 'Sam Reid' },
      itemsPence: -880,
      totalPence: -880,
      vatPence: -71,
      tenderedPence: -880,
      changePence: 0,
      payments: [{ tender: 'cash', amountPence: -880 }],
    });
    expect(voided.lines.map((l) => [l.name, l.quantity, l.totalPence, l.vatPence])).toEqual([
      ['Flat white', -1, -320, -53],
      ['Cheese sandwich', -1, -450, 0],
      ['Crisps (ready salted)', -1, -110, -18],
    ]);
    expect(t.db.prepare('SELECT original_line_id FROM journal_lines WHERE entry_id = ? ORDER BY line_no').pluck().all(voided.id)).toEqual(sale.lines.map((l) => l.id));

    const original = valueOf(samScreen.call('sales.get', { saleId: sale.id }));
    expect(original.lines.map((l) => l.refundedQuantity)).toEqual([1, 1, 1]);
    expect(original.reversals).toEqual([{ id: voided.id, kind: 'void', receiptNumber: 2, totalPence: -880, at: voided.at }]);
    expect(t.lastAudit()).toMatchObject({ action: 'sales.void', outcome: 'done', actor_id: sam.id, subject_id: sale.id, summary: 'Voided sale 1 (£8.80, back in cash) as receipt 2: Rang up the wrong order' });
    expect(events).toContainEqual({ event: 'sale.completed', payload: { saleId: voided.id, kind: 'void', receiptNumber: 2, practice: false } });
  });

  it('a trainee cannot void without a supervisor: refused, audited, and the journal unchanged', () => {
    const t = createTillCafe();
    const { tom, sale } = tomSells(t);
    const before = tillSnapshot(t);
    expect(errorOf(tom.call('sales.void', { saleId: sale.id, reason: 'Customer changed their mind' }))).toEqual({
      code: 'forbidden',
      needsAuthorisation: true,
      message: 'Tom Walsh, this needs a supervisor or manager. Ask a supervisor to authorise it.',
    });
    expect(tillSnapshot(t)).toEqual(before);
    expect(t.lastAudit()).toMatchObject({ action: 'sales.void', outcome: 'refused', actor_id: t.person('trainee').id, authorised_by_id: null });
  });

  it('with a supervisor’s PIN the trainee voids it, and the void names both', () => {
    const t = createTillCafe();
    const { tom, sale } = tomSells(t);
    const grant = valueOf(tom.call('auth.authorise', { method: 'sales.void', credential: samsPin(t) }));
    const voided = valueOf(tom.call('sales.void', { saleId: sale.id, reason: 'Customer changed their mind' }, grant.token));
    expect(voided.operator.displayName).toBe('Tom Walsh');
    expect(voided.authorisedBy?.displayName).toBe('Sam Reid');
    expect(t.lastAudit()).toMatchObject({ action: 'sales.void', outcome: 'done', actor_role: 'trainee', authorised_by_name: 'Sam Reid' });
  });

  it('a wrong supervisor PIN authorises nothing and leaves the journal unchanged', () => {
    const t = createTillCafe();
    const { tom, sale } = tomSells(t);
    const before = tillSnapshot(t);
    const wrong = errorOf(tom.call('auth.authorise', { method: 'sales.void', credential: { staffId: t.person('supervisor').id, pin: '11112222' } }));
    expect(wrong).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('That PIN is not right') as unknown as string });
    expect(errorOf(tom.call('sales.void', { saleId: sale.id, reason: 'Trying anyway' })).code).toBe('forbidden');
    expect(tillSnapshot(t)).toEqual(before);
  });

  it('only a sale of today, not yet voided or refunded, and not a refund, can be voided', () => {
    const t = createTillCafe();
    const { tom, sale } = tomSells(t);
    const second = sell(tom, workedExample('eat_in'), 880);
    const sam = t.loginAs('supervisor');
    valueOf(sam.call('sales.void', { saleId: sale.id, reason: 'Wrong order' }));
    const refund = valueOf(sam.call('sales.refund', { saleId: second.id, lines: [{ lineId: second.lines[0]?.id ?? '', quantity: 1 }], to: 'original', reason: 'Spilt' }));
    const before = tillSnapshot(t);
    expect(errorOf(sam.call('sales.void', { saleId: sale.id, reason: 'Again' }))).toEqual({ code: 'conflict', field: 'saleId', message: 'Sale 1 has already been voided.' });
    expect(errorOf(sam.call('sales.void', { saleId: second.id, reason: 'Again' }))).toEqual({ code: 'conflict', field: 'saleId', message: 'Sale 2 has had a refund: refund what is left instead of voiding it.' });
    expect(errorOf(sam.call('sales.void', { saleId: refund.id, reason: 'Undo' }))).toEqual({ code: 'conflict', field: 'saleId', message: 'That is a refund: only a sale can be voided.' });
    expect(errorOf(sam.call('sales.void', { saleId: 'no-such-sale', reason: 'Undo' }))).toMatchObject({ code: 'not_found', field: 'saleId' });
    expect(tillSnapshot(t)).toEqual(before);
  });

  it('yesterday’s sale cannot be voided, only refunded: the café day is London’s, not UTC’s', () => {
    const t = createTillCafe();
    // 23:30 in London on 4 August 2030 (BST) is 22:30 UTC
    t.clock.set(new Date('2030-08-04T22:30:00.000Z'), true);
    const { sale } = tomSells(t);
    // 40 minutes later it is still 4 August in UTC, but 00:10 on 5 August in London: the next café day
    t.clock.set(new Date('2030-08-04T23:10:00.000Z'), true);
    const sam = t.loginAs('supervisor');
    const before = tillSnapshot(t);
    expect(errorOf(sam.call('sales.void', { saleId: sale.id, reason: 'Wrong order' }))).toEqual({
      code: 'conflict',
      field: 'saleId',
      message: "Sale 1 was made on 4 August: only today's sales can be voided. Refund it instead.",
    });
    expect(tillSnapshot(t)).toEqual(before);
  });

  it('a void needs the till open: the money goes back out of the drawer', () => {
    const t = createTillCafe();
    const { sale } = tomSells(t);
    t.db.prepare('UPDATE cash_sessions SET closed_at = ? WHERE closed_at IS NULL').run(t.clock.now().toISOString());
    const sam = t.loginAs('supervisor');
    const before = tillSnapshot(t);
    expect(errorOf(sam.call('sales.void', { saleId: sale.id, reason: 'Wrong order' }))).toEqual({ code: 'conflict', message: 'The till is not open yet: a supervisor counts the float first.' });
    expect(tillSnapshot(t)).toEqual(before);
  });

  it('a sale at 00:30 London time in summer (23:30 UTC the day before) can be voided that morning', () => {
    const t = createTillCafe();
    t.clock.set(new Date('2030-08-04T23:30:00.000Z'), true);
    const { sale } = tomSells(t);
    t.clock.set(new Date('2030-08-05T08:00:00.000Z'), true);
    expect(valueOf(t.loginAs('supervisor').call('sales.void', { saleId: sale.id, reason: 'Wrong order' })).kind).toBe('void');
  });
});

describe('refunding', () => {
  it('some of a line, back to the card it was paid with, never more than is left', () => {
    const t = createTillCafe();
    openTill(t);
    const tom = t.loginAs('trainee');
    // 3 × flat white with oat milk (3.50) + banana 0.60 = £11.10 on card
    const sale = sell(tom, threeFlatWhites, 1110, [{ tender: 'card', amountPence: 1110 }]);
    const flatWhite = sale.lines[0]?.id ?? '';
    const sam = t.loginAs('supervisor');

    const one = valueOf(sam.call('sales.refund', { saleId: sale.id, lines: [{ lineId: flatWhite, quantity: 1 }], to: 'original', reason: 'Cold coffee' }));
    expect(one).toMatchObject({ kind: 'refund', receiptNumber: 2, originalReceiptNumber: 1, totalPence: -350, vatPence: -58, payments: [{ tender: 'card', amountPence: -350 }], reason: 'Cold coffee' });
    expect(one.lines).toMatchObject([{ name: 'Flat white', quantity: -1, unitPence: 350, totalPence: -350 }]);
    expect(t.lastAudit()).toMatchObject({ action: 'sales.refund', outcome: 'done', summary: 'Refunded £3.50 of sale 1 (1 × Flat white), back in card, as receipt 2: Cold coffee' });

    const before = tillSnapshot(t);
    expect(errorOf(sam.call('sales.refund', { saleId: sale.id, lines: [{ lineId: flatWhite, quantity: 3 }], to: 'original', reason: 'Cold coffee' }))).toEqual({
      code: 'invalid_input',
      field: 'lines.0.quantity',
      message: 'Only 2 of Flat white are left to refund.',
    });
    expect(tillSnapshot(t)).toEqual(before);

    valueOf(sam.call('sales.refund', { saleId: sale.id, lines: [{ lineId: flatWhite, quantity: 1 }], to: 'original', reason: 'Cold coffee' }));
    expect(errorOf(sam.call('sales.refund', { saleId: sale.id, lines: [{ lineId: flatWhite, quantity: 2 }], to: 'original', reason: 'Cold coffee' }))).toEqual({
      code: 'invalid_input',
      field: 'lines.0.quantity',
      message: 'Only 1 of Flat white is left to refund.',
    });
    valueOf(sam.call('sales.refund', { saleId: sale.id, lines: [{ lineId: flatWhite, quantity: 1 }], to: 'cash', reason: 'Cold coffee' }));
    expect(errorOf(sam.call('sales.refund', { saleId: sale.id, lines: [{ lineId: flatWhite, quantity: 1 }], to: 'cash', reason: 'Cold coffee' }))).toMatchObject({
      field: 'lines.0.quantity',
      message: 'All of Flat white has already been refunded.',
    });
    const after = valueOf(sam.call('sales.get', { saleId: sale.id }));
    expect(after.lines.map((l) => l.refundedQuantity)).toEqual([3, 0]);
    expect(after.reversals.map((r) => [r.kind, r.receiptNumber, r.totalPence])).toEqual([
      ['refund', 2, -350],
      ['refund', 3, -350],
      ['refund', 4, -350],
    ]);
  });

  it('the pennies settle: three discounted coffees refunded one by one give back exactly what was paid, and its VAT', () => {
    const t = createTillCafe();
    openTill(t);
    const order = basket('takeaway', [line('prod-flat-white', { quantity: 3, optionIds: ['opt-milk-whole'], discount: { kind: 'percent', value: 10, reasonId: 'reason-volunteer' } })], {
      kind: 'fixed',
      value: 7,
      reasonId: 'reason-complaint',
    });
    // 960 less 96 less 7 = 857, VAT 143 (10.7% off: Sam's own sale, within a supervisor's limit)
    const sale = sell(t.loginAs('supervisor'), order, 857);
    expect(sale.vatPence).toBe(143);
    const sam = t.loginAs('supervisor');
    const lineId = sale.lines[0]?.id ?? '';
    const refunds = [1, 2, 3].map(() => valueOf(sam.call('sales.refund', { saleId: sale.id, lines: [{ lineId, quantity: 1 }], to: 'original', reason: 'Too strong' })));
    expect(refunds.map((r) => r.totalPence)).toEqual([-286, -285, -286]);
    expect(refunds.reduce((a, r) => a + r.totalPence, 0)).toBe(-857);
    expect(refunds.reduce((a, r) => a + r.vatPence, 0)).toBe(-143);
    expect(refunds.reduce((a, r) => a + r.discountPence, 0)).toBe(-103);
    expect(t.db.prepare("SELECT sum(total_pence) AS total, sum(vat_pence) AS vat FROM journal_lines WHERE original_line_id = ?").get(lineId)).toEqual({ total: -857, vat: -143 });
  });

  it('a split sale refunded in full goes back to the card first and the rest in cash', () => {
    const t = createTillCafe();
    openTill(t);
    const sale = sell(t.loginAs('trainee'), workedExample('eat_in'), 880, [{ tender: 'card', amountPence: 500 }, { tender: 'cash', amountPence: 500 }]);
    const sam = t.loginAs('supervisor');
    const first = valueOf(sam.call('sales.refund', { saleId: sale.id, lines: [{ lineId: sale.lines[1]?.id ?? '', quantity: 1 }], to: 'original', reason: 'Stale bread' }));
    expect(first.payments).toEqual([{ tender: 'card', amountPence: -450 }]);
    const rest = valueOf(sam.call('sales.refund', { saleId: sale.id, lines: [{ lineId: sale.lines[0]?.id ?? '', quantity: 1 }, { lineId: sale.lines[2]?.id ?? '', quantity: 1 }], to: 'original', reason: 'Whole order wrong' }));
    expect(rest.payments).toEqual([{ tender: 'card', amountPence: -50 }, { tender: 'cash', amountPence: -380 }]);
    expect(rest.totalPence).toBe(-430);
  });

  it('a refund asked for in cash is all cash, even for a card sale', () => {
    const t = createTillCafe();
    openTill(t);
    const sale = sell(t.loginAs('trainee'), workedExample('takeaway'), 880, [{ tender: 'card', amountPence: 880 }]);
    const refund = valueOf(t.loginAs('supervisor').call('sales.refund', { saleId: sale.id, lines: [{ lineId: sale.lines[2]?.id ?? '', quantity: 1 }], to: 'cash', reason: 'Card machine down' }));
    expect(refund.payments).toEqual([{ tender: 'cash', amountPence: -110 }]);
  });

  it('refunding a refund is refused, and so is refunding a voided sale', () => {
    const t = createTillCafe();
    const { tom, sale } = tomSells(t);
    const second = sell(tom, workedExample('takeaway'), 880);
    const sam = t.loginAs('supervisor');
    const refund = valueOf(sam.call('sales.refund', { saleId: sale.id, lines: [{ lineId: sale.lines[0]?.id ?? '', quantity: 1 }], to: 'original', reason: 'Cold' }));
    valueOf(sam.call('sales.void', { saleId: second.id, reason: 'Wrong order' }));
    const before = tillSnapshot(t);
    expect(errorOf(sam.call('sales.refund', { saleId: refund.id, lines: [{ lineId: refund.lines[0]?.id ?? '', quantity: 1 }], to: 'original', reason: 'Undo' }))).toEqual({
      code: 'conflict',
      field: 'saleId',
      message: 'That is a refund: only a sale can be refunded.',
    });
    expect(errorOf(sam.call('sales.refund', { saleId: second.id, lines: [{ lineId: second.lines[0]?.id ?? '', quantity: 1 }], to: 'original', reason: 'Cold' }))).toEqual({
      code: 'conflict',
      field: 'saleId',
      message: 'Sale 2 was voided: there is nothing left to refund.',
    });
    expect(tillSnapshot(t)).toEqual(before);
  });

  it('an item not on the sale, or the same item twice, is refused naming it', () => {
    const t = createTillCafe();
    const { sale } = tomSells(t);
    const sam = t.loginAs('supervisor');
    const before = tillSnapshot(t);
    const lineId = sale.lines[0]?.id ?? '';
    expect(errorOf(sam.call('sales.refund', { saleId: sale.id, lines: [{ lineId, quantity: 1 }, { lineId: 'line-elsewhere', quantity: 1 }], to: 'original', reason: 'Cold' }))).toMatchObject({ code: 'not_found', field: 'lines.1.lineId' });
    expect(errorOf(sam.call('sales.refund', { saleId: sale.id, lines: [{ lineId, quantity: 1 }, { lineId, quantity: 1 }], to: 'original', reason: 'Cold' }))).toMatchObject({ code: 'invalid_input', field: 'lines.1.lineId' });
    expect(tillSnapshot(t)).toEqual(before);
  });

  it('a trainee cannot refund without a supervisor; the refusal is audited', () => {
    const t = createTillCafe();
    const { tom, sale } = tomSells(t);
    const before = tillSnapshot(t);
    const refund = { saleId: sale.id, lines: [{ lineId: sale.lines[0]?.id ?? '', quantity: 1 }], to: 'original' as const, reason: 'Cold' };
    expect(errorOf(tom.call('sales.refund', refund))).toMatchObject({ code: 'forbidden', needsAuthorisation: true });
    expect(t.lastAudit()).toMatchObject({ action: 'sales.refund', outcome: 'refused', actor_role: 'trainee' });
    expect(tillSnapshot(t)).toEqual(before);
    const grant = valueOf(tom.call('auth.authorise', { method: 'sales.refund', credential: samsPin(t) }));
    expect(valueOf(tom.call('sales.refund', refund, grant.token)).authorisedBy?.displayName).toBe('Sam Reid');
  });

  it('a refund days later goes in that day’s cash session', () => {
    const t = createTillCafe();
    const { sale } = tomSells(t);
    t.db.prepare("UPDATE cash_sessions SET closed_at = ? WHERE closed_at IS NULL").run(t.clock.now().toISOString());
    t.clock.advance(3 * 24 * 60 * MINUTE);
    const sam = t.loginAs('supervisor');
    const refund = { saleId: sale.id, lines: [{ lineId: sale.lines[0]?.id ?? '', quantity: 1 }], to: 'original' as const, reason: 'Cold' };
    const before = tillSnapshot(t);
    expect(errorOf(sam.call('sales.refund', refund))).toEqual({ code: 'conflict', message: 'The till is not open yet: a supervisor counts the float first.' });
    expect(tillSnapshot(t)).toEqual(before);
    const today = openTill(t);
    expect(valueOf(sam.call('sales.refund', refund)).cashSessionId).toBe(today);
  });
});
