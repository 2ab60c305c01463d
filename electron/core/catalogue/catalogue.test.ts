import { describe, expect, it } from 'vitest';
import { sampleCatalogue } from '../cafe/sample.ts';
import { handles } from '../db/handles.ts';
import { errorOf, TestCore, valueOf } from '../testing/testCore.ts';
import { basket, createTillCafe, line, openTill, saleInput, sell } from '../testing/till.ts';
import { checkBarcode } from '../../../shared/till/barcode.ts';
import type { DiscountReason, ModifierGroup, Product } from '../../../shared/contract/index.ts';
import type { BasketDraft } from '../../../shared/till/basket.ts';
import type { CatalogueIndex } from '../../../shared/till/pricing.ts';
import type { ReadDb } from '../db/handles.ts';
import { findProductRow, groupIdsOf, indexForBasket, readGroup, readReason, toProduct } from './rows.ts';

const espresso = { name: 'Decaf espresso', categoryId: 'cat-hot-drinks', pricePence: 210, vatClass: 'standard' } as const;

describe('the menu the till shows', () => {
  it('a trainee sees the categories and products on sale, in their order, with the choices and discount reasons', () => {
    const t = createTillCafe();
    const menu = valueOf(t.loginAs('trainee').call('catalogue.get', {}));
    expect(menu.categories.map((c) => c.name)).toEqual(['Hot drinks', 'Cold drinks', 'Food', 'Cakes', 'Snacks']);
    expect(menu.products).toHaveLength(sampleCatalogue.products.length);
    expect(menu.products.slice(0, 3).map((p) => p.name)).toEqual(['Espresso', 'Americano', 'Flat white']);
    expect(menu.products.find((p) => p.id === 'prod-flat-white')).toEqual({
      id: 'prod-flat-white',
      name: 'Flat white',
      categoryId: 'cat-hot-drinks',
      pricePence: 320,
      vatClass: 'standard',
      barcode: null,
      icon: '☕',
      openPrice: false,
      maxPricePence: null,
      modifierGroupIds: ['group-milk', 'group-extra-shot'],
      position: 2,
      active: true,
    });
    expect(menu.products.find((p) => p.name === 'Cake of the day')).toMatchObject({ openPrice: true, pricePence: 300, maxPricePence: 400, vatClass: 'cold_takeaway_zero' });
    expect(menu.modifierGroups.find((g) => g.id === 'group-milk')).toEqual({
      id: 'group-milk',
      name: 'Milk',
      minChoices: 1,
      maxChoices: 1,
      options: [
        { id: 'opt-milk-whole', name: 'Whole milk', priceDeltaPence: 0, position: 0 },
        { id: 'opt-milk-semi', name: 'Semi-skimmed', priceDeltaPence: 0, position: 1 },
        { id: 'opt-milk-oat', name: 'Oat milk', priceDeltaPence: 30, position: 2 },
        { id: 'opt-milk-soya', name: 'Soya milk', priceDeltaPence: 30, position: 3 },
      ],
    });
    expect(menu.discountReasons.map((r) => r.name)).toEqual(['Staff meal', 'Concession', 'Volunteer', 'Complaint']);
  });

  it('the sample café comes with the sample menu, ready to sell', () => {
    const t = new TestCore();
    const counter = t.screen();
    valueOf(counter.call('cafe.loadSample', {}));
    const tom = valueOf(counter.call('auth.loginTiles', {})).find((tile) => tile.displayName === 'Tom Trainee');
    valueOf(counter.call('auth.loginWithPin', { staffId: tom?.id ?? '', pin: '3333' }));
    const menu = valueOf(counter.call('catalogue.get', {}));
    expect(menu.categories.map((c) => c.name)).toEqual(['Hot drinks', 'Cold drinks', 'Food', 'Cakes', 'Snacks']);
    expect(menu.products.map((p) => p.id)).toEqual(sampleCatalogue.products.map((p) => p.id));
    expect(menu.modifierGroups.map((g) => g.name)).toEqual(['Extra shot', 'Milk', 'Size']);
    expect(valueOf(counter.call('catalogue.findBarcode', { barcode: '5012345000015' })).name).toBe('Cola (can)');
  });

  it('every packaged item in the sample menu has a barcode with a good check digit, and nothing else has one', () => {
    for (const p of sampleCatalogue.products) {
      if (p.barcode) expect(checkBarcode(p.barcode), p.name).toEqual({ ok: true, code: p.barcode });
    }
    expect(sampleCatalogue.products.filter((p) => p.barcode).map((p) => p.name).sort()).toEqual(
      ['Chocolate bar', 'Coffee beans 250g', 'Cola (can)', 'Crisps (cheese and onion)', 'Crisps (ready salted)', 'Orange juice', 'Still water'].sort(),
    );
  });

  it('a category taken off sale hides its products from the till, but the manager still sees them', () => {
    const t = createTillCafe();
    const maya = t.loginAs('manager');
    valueOf(maya.call('catalogue.saveCategory', { id: 'cat-cakes', name: 'Cakes', colour: '#be185d', position: 4, active: false }));
    expect(t.lastAudit()).toMatchObject({ action: 'catalogue.saveCategory', outcome: 'done', summary: 'Changed the category Cakes: taken off sale' });
    const till = valueOf(t.loginAs('trainee').call('catalogue.get', {}));
    expect(till.categories.map((c) => c.name)).not.toContain('Cakes');
    expect(till.products.map((p) => p.name)).not.toContain('Flapjack');
    const office = valueOf(maya.call('catalogue.get', { includeInactive: true }));
    expect(office.categories.find((c) => c.id === 'cat-cakes')?.active).toBe(false);
    expect(office.products.find((p) => p.id === 'prod-flapjack')?.active).toBe(true);
  });
});

describe('a manager keeps the catalogue', () => {
  it('adds a category and a product, and the audit says what in plain words', () => {
    const t = createTillCafe();
    const maya = t.loginAs('manager');
    const category = valueOf(maya.call('catalogue.saveCategory', { name: 'Breakfast', colour: '#0f766e', position: 6 }));
    expect(category).toEqual({ id: expect.any(String) as string, name: 'Breakfast', colour: '#0f766e', position: 6, active: true });
    expect(t.lastAudit()).toMatchObject({ action: 'catalogue.saveCategory', subject_id: category.id, summary: 'Added the category Breakfast' });

    const porridge = valueOf(maya.call('catalogue.saveProduct', { name: 'Porridge', categoryId: category.id, pricePence: 350, vatClass: 'standard', icon: '🥣' }));
    expect(porridge).toEqual({
      id: expect.any(String) as string,
      name: 'Porridge',
      categoryId: category.id,
      pricePence: 350,
      vatClass: 'standard',
      barcode: null,
      icon: '🥣',
      openPrice: false,
      maxPricePence: null,
      modifierGroupIds: [],
      position: 0,
      active: true,
    });
    expect(t.lastAudit()).toMatchObject({ action: 'catalogue.saveProduct', subject_type: 'product', subject_id: porridge.id, summary: 'Added Porridge at £3.50' });
    expect(valueOf(t.loginAs('trainee').call('catalogue.get', {})).products.map((p) => p.name)).toContain('Porridge');
  });

  it('a price change is audited with the old and new price', () => {
    const t = createTillCafe();
    const maya = t.loginAs('manager');
    const flatWhite = valueOf(maya.call('catalogue.get', {})).products.find((p) => p.id === 'prod-flat-white');
    valueOf(maya.call('catalogue.saveProduct', { ...flatWhite, pricePence: 340 } as never));
    expect(t.lastAudit()).toMatchObject({ action: 'catalogue.saveProduct', subject_id: 'prod-flat-white', summary: 'Changed Flat white: price from £3.20 to £3.40' });
  });

  it('replaces the choice groups of a product', () => {
    const t = createTillCafe();
    const maya = t.loginAs('manager');
    const saved = valueOf(maya.call('catalogue.saveProduct', { id: 'prod-tea', name: 'Pot of tea', categoryId: 'cat-hot-drinks', pricePence: 180, vatClass: 'standard', modifierGroupIds: ['group-size', 'group-milk'] }));
    expect(saved.modifierGroupIds).toEqual(['group-size', 'group-milk']);
    valueOf(maya.call('catalogue.saveProduct', { id: 'prod-tea', name: 'Pot of tea', categoryId: 'cat-hot-drinks', pricePence: 180, vatClass: 'standard', modifierGroupIds: ['group-milk'] }));
    expect(t.db.prepare("SELECT group_id FROM product_modifier_groups WHERE product_id = 'prod-tea'").pluck().all()).toEqual(['group-milk']);
  });

  it('a product in a category that does not exist is refused on the category, and nothing is written', () => {
    const t = createTillCafe();
    const maya = t.loginAs('manager');
    const before = t.snapshot();
    expect(errorOf(maya.call('catalogue.saveProduct', { ...espresso, categoryId: 'cat-gone' }))).toEqual({
      code: 'not_found',
      field: 'categoryId',
      message: 'That category is no longer in the catalogue: choose another.',
    });
    expect(t.snapshot()).toEqual(before);
  });

  it('a barcode belongs to one product only', () => {
    const t = createTillCafe();
    const maya = t.loginAs('manager');
    const before = t.snapshot();
    expect(errorOf(maya.call('catalogue.saveProduct', { ...espresso, barcode: '5012345000015' }))).toEqual({
      code: 'conflict',
      field: 'barcode',
      message: 'That barcode already belongs to Cola (can).',
    });
    expect(t.snapshot()).toEqual(before);
    // the can itself keeps its own barcode when saved again
    valueOf(maya.call('catalogue.saveProduct', { id: 'prod-cola', name: 'Cola (can)', categoryId: 'cat-cold-drinks', pricePence: 130, vatClass: 'standard', barcode: '5012345000015' }));
  });

  it('a choice group that does not exist is refused, naming the one on the list', () => {
    const t = createTillCafe();
    const maya = t.loginAs('manager');
    const before = t.snapshot();
    expect(errorOf(maya.call('catalogue.saveProduct', { ...espresso, modifierGroupIds: ['group-extra-shot', 'group-syrup'] }))).toMatchObject({ code: 'not_found', field: 'modifierGroupIds.1' });
    expect(errorOf(maya.call('catalogue.saveProduct', { ...espresso, modifierGroupIds: ['group-extra-shot', 'group-extra-shot'] }))).toMatchObject({ code: 'invalid_input', field: 'modifierGroupIds.1' });
    expect(t.snapshot()).toEqual(before);
  });

  it('saving under an id the café does not have is refused', () => {
    const t = createTillCafe();
    const maya = t.loginAs('manager');
    expect(errorOf(maya.call('catalogue.saveProduct', { ...espresso, id: 'prod-made-up' }))).toMatchObject({ code: 'not_found', field: 'id' });
    expect(errorOf(maya.call('catalogue.saveCategory', { id: 'cat-made-up', name: 'Ghosts', colour: '#000000' }))).toMatchObject({ code: 'not_found', field: 'id' });
  });

  it('a trainee cannot change a price, and the attempt is audited', () => {
    const t = createTillCafe();
    const tom = t.loginAs('trainee');
    const before = t.count('audit_log');
    expect(errorOf(tom.call('catalogue.saveProduct', { ...espresso, id: 'prod-espresso', pricePence: 1 })).code).toBe('forbidden');
    expect(t.db.prepare("SELECT price_pence FROM products WHERE id = 'prod-espresso'").pluck().get()).toBe(200);
    expect(t.count('audit_log')).toBe(before + 1);
    expect(t.lastAudit()).toMatchObject({ action: 'catalogue.saveProduct', outcome: 'refused', actor_role: 'trainee' });
  });
});

describe('choice groups', () => {
  it('options are updated by id, new ones get ids, and ones left off are switched off rather than deleted', () => {
    const t = createTillCafe();
    const maya = t.loginAs('manager');
    const milk = valueOf(maya.call('catalogue.saveModifierGroup', {
      id: 'group-milk',
      name: 'Milk',
      minChoices: 1,
      maxChoices: 1,
      options: [
        { id: 'opt-milk-whole', name: 'Whole milk', priceDeltaPence: 0 },
        { id: 'opt-milk-oat', name: 'Oat milk', priceDeltaPence: 40 },
        { name: 'Almond milk', priceDeltaPence: 40 },
      ],
    }));
    expect(milk.options.map((o) => [o.name, o.priceDeltaPence, o.position])).toEqual([
      ['Whole milk', 0, 0],
      ['Oat milk', 40, 1],
      ['Almond milk', 40, 2],
    ]);
    expect(milk.options[2]?.id).toMatch(/.+/);
    expect(t.db.prepare("SELECT id, active FROM modifier_options WHERE group_id = 'group-milk' AND active = 0 ORDER BY id").all()).toEqual([
      { id: 'opt-milk-semi', active: 0 },
      { id: 'opt-milk-soya', active: 0 },
    ]);
    expect(t.lastAudit()).toMatchObject({
      action: 'catalogue.saveModifierGroup',
      summary: 'Changed the choice group Milk: Whole milk, Oat milk +£0.40, Almond milk +£0.40; switched off Semi-skimmed, Soya milk',
    });
    // the till no longer offers the switched-off ones
    const menu = valueOf(t.loginAs('trainee').call('catalogue.get', {}));
    expect(menu.modifierGroups.find((g) => g.id === 'group-milk')?.options.map((o) => o.name)).toEqual(['Whole milk', 'Oat milk', 'Almond milk']);
  });

  it('a switched-off option comes back when it is on the list again', () => {
    const t = createTillCafe();
    const maya = t.loginAs('manager');
    const base = { id: 'group-size', name: 'Size', minChoices: 0, maxChoices: 1 };
    valueOf(maya.call('catalogue.saveModifierGroup', { ...base, options: [{ id: 'opt-size-regular', name: 'Regular', priceDeltaPence: 0 }] }));
    const back = valueOf(maya.call('catalogue.saveModifierGroup', { ...base, options: [{ id: 'opt-size-regular', name: 'Regular', priceDeltaPence: 0 }, { id: 'opt-size-large', name: 'Large', priceDeltaPence: 60 }] }));
    expect(back.options.map((o) => o.id)).toEqual(['opt-size-regular', 'opt-size-large']);
  });

  it('an option of another group cannot be moved in by id', () => {
    const t = createTillCafe();
    const maya = t.loginAs('manager');
    const before = t.snapshot();
    expect(errorOf(maya.call('catalogue.saveModifierGroup', { id: 'group-size', name: 'Size', minChoices: 0, maxChoices: 1, options: [{ id: 'opt-milk-oat', name: 'Oat', priceDeltaPence: 0 }] }))).toMatchObject({
      code: 'not_found',
      field: 'options.0.id',
    });
    expect(t.snapshot()).toEqual(before);
  });

  it('a new group gets ids for itself and its options', () => {
    const t = createTillCafe();
    const maya = t.loginAs('manager');
    const syrup = valueOf(maya.call('catalogue.saveModifierGroup', { name: 'Syrup', minChoices: 0, maxChoices: 2, options: [{ name: 'Vanilla', priceDeltaPence: 40 }, { name: 'Caramel', priceDeltaPence: 40 }] }));
    expect(syrup).toMatchObject({ name: 'Syrup', minChoices: 0, maxChoices: 2 });
    expect(syrup.options.map((o) => o.name)).toEqual(['Vanilla', 'Caramel']);
    expect(t.lastAudit().summary).toBe('Added the choice group Syrup: Vanilla +£0.40, Caramel +£0.40');
  });
});

describe('discount reasons', () => {
  it('a manager adds a reason and takes one out of use; the till lists only those in use', () => {
    const t = createTillCafe();
    const maya = t.loginAs('manager');
    const added = valueOf(maya.call('catalogue.saveDiscountReason', { name: 'Loyalty card' }));
    expect(added).toEqual({ id: expect.any(String) as string, name: 'Loyalty card', active: true });
    valueOf(maya.call('catalogue.saveDiscountReason', { id: 'reason-volunteer', name: 'Volunteer', active: false }));
    expect(t.lastAudit().summary).toBe('Changed the discount reason Volunteer: taken out of use');
    const till = valueOf(t.loginAs('trainee').call('catalogue.get', {}));
    expect(till.discountReasons.map((r) => r.name)).toEqual(['Staff meal', 'Concession', 'Complaint', 'Loyalty card']);
    expect(valueOf(maya.call('catalogue.get', { includeInactive: true })).discountReasons.map((r) => r.name)).toContain('Volunteer');
  });
});

describe('barcodes at the till', () => {
  it('a scanned barcode finds its product', () => {
    const t = createTillCafe();
    const tom = t.loginAs('trainee');
    expect(valueOf(tom.call('catalogue.findBarcode', { barcode: '5012345000046' }))).toMatchObject({ id: 'prod-crisps-ready-salted', name: 'Crisps (ready salted)', pricePence: 110 });
    expect(valueOf(tom.call('catalogue.findBarcode', { barcode: ' 5012345000046 ' })).id).toBe('prod-crisps-ready-salted');
  });

  it('a barcode nobody has is not found, saying which', () => {
    const t = createTillCafe();
    expect(errorOf(t.loginAs('trainee').call('catalogue.findBarcode', { barcode: '5012345678900' }))).toEqual({
      code: 'not_found',
      field: 'barcode',
      message: 'No product has the barcode 5012345678900.',
    });
  });

  it('a barcode with a bad check digit is a misread, and says to scan again', () => {
    const t = createTillCafe();
    const tom = t.loginAs('trainee');
    const before = t.snapshot();
    expect(errorOf(tom.call('catalogue.findBarcode', { barcode: '5012345000047' }))).toEqual({
      code: 'invalid_input',
      field: 'barcode',
      message: 'That barcode did not read properly (its last number does not match): scan it again.',
    });
    expect(t.snapshot()).toEqual(before);
  });

  it('a product taken off sale is not sold by its barcode', () => {
    const t = createTillCafe();
    valueOf(t.loginAs('manager').call('catalogue.saveProduct', { id: 'prod-cola', name: 'Cola (can)', categoryId: 'cat-cold-drinks', pricePence: 120, vatClass: 'standard', barcode: '5012345000015', active: false }));
    expect(errorOf(t.loginAs('trainee').call('catalogue.findBarcode', { barcode: '5012345000015' }))).toEqual({ code: 'not_found', field: 'barcode', message: 'Cola (can) is not on sale at the moment.' });
  });
});

describe('the catalogue a sale is priced from', () => {
  it('holds only the products, choice groups and reasons the basket names', () => {
    const t = createTillCafe();
    const { read } = handles(t.db);
    const index = indexForBasket(
      read,
      basket('takeaway', [line('prod-latte', { optionIds: ['opt-milk-oat'], discount: { kind: 'percent', value: 10, reasonId: 'reason-staff-meal' } }), line('prod-banana'), line('prod-gone')], { kind: 'fixed', value: 20, reasonId: 'reason-complaint' }),
    );
    expect([...index.products.keys()]).toEqual(['prod-latte', 'prod-banana']);
    expect([...index.groups.keys()]).toEqual(['group-milk', 'group-size', 'group-extra-shot']);
    expect([...index.reasons.keys()]).toEqual(['reason-staff-meal', 'reason-complaint']);
  });

  it('is priced at the new price by the very next sale, whether the manager changed it or someone edited the row behind Apron’s back', () => {
    const t = createTillCafe();
    openTill(t);
    const tom = t.loginAs('trainee');
    const banana = (): ReturnType<typeof basket> => basket('takeaway', [line('prod-banana')]);
    expect(sell(tom, banana(), 60).totalPence).toBe(60);

    valueOf(t.loginAs('manager').call('catalogue.saveProduct', { id: 'prod-banana', name: 'Banana', categoryId: 'cat-food', pricePence: 70, vatClass: 'cold_takeaway_zero' }));
    // The screen still showing the old price is refused, not charged differently.
    expect(errorOf(tom.call('sales.complete', saleInput(banana(), 60, [{ tender: 'cash', amountPence: 100 }]))).field).toBe('expectedTotalPence');
    expect(sell(tom, banana(), 70).totalPence).toBe(70);

    t.db.prepare("UPDATE products SET price_pence = 80 WHERE id = 'prod-banana'").run();
    expect(sell(tom, banana(), 80).totalPence).toBe(80);
    t.db.prepare("UPDATE categories SET active = 0 WHERE id = 'cat-food'").run();
    expect(errorOf(tom.call('sales.complete', saleInput(banana(), 80, [{ tender: 'cash', amountPence: 100 }]))).field).toBe('basket.lines.0.productId');
  });

  /** The index read row by row by primary key, as indexForBasket did before it kept the catalogue in memory. */
  function indexReadRowByRow(db: ReadDb, draft: BasketDraft): CatalogueIndex {
    const products = new Map<string, Product>();
    const groups = new Map<string, ModifierGroup>();
    const reasons = new Map<string, DiscountReason>();
    const addReason = (id: string | undefined): void => {
      const reason = id === undefined || reasons.has(id) ? undefined : readReason(db, id);
      if (id !== undefined && reason) reasons.set(id, reason);
    };
    for (const l of draft.lines) {
      addReason(l.discount?.reasonId);
      if (products.has(l.productId)) continue;
      const row = findProductRow(db, l.productId);
      if (!row) continue;
      const groupIds = groupIdsOf(db, row.id);
      products.set(row.id, toProduct(row, groupIds, 'onSale'));
      for (const groupId of groupIds) {
        const group = groups.has(groupId) ? undefined : readGroup(db, groupId);
        if (group) groups.set(groupId, group);
      }
    }
    addReason(draft.orderDiscount?.reasonId);
    return { products, groups, reasons };
  }

  // Entries in order: the Maps' order is part of the answer (choices are checked in it).
  const entriesOf = (index: CatalogueIndex) => ({ products: [...index.products], groups: [...index.groups], reasons: [...index.reasons] });

  it('kept in memory, answers every basket exactly as reading its rows one by one does, odd rows included', () => {
    const t = createTillCafe();
    const { read } = handles(t.db);
    // Rows the screens cannot make: options tied on position (and on name), a switched-off
    // option, groups linked at the same position, a category switched off, a product whose
    // category has gone (foreign keys off, as someone editing the file might), a product off sale.
    t.db.exec(`
      INSERT INTO modifier_groups (id, name, min_choices, max_choices, updated_at) VALUES ('group-syrup', 'Syrup', 0, 2, 'x');
      INSERT INTO modifier_options (id, group_id, name, price_delta_pence, position) VALUES
        ('opt-syrup-b', 'group-syrup', 'Vanilla', 30, 1), ('opt-syrup-a', 'group-syrup', 'Vanilla', 40, 1),
        ('opt-syrup-c', 'group-syrup', 'Caramel', 30, 1), ('opt-syrup-d', 'group-syrup', 'Hazelnut', 30, 0);
      INSERT INTO modifier_options (id, group_id, name, price_delta_pence, position, active) VALUES ('opt-syrup-off', 'group-syrup', 'Mint', 30, 0, 0);
      INSERT INTO product_modifier_groups (product_id, group_id, position) VALUES ('prod-mocha', 'group-syrup', 0), ('prod-tea', 'group-syrup', 0);
      UPDATE categories SET active = 0 WHERE id = 'cat-snacks';
      UPDATE products SET active = 0 WHERE id = 'prod-scone';
      UPDATE discount_reasons SET active = 0 WHERE id = 'reason-volunteer';
      PRAGMA foreign_keys = OFF;
      INSERT INTO products (id, name, category_id, price_pence, vat_class, updated_at) VALUES ('prod-orphan', 'Orphan', 'cat-gone', 100, 'standard', 'x');
      PRAGMA foreign_keys = ON;
    `);
    const allProducts = t.db.prepare<[], string>('SELECT id FROM products ORDER BY id DESC').pluck().all();
    const staff = { kind: 'percent', value: 10, reasonId: 'reason-staff-meal' } as const;
    const baskets = [
      basket('takeaway', []),
      basket('eat_in', allProducts.map((id) => line(id))),
      basket('eat_in', [line('prod-mocha'), line('prod-tea', { discount: staff }), line('prod-mocha', { discount: { ...staff, reasonId: 'reason-volunteer' } })], { kind: 'fixed', value: 20, reasonId: 'reason-staff-meal' }),
      basket('takeaway', [line('prod-gone', { discount: { ...staff, reasonId: 'reason-gone' } }), line('prod-orphan'), line('prod-crisps-cheese-onion'), line('prod-scone')], { kind: 'fixed', value: 5, reasonId: 'reason-gone' }),
      basket('takeaway', [line('prod-latte'), line('prod-flat-white'), line('prod-cappuccino')], { kind: 'fixed', value: 5, reasonId: 'reason-complaint' }),
    ];
    for (const draft of baskets) {
      const expected = entriesOf(indexReadRowByRow(read, draft));
      expect(entriesOf(indexForBasket(read, draft))).toEqual(expected);
      // and again, from memory
      expect(entriesOf(indexForBasket(read, draft))).toEqual(expected);
    }
    const mocha = indexForBasket(read, baskets[2] as BasketDraft);
    expect(mocha.groups.get('group-syrup')?.options.map((o) => o.id)).toEqual(['opt-syrup-d', 'opt-syrup-c', 'opt-syrup-b', 'opt-syrup-a']);
    expect(indexForBasket(read, basket('takeaway', [line('prod-orphan')])).products.get('prod-orphan')?.active).toBe(false);
  });
});
