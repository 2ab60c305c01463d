import { describe, expect, it } from 'vitest';
import { errorOf, MINUTE, valueOf } from '../testing/testCore.ts';
import { menu, recordReversal, recordSale } from '../testing/cash.ts';
import { captureEvents, createTillCafe, openTill, tillSnapshot } from '../testing/till.ts';

// Cash that moves without a sale: no-sales, pay-outs and lifts. Each needs the till open,
// is kept in cash_movements and audited; money out can never be more than the drawer holds.

function movementRows(t: ReturnType<typeof createTillCafe>) {
  return t.db.prepare('SELECT kind, amount_pence, reason, by_id, by_name, authorised_by_id, cash_session_id FROM cash_movements ORDER BY rowid').all();
}

describe('opening the drawer without a sale', () => {
  it('a supervisor opens the drawer for change, answering for it herself', () => {
    const t = createTillCafe();
    const sessionId = openTill(t);
    const sam = t.person('supervisor');
    const events = captureEvents(t);
    const movement = valueOf(t.loginAs('supervisor').call('cash.noSale', { reason: 'Change for the float bag' }));

    expect(movement).toMatchObject({ kind: 'no_sale', amountPence: 0, reason: 'Change for the float bag', at: '2030-03-04T09:00:00.000Z', by: 'Sam Reid' });
    expect(movementRows(t)).toEqual([{ kind: 'no_sale', amount_pence: 0, reason: 'Change for the float bag', by_id: sam.id, by_name: 'Sam Reid', authorised_by_id: sam.id, cash_session_id: sessionId }]);
    expect(t.lastAudit()).toMatchObject({ action: 'cash.noSale', outcome: 'done', actor_id: sam.id, subject_id: sessionId, summary: 'Opened the drawer without a sale: Change for the float bag' });
    expect(events).toContainEqual({ event: 'cash.changed', payload: { open: true } });
  });

  it('a trainee needs a supervisor: refused and audited alone, done with her authorisation', () => {
    const t = createTillCafe();
    openTill(t);
    const tom = t.loginAs('trainee');
    const sam = t.person('supervisor');
    const before = tillSnapshot(t);

    const refused = errorOf(tom.call('cash.noSale', { reason: 'Customer wants change for the bus' }));
    expect(refused).toMatchObject({ code: 'forbidden', needsAuthorisation: true });
    expect(tillSnapshot(t)).toEqual(before);
    expect(t.lastAudit()).toMatchObject({ action: 'cash.noSale', outcome: 'refused', actor_id: t.person('trainee').id });

    const grant = valueOf(tom.call('auth.authorise', { method: 'cash.noSale', credential: { staffId: sam.id, pin: sam.pin } }));
    valueOf(tom.call('cash.noSale', { reason: 'Customer wants change for the bus' }, grant.token));
    expect(movementRows(t)).toEqual([expect.objectContaining({ by_id: t.person('trainee').id, by_name: 'Tom Walsh', authorised_by_id: sam.id })]);
    expect(t.lastAudit()).toMatchObject({ action: 'cash.noSale', outcome: 'done', actor_id: t.person('trainee').id, authorised_by_id: sam.id, summary: 'Opened the drawer without a sale, authorised by Sam Reid: Customer wants change for the bus' });
  });

  it('needs a reason', () => {
    const t = createTillCafe();
    openTill(t);
    const before = tillSnapshot(t);
    expect(errorOf(t.loginAs('supervisor').send('cash.noSale', { reason: '   ' }))).toMatchObject({ code: 'invalid_input', field: 'reason' });
    expect(tillSnapshot(t)).toEqual(before);
  });
});

describe('paying out and lifting cash', () => {
  it('a supervisor pays £3.49 out for milk and lifts £50 to the safe; both come off the cash expected', () => {
    const t = createTillCafe();
    const sessionId = openTill(t);
    recordSale(t, { lines: [menu.flatWhite, menu.sandwichTakeaway], cashTenderedPence: 1000 });
    const sam = t.loginAs('supervisor');

    expect(valueOf(sam.call('cash.payOut', { amountPence: 349, reason: 'Milk from the corner shop' }))).toMatchObject({ kind: 'paid_out', amountPence: 349, reason: 'Milk from the corner shop', by: 'Sam Reid' });
    t.clock.advance(MINUTE);
    expect(valueOf(sam.call('cash.lift', { amountPence: 5000 }))).toMatchObject({ kind: 'lift', amountPence: 5000, reason: '', at: '2030-03-04T09:01:00.000Z' });
    valueOf(sam.call('cash.lift', { amountPence: 2000, reason: 'Bag 2' }));

    expect(movementRows(t)).toEqual([
      expect.objectContaining({ kind: 'paid_out', amount_pence: 349, authorised_by_id: null, cash_session_id: sessionId }),
      expect.objectContaining({ kind: 'lift', amount_pence: 5000, reason: '' }),
      expect.objectContaining({ kind: 'lift', amount_pence: 2000, reason: 'Bag 2' }),
    ]);
    expect(t.audit().slice(-3).map((a) => a.summary)).toEqual([
      'Paid out £3.49 from the drawer: Milk from the corner shop',
      'Lifted £50.00 from the drawer to the safe',
      'Lifted £20.00 from the drawer to the safe: Bag 2',
    ]);
    const x = valueOf(sam.call('cash.xReport', {}));
    expect(x.paidOuts).toMatchObject({ count: 1, totalPence: 349, items: [{ amountPence: 349, reason: 'Milk from the corner shop', by: 'Sam Reid' }] });
    expect(x.lifts).toEqual({ count: 2, totalPence: 7000 });
    expect(x.expectedCashPence).toBe(10000 + 770 - 349 - 7000);
  });

  it('cannot take out more than the drawer holds: the float and cash taken, less cash refunded', () => {
    const t = createTillCafe();
    openTill(t); // £100
    const sale = recordSale(t, { lines: [menu.coffeeBeans], payments: [{ tender: 'cash', amountPence: 650 }] });
    recordReversal(t, 'refund', sale, { lineNos: [1] }); // £6.50 back in cash
    recordSale(t, { lines: [menu.latte], payments: [{ tender: 'card', amountPence: 330 }] }); // card: not in the drawer
    const sam = t.loginAs('supervisor');
    valueOf(sam.call('cash.payOut', { amountPence: 1000, reason: 'Window cleaner' }));
    const before = tillSnapshot(t);

    expect(errorOf(sam.call('cash.lift', { amountPence: 9001 }))).toEqual({ code: 'invalid_input', message: 'There is only £90.00 in the drawer.', field: 'amountPence' });
    expect(errorOf(sam.call('cash.payOut', { amountPence: 9001, reason: 'Bread' }))).toEqual({ code: 'invalid_input', message: 'There is only £90.00 in the drawer.', field: 'amountPence' });
    expect(tillSnapshot(t)).toEqual(before);
    // Exactly what is there can go.
    valueOf(sam.call('cash.lift', { amountPence: 9000 }));
    expect(valueOf(sam.call('cash.xReport', {})).expectedCashPence).toBe(0);
  });

  it.each([
    ['nothing', 0],
    ['a negative amount', -500],
    ['half a penny', 12.5],
    ['letters', 'five pounds'],
  ])('a pay-out of %s is refused and nothing is written', (_name, amountPence) => {
    const t = createTillCafe();
    openTill(t);
    const sam = t.loginAs('supervisor');
    const before = tillSnapshot(t);
    expect(errorOf(sam.send('cash.payOut', { amountPence, reason: 'Milk' }))).toMatchObject({ code: 'invalid_input', field: 'amountPence' });
    expect(tillSnapshot(t)).toEqual(before);
  });

  it('a trainee cannot pay out or lift, and the refusals are audited', () => {
    const t = createTillCafe();
    openTill(t);
    const tom = t.loginAs('trainee');
    const before = tillSnapshot(t);
    expect(errorOf(tom.call('cash.payOut', { amountPence: 100, reason: 'Milk' })).code).toBe('forbidden');
    expect(errorOf(tom.call('cash.lift', { amountPence: 100 })).code).toBe('forbidden');
    expect(tillSnapshot(t)).toEqual(before);
    expect(t.audit().slice(-2).map((a) => [a.action, a.outcome])).toEqual([['cash.payOut', 'refused'], ['cash.lift', 'refused']]);
  });
});

describe('with the till closed', () => {
  it.each([
    ['cash.noSale', { reason: 'Change' }],
    ['cash.payOut', { amountPence: 100, reason: 'Milk' }],
    ['cash.lift', { amountPence: 100 }],
    ['cash.xReport', {}],
  ])('%s is refused: the float has to be counted first', (method, input) => {
    const t = createTillCafe();
    const sam = t.loginAs('supervisor');
    const before = t.snapshot();
    expect(errorOf(sam.send(method, input))).toEqual({ code: 'conflict', message: 'The till is not open: a supervisor counts the float first.' });
    const after = t.snapshot();
    // A refused write leaves no trace but its own audit line (none for a conflict).
    expect(after.tables).toEqual(before.tables);
  });
});
