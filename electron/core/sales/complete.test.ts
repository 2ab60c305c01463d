import { describe, expect, it } from 'vitest';
import { errorOf, valueOf } from '../testing/testCore.ts';
import {
  basket,
  captureEvents,
  createTillCafe,
  journalRows,
  line,
  openTill,
  saleInput,
  sell,
  tillRow,
  tillSnapshot,
  workedExample,
} from '../testing/till.ts';

// Completing a sale through the dispatcher on a real database: the worked VAT example, the
// payments, the faults a busy counter produces, and a double tap on "Pay".

describe('a trainee sells the worked example of the VAT notes', () => {
  it('taken away: £8.80 with 71p VAT, paid with a £10 note, £1.20 change', () => {
    const t = createTillCafe();
    const session = openTill(t);
    const events = captureEvents(t);
    const tom = t.loginAs('trainee');
    const sale = sell(tom, workedExample('takeaway'), 880, [{ tender: 'cash', amountPence: 1000 }]);

    expect(sale).toMatchObject({
      kind: 'sale',
      receiptNumber: 1,
      practice: false,
      tillId: 'till-1',
      orderType: 'takeaway',
      operator: { id: t.person('trainee').id, displayName: 'Tom Walsh' },
      authorisedBy: null,
      shiftId: null,
      cashSessionId: session,
      itemsPence: 880,
      discountPence: 0,
      totalPence: 880,
      vatPence: 71,
      tenderedPence: 1000,
      changePence: 120,
      payments: [{ tender: 'cash', amountPence: 880 }],
      vatByRate: [
        { rateBp: 2000, grossPence: 430, vatPence: 71, netPence: 359 },
        { rateBp: 0, grossPence: 450, vatPence: 0, netPence: 450 },
      ],
    });
    expect(sale.lines.map((l) => [l.name, l.totalPence, l.vatRateBp, l.vatPence])).toEqual([
      ['Flat white', 320, 2000, 53],
      ['Cheese sandwich', 450, 0, 0],
      ['Crisps (ready salted)', 110, 2000, 18],
    ]);
    expect(sale.lines[0]?.modifiers).toEqual([{ optionId: 'opt-milk-whole', groupName: 'Milk', name: 'Whole milk', priceDeltaPence: 0 }]);

    // as stored: the name, price and VAT as sold, the time on each line, and what stays in the drawer
    expect(t.db.prepare('SELECT name, unit_pence, total_pence, vat_rate_bp, vat_pence, at FROM journal_lines ORDER BY line_no').all()).toEqual([
      { name: 'Flat white', unit_pence: 320, total_pence: 320, vat_rate_bp: 2000, vat_pence: 53, at: '2030-03-04T09:00:00.000Z' },
      { name: 'Cheese sandwich', unit_pence: 450, total_pence: 450, vat_rate_bp: 0, vat_pence: 0, at: '2030-03-04T09:00:00.000Z' },
      { name: 'Crisps (ready salted)', unit_pence: 110, total_pence: 110, vat_rate_bp: 2000, vat_pence: 18, at: '2030-03-04T09:00:00.000Z' },
    ]);
    expect(t.db.prepare('SELECT tender, amount_pence FROM journal_payments').all()).toEqual([{ tender: 'cash', amount_pence: 880 }]);
    expect(t.db.prepare('SELECT tendered_pence, change_pence, cash_session_id, shift_id FROM journal').get()).toEqual({ tendered_pence: 1000, change_pence: 120, cash_session_id: session, shift_id: null });
    expect(t.lastAudit()).toMatchObject({ action: 'sales.complete', outcome: 'done', subject_type: 'sale', subject_id: sale.id, summary: 'Sale 1: £8.80 cash' });
    expect(events).toContainEqual({ event: 'sale.completed', payload: { saleId: sale.id, kind: 'sale', receiptNumber: 1, practice: false } });
    expect(valueOf(tom.call('sales.get', { saleId: sale.id }))).toEqual(sale);
  });

  it('eaten in: the sandwich is standard-rated too, VAT £1.46', () => {
    const t = createTillCafe();
    openTill(t);
    const sale = sell(t.loginAs('trainee'), workedExample('eat_in'), 880, [{ tender: 'card', amountPence: 880 }]);
    expect(sale.vatPence).toBe(146);
    expect(sale.lines.map((l) => l.vatPence)).toEqual([53, 75, 18]);
    expect(sale.vatByRate).toEqual([{ rateBp: 2000, grossPence: 880, vatPence: 146, netPence: 734 }]);
    expect(sale.payments).toEqual([{ tender: 'card', amountPence: 880 }]);
    expect(t.lastAudit().summary).toBe('Sale 1: £8.80 card');
  });
});

describe('choices, open prices and payments', () => {
  it('oat milk, a large size and an extra shot are charged; the cake of the day at the price typed', () => {
    const t = createTillCafe();
    openTill(t);
    const order = basket('takeaway', [
      line('prod-latte', { quantity: 2, optionIds: ['opt-milk-oat', 'opt-size-large', 'opt-extra-shot'] }),
      line('prod-cake-of-the-day', { openPricePence: 350 }),
    ]);
    // latte 330 + 30 + 50 + 50 = 460, × 2 = 920; cake 350 (zero-rated to take away)
    const sale = sell(t.loginAs('trainee'), order, 1270, [{ tender: 'card', amountPence: 1000 }, { tender: 'cash', amountPence: 500 }]);
    expect(sale.lines.map((l) => [l.name, l.quantity, l.unitPence, l.totalPence])).toEqual([
      ['Latte', 2, 460, 920],
      ['Cake of the day', 1, 350, 350],
    ]);
    expect(sale.payments).toEqual([{ tender: 'card', amountPence: 1000 }, { tender: 'cash', amountPence: 270 }]);
    expect(sale).toMatchObject({ tenderedPence: 1500, changePence: 230, vatPence: 153 });
    expect(t.lastAudit().summary).toBe('Sale 1: £12.70 card and cash');
  });

  it('a staff meal at 100% off takes no payment', () => {
    const t = createTillCafe();
    openTill(t);
    const meal = basket('eat_in', [line('prod-soup')], { kind: 'percent', value: 100, reasonId: 'reason-staff-meal' });
    const sale = sell(t.loginAs('manager'), meal, 0, []);
    expect(sale).toMatchObject({ totalPence: 0, discountPence: 450, payments: [], vatPence: 0 });
    expect(t.db.prepare('SELECT discount_reason, order_discount_pence FROM journal_lines').get()).toEqual({ discount_reason: 'Staff meal', order_discount_pence: 450 });
  });
});

describe('bad input and faults leave the journal as it was', () => {
  function cafeWithOneSale() {
    const t = createTillCafe();
    openTill(t);
    const tom = t.loginAs('trainee');
    sell(tom, workedExample('takeaway'), 880);
    return { t, tom };
  }

  it('an empty basket', () => {
    const { t, tom } = cafeWithOneSale();
    const before = t.snapshot();
    expect(errorOf(tom.call('sales.complete', saleInput(basket('takeaway', []), 0, [])))).toEqual({ code: 'invalid_input', field: 'basket.lines', message: 'The basket is empty: add something first.' });
    expect(t.snapshot()).toEqual(before);
  });

  it('a negative, a fractional or a huge quantity', () => {
    const { t, tom } = cafeWithOneSale();
    const before = t.snapshot();
    for (const [quantity, message] of [
      [-1, 'The quantity must be at least 1.'],
      [0, 'The quantity must be at least 1.'],
      [1.5, 'The quantity must be a whole number.'],
      [100000, 'The quantity can be at most 99.'],
    ] as const) {
      const bad = saleInput(basket('takeaway', [line('prod-tea', { quantity })]), 180, [{ tender: 'cash', amountPence: 180 }]);
      expect(errorOf(tom.send('sales.complete', bad)), String(quantity)).toEqual({ code: 'invalid_input', field: 'basket.lines.0.quantity', message });
    }
    expect(t.snapshot()).toEqual(before);
  });

  it('the cake of the day typed above its highest price', () => {
    const { t, tom } = cafeWithOneSale();
    const before = t.snapshot();
    const cake = basket('takeaway', [line('prod-tea'), line('prod-cake-of-the-day', { openPricePence: 450 })]);
    expect(errorOf(tom.call('sales.complete', saleInput(cake, 630, [{ tender: 'cash', amountPence: 630 }])))).toEqual({
      code: 'invalid_input',
      field: 'basket.lines.1.openPricePence',
      message: 'Cake of the day can be at most £4.00.',
    });
    const noPrice = basket('takeaway', [line('prod-cake-of-the-day')]);
    expect(errorOf(tom.call('sales.complete', saleInput(noPrice, 300, [{ tender: 'cash', amountPence: 300 }])))).toMatchObject({ code: 'invalid_input', field: 'basket.lines.0.openPricePence' });
    expect(t.snapshot()).toEqual(before);
  });

  it('a missing milk choice, a choice from another product, and a product off sale each name their line', () => {
    const { t, tom } = cafeWithOneSale();
    valueOf(t.loginAs('manager').call('catalogue.saveProduct', { id: 'prod-banana', name: 'Banana', categoryId: 'cat-food', pricePence: 60, vatClass: 'cold_takeaway_zero', active: false }));
    const before = t.snapshot();
    const noMilk = basket('takeaway', [line('prod-tea'), line('prod-flat-white')]);
    expect(errorOf(tom.call('sales.complete', saleInput(noMilk, 500, [{ tender: 'cash', amountPence: 500 }])))).toEqual({ code: 'invalid_input', field: 'basket.lines.1.optionIds', message: 'Choose milk for Flat white.' });
    const wrongChoice = basket('takeaway', [line('prod-tea', { optionIds: ['opt-extra-shot'] })]);
    expect(errorOf(tom.call('sales.complete', saleInput(wrongChoice, 230, [{ tender: 'cash', amountPence: 230 }])))).toMatchObject({ code: 'invalid_input', field: 'basket.lines.0.optionIds' });
    const offSale = basket('takeaway', [line('prod-banana')]);
    expect(errorOf(tom.call('sales.complete', saleInput(offSale, 60, [{ tender: 'cash', amountPence: 60 }])))).toMatchObject({ code: 'not_found', field: 'basket.lines.0.productId' });
    expect(t.snapshot()).toEqual(before);
  });

  it('a payment that does not cover the total', () => {
    const { t, tom } = cafeWithOneSale();
    const before = t.snapshot();
    expect(errorOf(tom.call('sales.complete', saleInput(workedExample('takeaway'), 880, [{ tender: 'card', amountPence: 500 }, { tender: 'cash', amountPence: 200 }])))).toEqual({
      code: 'invalid_input',
      field: 'payments',
      message: 'The payments do not cover the total: £1.80 still to pay.',
    });
    expect(errorOf(tom.call('sales.complete', saleInput(workedExample('takeaway'), 880, [{ tender: 'card', amountPence: 900 }])))).toMatchObject({ code: 'invalid_input', field: 'payments.0.amountPence' });
    expect(t.snapshot()).toEqual(before);
  });

  it('a total that is not what the screen showed (a price changed meanwhile) stops the sale', () => {
    const { t, tom } = cafeWithOneSale();
    const before = t.snapshot();
    expect(errorOf(tom.call('sales.complete', saleInput(workedExample('takeaway'), 800, [{ tender: 'cash', amountPence: 1000 }])))).toEqual({
      code: 'conflict',
      field: 'expectedTotalPence',
      message: 'Prices changed since the basket was made: check the total and pay again.',
    });
    expect(t.snapshot()).toEqual(before);
  });

  it('no sale before a supervisor has counted the float', () => {
    const t = createTillCafe();
    const tom = t.loginAs('trainee');
    const before = t.snapshot();
    expect(errorOf(tom.call('sales.complete', saleInput(workedExample('takeaway'), 880, [{ tender: 'cash', amountPence: 880 }])))).toEqual({
      code: 'conflict',
      message: 'The till is not open yet: a supervisor counts the float first.',
    });
    expect(t.snapshot()).toEqual(before);
  });

  it('a sale that fails half-way through writing takes no receipt number: the numbers stay gapless', () => {
    const { t, tom } = cafeWithOneSale();
    // The disk refuses the sale's posting after the till's receipt number and hash had moved on.
    t.db.exec("CREATE TEMP TRIGGER card_row_fails BEFORE INSERT ON main.sale_postings WHEN NEW.body LIKE '%\"tender\":\"card\"%' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
    const before = tillSnapshot(t);
    expect(errorOf(tom.call('sales.complete', saleInput(workedExample('takeaway'), 880, [{ tender: 'card', amountPence: 880 }]))).code).toBe('internal');
    expect(tillSnapshot(t)).toEqual(before);
    expect(t.logger.errors).toHaveLength(1);
    t.db.exec('DROP TRIGGER temp.card_row_fails');
    sell(tom, workedExample('takeaway'), 880, [{ tender: 'card', amountPence: 880 }]);
    expect(journalRows(t).map((r) => r.receipt_number)).toEqual([1, 2]);
    expect(tillRow(t).last_receipt_number).toBe(2);
  });
});

describe('a double tap on Pay', () => {
  it('completes exactly one sale: the second tap gets the first sale back', () => {
    const t = createTillCafe();
    openTill(t);
    const tom = t.loginAs('trainee');
    const events = captureEvents(t);
    const input = saleInput(workedExample('takeaway'), 880, [{ tender: 'cash', amountPence: 2000 }]);
    const first = valueOf(tom.call('sales.complete', input));
    const journal = tillSnapshot(t);
    const second = valueOf(tom.call('sales.complete', input));
    expect(second).toEqual(first);
    expect(tillSnapshot(t)).toEqual(journal);
    expect(t.count('journal')).toBe(1);
    expect(events.filter((e) => e.event === 'sale.completed')).toHaveLength(1);
    expect(t.lastAudit()).toMatchObject({ action: 'sales.complete', outcome: 'done', subject_id: first.id, summary: 'Sale 1 was already complete: the repeated tap changed nothing' });
  });

  it('a different basket under a used reference is refused, not sold as the first', () => {
    const t = createTillCafe();
    openTill(t);
    const tom = t.loginAs('trainee');
    const input = saleInput(workedExample('takeaway'), 880, [{ tender: 'cash', amountPence: 880 }]);
    valueOf(tom.call('sales.complete', input));
    const before = t.snapshot();
    const other = { ...input, basket: basket('takeaway', [line('prod-tea')]), expectedTotalPence: 180, payments: [{ tender: 'cash' as const, amountPence: 180 }] };
    expect(errorOf(tom.call('sales.complete', other))).toMatchObject({ code: 'conflict', field: 'clientRef' });
    expect(t.snapshot()).toEqual(before);
  });
});

describe('a price change never changes a finished sale', () => {
  it('the flat white sold at £3.20 stays £3.20 and keeps its name after the manager changes both', () => {
    const t = createTillCafe();
    openTill(t);
    const tom = t.loginAs('trainee');
    const sold = sell(tom, workedExample('takeaway'), 880);
    valueOf(t.loginAs('manager').call('catalogue.saveProduct', { id: 'prod-flat-white', name: 'Flat white (8oz)', categoryId: 'cat-hot-drinks', pricePence: 350, vatClass: 'standard', modifierGroupIds: ['group-milk'] }));
    const later = valueOf(tom.call('sales.get', { saleId: sold.id }));
    expect(later.lines[0]).toMatchObject({ name: 'Flat white', unitPence: 320, totalPence: 320, vatPence: 53 });
    expect(later.totalPence).toBe(880);
    // the screen still showing the old total is told, and the new price is charged once it pays again
    const before = t.snapshot();
    expect(errorOf(tom.call('sales.complete', saleInput(workedExample('takeaway'), 880, [{ tender: 'cash', amountPence: 880 }]))).field).toBe('expectedTotalPence');
    expect(t.snapshot()).toEqual(before);
    expect(sell(tom, workedExample('takeaway'), 910).lines[0]).toMatchObject({ name: 'Flat white (8oz)', unitPence: 350 });
  });
});

describe('discount limits', () => {
  const coffees = (percent: number) => basket('takeaway', [line('prod-americano', { quantity: 2 })], { kind: 'percent', value: percent, reasonId: 'reason-concession' });

  it('a trainee gives 10% off without asking anyone', () => {
    const t = createTillCafe();
    openTill(t);
    const sale = sell(t.loginAs('trainee'), coffees(10), 468);
    expect(sale).toMatchObject({ discountPence: 52, authorisedBy: null });
    expect(t.lastAudit().summary).toBe('Sale 1: £4.68 cash, £0.52 off');
  });

  it('20% off needs a supervisor: refused and audited, then authorised by Sam and recorded on the sale', () => {
    const t = createTillCafe();
    openTill(t);
    const tom = t.loginAs('trainee');
    const before = tillSnapshot(t);
    expect(errorOf(tom.call('sales.complete', saleInput(coffees(20), 416, [{ tender: 'cash', amountPence: 416 }])))).toEqual({
      code: 'forbidden',
      needsAuthorisation: true,
      message: 'A discount of 20% is more than Tom Walsh can give (10%): a supervisor must authorise the discount.',
    });
    expect(tillSnapshot(t)).toEqual(before);
    expect(t.lastAudit()).toMatchObject({ action: 'sales.complete', outcome: 'refused', actor_role: 'trainee' });

    const sam = t.person('supervisor');
    const grant = valueOf(tom.call('auth.authorise', { method: 'sales.complete', credential: { staffId: sam.id, pin: sam.pin } }));
    const sale = sell(tom, coffees(20), 416, undefined, grant.token);
    expect(sale.authorisedBy).toEqual({ id: sam.id, displayName: 'Sam Reid' });
    expect(t.db.prepare('SELECT authorised_by_id, authorised_by_name FROM journal').get()).toEqual({ authorised_by_id: sam.id, authorised_by_name: 'Sam Reid' });
    expect(t.lastAudit()).toMatchObject({ action: 'sales.complete', outcome: 'done', authorised_by_name: 'Sam Reid', summary: 'Sale 1: £4.16 cash, £1.04 off authorised by Sam Reid' });
  });

  it('beyond the supervisor’s limit only a manager can authorise', () => {
    const t = createTillCafe();
    openTill(t);
    const tom = t.loginAs('trainee');
    const sam = t.person('supervisor');
    const maya = t.person('manager');
    const bySam = valueOf(tom.call('auth.authorise', { method: 'sales.complete', credential: { staffId: sam.id, pin: sam.pin } }));
    expect(errorOf(tom.call('sales.complete', saleInput(coffees(60), 208, [{ tender: 'cash', amountPence: 208 }]), bySam.token))).toMatchObject({ code: 'forbidden', needsAuthorisation: true, message: expect.stringContaining('a manager must authorise') as unknown as string });
    expect(t.count('journal')).toBe(0);
    const byMaya = valueOf(tom.call('auth.authorise', { method: 'sales.complete', credential: { badge: maya.badge } }));
    expect(sell(tom, coffees(60), 208, undefined, byMaya.token).authorisedBy?.displayName).toBe('Maya Okafor');
  });

  it('the manager sets the limits; a supervisor’s own sale within 50% needs nobody', () => {
    const t = createTillCafe();
    openTill(t);
    const maya = t.loginAs('manager');
    const events = captureEvents(t);
    expect(valueOf(maya.call('till.setDiscountLimits', { trainee: 25, supervisor: 50, manager: 100 })).discountLimits).toEqual({ trainee: 25, supervisor: 50, manager: 100 });
    expect(events).toEqual([{ event: 'till.changed', payload: { practice: false } }]);
    expect(t.lastAudit().summary).toBe('Set the discount limits: trainee 25%, supervisor 50%, manager 100%');
    expect(sell(t.loginAs('trainee'), coffees(20), 416).authorisedBy).toBeNull();
    expect(sell(t.loginAs('supervisor'), coffees(50), 260).authorisedBy).toBeNull();
    expect(errorOf(maya.call('till.setDiscountLimits', { trainee: 60, supervisor: 50, manager: 100 }))).toMatchObject({ code: 'invalid_input', field: 'supervisor' });
    expect(errorOf(t.loginAs('supervisor').call('till.setDiscountLimits', { trainee: 50, supervisor: 50, manager: 100 })).code).toBe('forbidden');
  });
});

describe('held orders', () => {
  it('a basket is parked with a label, listed, and picked up again', () => {
    const t = createTillCafe();
    const tom = t.loginAs('trainee');
    const held = valueOf(tom.call('sales.hold', { label: 'Table 4', basket: workedExample('eat_in') }));
    expect(held).toMatchObject({ label: 'Table 4', heldBy: 'Tom Walsh', at: '2030-03-04T09:00:00.000Z' });
    expect(held.basket).toEqual(workedExample('eat_in'));
    expect(t.lastAudit().summary).toBe('Held Table 4: 3 items, £8.80');
    expect(valueOf(t.loginAs('supervisor').call('sales.listHeld', {}))).toEqual([held]);
    expect(valueOf(tom.call('sales.resumeHeld', { heldOrderId: held.id }))).toEqual(held);
    expect(valueOf(tom.call('sales.listHeld', {}))).toEqual([]);
    expect(errorOf(tom.call('sales.resumeHeld', { heldOrderId: held.id }))).toEqual({ code: 'not_found', field: 'heldOrderId', message: 'That order has already been picked up.' });
  });

  it('a basket that could not be sold is not held', () => {
    const t = createTillCafe();
    const tom = t.loginAs('trainee');
    const before = t.snapshot();
    expect(errorOf(tom.call('sales.hold', { label: 'Table 2', basket: basket('eat_in', [line('prod-flat-white')]) }))).toMatchObject({ code: 'invalid_input', field: 'basket.lines.0.optionIds' });
    expect(t.snapshot()).toEqual(before);
  });

  it('selling a held order takes it off the list; selling it twice is refused', () => {
    const t = createTillCafe();
    openTill(t);
    const tom = t.loginAs('trainee');
    const held = valueOf(tom.call('sales.hold', { label: 'Jo', basket: workedExample('takeaway') }));
    sell(tom, workedExample('takeaway'), 880, undefined);
    valueOf(tom.call('sales.complete', saleInput(workedExample('takeaway'), 880, [{ tender: 'cash', amountPence: 880 }], { heldOrderId: held.id })));
    expect(t.count('held_orders')).toBe(0);
    const before = t.snapshot();
    expect(errorOf(tom.call('sales.complete', saleInput(workedExample('takeaway'), 880, [{ tender: 'cash', amountPence: 880 }], { heldOrderId: held.id })))).toEqual({
      code: 'not_found',
      field: 'heldOrderId',
      message: 'That held order has already been picked up or sold.',
    });
    expect(t.snapshot()).toEqual(before);
  });
});
