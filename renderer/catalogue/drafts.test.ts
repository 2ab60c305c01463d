import { describe, expect, it } from 'vitest';
import type { Catalogue, Product } from '../../shared/contract/index.ts';
import {
  addOption,
  categoryDraft,
  categoryInput,
  choiceRule,
  editOption,
  groupDraft,
  groupInput,
  limitsDraft,
  limitsInput,
  moveOption,
  productDraft,
  productInput,
  removeOption,
  toggleGroup,
  vatShortName,
} from './drafts.ts';

const flatWhite: Product = {
  id: 'prod-flat-white',
  name: 'Flat white',
  categoryId: 'cat-hot',
  pricePence: 320,
  vatClass: 'standard',
  barcode: null,
  icon: '☕',
  openPrice: false,
  maxPricePence: null,
  modifierGroupIds: ['group-milk'],
  position: 3,
  active: true,
};

const catalogue: Catalogue = {
  categories: [
    { id: 'cat-hot', name: 'Hot drinks', colour: '#1d4ed8', position: 1, active: true },
    { id: 'cat-cakes', name: 'Cakes', colour: '#1e3a8a', position: 2, active: true },
  ],
  products: [flatWhite],
  modifierGroups: [
    {
      id: 'group-milk',
      name: 'Milk',
      minChoices: 1,
      maxChoices: 1,
      options: [
        { id: 'opt-whole', name: 'Whole', priceDeltaPence: 0, position: 0 },
        { id: 'opt-oat', name: 'Oat', priceDeltaPence: 30, position: 1 },
      ],
    },
  ],
  discountReasons: [],
};

describe('the catalogue forms', () => {
  it('a product’s price is typed in pounds and sent in pence', () => {
    const d = { ...productDraft(catalogue), name: 'Iced latte', price: '3.20' };
    const r = productInput(d);
    expect(r).toMatchObject({ ok: true, input: { name: 'Iced latte', pricePence: 320, categoryId: 'cat-hot', vatClass: 'standard', barcode: null, openPrice: false, maxPricePence: null, position: 4, active: true } });
    expect(productInput({ ...d, price: '£3' })).toMatchObject({ ok: true, input: { pricePence: 300 } });
  });

  it('a price that is not an amount is refused beside the price box, nothing sent', () => {
    expect(productInput({ ...productDraft(catalogue), price: '3,2o' })).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Type the price in pounds and pence, like 3.20.', field: 'pricePence' } });
    expect(productInput({ ...productDraft(catalogue), price: '-1' })).toMatchObject({ ok: false, error: { field: 'pricePence' } });
  });

  it('an open-price item sends its highest price; a fixed-price item never does', () => {
    const cake = { ...productDraft(catalogue, undefined, 'cat-cakes'), name: 'Cake of the day', price: '', openPrice: true, maxPrice: '4' };
    expect(productInput(cake)).toMatchObject({ ok: true, input: { categoryId: 'cat-cakes', pricePence: 0, openPrice: true, maxPricePence: 400 } });
    expect(productInput({ ...cake, maxPrice: 'four' })).toMatchObject({ ok: false, error: { field: 'maxPricePence' } });
    expect(productInput({ ...cake, openPrice: false, price: '3.00' })).toMatchObject({ ok: true, input: { maxPricePence: null } });
    // Left empty, the core says what is missing, beside the highest price box.
    expect(productInput({ ...cake, maxPrice: '' })).toMatchObject({ ok: true, input: { maxPricePence: null } });
  });

  it('an existing product comes back as typed text, and saves unchanged', () => {
    const d = productDraft(catalogue, flatWhite);
    expect(d).toMatchObject({ id: 'prod-flat-white', price: '3.20', icon: '☕', barcode: '', position: '3' });
    expect(productInput(d)).toMatchObject({ ok: true, input: { id: 'prod-flat-white', pricePence: 320, modifierGroupIds: ['group-milk'], icon: '☕' } });
  });

  it('ticks and unticks choice groups', () => {
    let d = productDraft(catalogue, flatWhite);
    d = toggleGroup(d, 'group-size');
    expect(d.modifierGroupIds).toEqual(['group-milk', 'group-size']);
    d = toggleGroup(d, 'group-milk');
    expect(d.modifierGroupIds).toEqual(['group-size']);
  });

  it('sends a barcode as scanned, trimmed, for the core to check', () => {
    expect(productInput({ ...productDraft(catalogue, flatWhite), barcode: ' 5012345000015 ' })).toMatchObject({ ok: true, input: { barcode: '5012345000015' } });
  });

  it('a new category takes a colour no other category has, and goes at the end', () => {
    expect(categoryDraft(catalogue)).toMatchObject({ colour: '#0f766e', position: '3', active: true });
    expect(categoryInput({ ...categoryDraft(catalogue), name: 'Soup', position: 'first' })).toMatchObject({ ok: false, error: { field: 'position' } });
    expect(categoryInput({ ...categoryDraft(catalogue, catalogue.categories[0]), name: 'Hot drinks' })).toMatchObject({ ok: true, input: { id: 'cat-hot', position: 1 } });
  });

  it('a choice group: extra prices in pounds, empty for none; choices added, moved and removed', () => {
    let d = groupDraft(catalogue.modifierGroups[0]);
    expect(d.options.map((o) => o.extra)).toEqual(['', '0.30']);
    d = addOption(d);
    const added = d.options.at(-1)?.key ?? '';
    d = editOption(d, added, { name: 'Soya', extra: '0.35' });
    d = moveOption(d, added, -1);
    expect(d.options.map((o) => o.name)).toEqual(['Whole', 'Soya', 'Oat']);
    expect(moveOption(d, d.options[0]?.key ?? '', -1)).toBe(d);
    expect(groupInput(d)).toEqual({
      ok: true,
      input: {
        id: 'group-milk',
        name: 'Milk',
        minChoices: 1,
        maxChoices: 1,
        options: [
          { id: 'opt-whole', name: 'Whole', priceDeltaPence: 0 },
          { name: 'Soya', priceDeltaPence: 35 },
          { id: 'opt-oat', name: 'Oat', priceDeltaPence: 30 },
        ],
      },
    });
    d = removeOption(d, d.options[0]?.key ?? '');
    expect(d.options.map((o) => o.name)).toEqual(['Soya', 'Oat']);
    expect(groupInput(editOption(d, d.options[1]?.key ?? '', { extra: '30p' }))).toMatchObject({ ok: false, error: { field: 'options.1.priceDeltaPence' } });
    expect(groupInput({ ...d, max: 'two' })).toMatchObject({ ok: false, error: { field: 'maxChoices' } });
  });

  it('says a group’s rule in words', () => {
    expect(choiceRule(1, 1)).toBe('Must pick 1');
    expect(choiceRule(0, 1)).toBe('Pick up to 1 (optional)');
    expect(choiceRule(1, 3)).toBe('Pick 1 to 3');
  });

  it('discount limits are whole percentages, a typed % sign allowed', () => {
    const d = limitsDraft({ trainee: 10, supervisor: 50, manager: 100 });
    expect(limitsInput({ ...d, trainee: '15%' })).toEqual({ ok: true, input: { trainee: 15, supervisor: 50, manager: 100 } });
    expect(limitsInput({ ...d, supervisor: 'half' })).toMatchObject({ ok: false, error: { field: 'supervisor' } });
  });

  it('names VAT classes shortly for the table', () => {
    expect(vatShortName('standard')).toBe('Standard 20%');
    expect(vatShortName('cold_takeaway_zero')).toBe('Zero if taken away cold, 20% if eaten in');
  });
});
