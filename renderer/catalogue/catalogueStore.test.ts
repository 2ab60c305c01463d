import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../shared/contract/index.ts';
import { cancelEditing, editDraft, filterByCategory, loaded, refused, saved, saving, showSection, startEditing, startingCatalogue } from './catalogueStore.ts';
import { productDraft } from './drafts.ts';

const catalogue: Catalogue = {
  categories: [{ id: 'cat-hot', name: 'Hot drinks', colour: '#1d4ed8', position: 1, active: true }],
  products: [],
  modifierGroups: [],
  discountReasons: [],
};

describe('the catalogue screen', () => {
  it('edits one thing at a time; Cancel drops the draft and the problem', () => {
    let s = startEditing(loaded(startingCatalogue, catalogue), { kind: 'product', draft: productDraft(catalogue) });
    s = editDraft(s, 'product', (d) => ({ ...d, name: 'Iced latte', price: 'abc' }));
    expect(s.editing).toMatchObject({ kind: 'product', draft: { name: 'Iced latte' } });
    // A change meant for another kind of form changes nothing.
    expect(editDraft(s, 'category', (d) => ({ ...d, name: 'x' }))).toBe(s);
    s = refused(saving(s), { code: 'invalid_input', message: 'Type the price in pounds and pence, like 3.20.', field: 'pricePence' });
    expect(s).toMatchObject({ busy: false, editing: { draft: { name: 'Iced latte' } } });
    s = cancelEditing(s);
    expect(s).toMatchObject({ editing: null, error: null });
  });

  it('closes the form and says what was saved', () => {
    const s = saved(saving(startEditing(loaded(startingCatalogue, catalogue), { kind: 'product', draft: productDraft(catalogue) })), 'Added Iced latte.');
    expect(s).toMatchObject({ editing: null, notice: 'Added Iced latte.', busy: false });
  });

  it('moving to another part drops a half-typed form', () => {
    const s = showSection(startEditing(loaded(startingCatalogue, catalogue), { kind: 'product', draft: productDraft(catalogue) }), 'groups');
    expect(s).toMatchObject({ section: 'groups', editing: null });
  });

  it('forgets a category filter whose category has gone', () => {
    const s = filterByCategory(loaded(startingCatalogue, catalogue), 'cat-hot');
    expect(loaded(s, catalogue).categoryFilter).toBe('cat-hot');
    expect(loaded(s, { ...catalogue, categories: [] }).categoryFilter).toBeNull();
  });
});
