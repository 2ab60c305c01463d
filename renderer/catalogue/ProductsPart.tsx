import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { Catalogue, Product } from '../../shared/contract/index.ts';
import { formatPence } from '../../shared/money.ts';
import { vatClasses, vatClassNames, type VatClass } from '../../shared/till/vat.ts';
import { useApp } from '../app/AppContext.tsx';
import { errorFor } from '../components/fieldErrors.ts';
import { CheckboxField, SelectField, TextField } from '../components/fields.tsx';
import { editDraft, filterByCategory, startEditing, type CatalogueStore } from './catalogueStore.ts';
import { choiceRule, productDraft, productInput, toggleGroup, vatShortName, type ProductDraft } from './drafts.ts';
import { EditorPanel, saveDraft } from './EditorPanel.tsx';
import { iconChoices } from './icons.ts';
import { CatalogueTable, ChangeButton } from './CatalogueTable.tsx';

const PRODUCT_FIELDS = ['name', 'categoryId', 'pricePence', 'vatClass', 'barcode', 'icon', 'openPrice', 'maxPricePence', 'modifierGroupIds', 'position', 'active'];
const ALL = 'all';

export function priceWords(p: Product): string {
  if (!p.openPrice) return formatPence(p.pricePence);
  const usual = p.pricePence > 0 ? `, usually ${formatPence(p.pricePence)}` : '';
  return `Set at the till, up to ${formatPence(p.maxPricePence ?? 0)}${usual}`;
}

function IconPicker({ value, onChange, error }: { value: string; onChange: (icon: string) => void; error: string | undefined }) {
  return (
    <fieldset className={`fieldset icon-picker${error ? ' field-has-error' : ''}`}>
      <legend className="field-label">Icon on the till button</legend>
      <p className="field-hint">Tap one, or type your own below.</p>
      <div className="icon-choices">
        <label className="icon-choice icon-choice-none">
          <input type="radio" name="product-icon" checked={value === ''} onChange={() => onChange('')} />
          <span>No icon</span>
        </label>
        {iconChoices.map((c) => (
          <label key={c.icon} className="icon-choice" title={c.name}>
            <input type="radio" name="product-icon" checked={value === c.icon} onChange={() => onChange(c.icon)} />
            <span aria-hidden="true" className="icon-emoji">
              {c.icon}
            </span>
            <span className="visually-hidden">{c.name}</span>
          </label>
        ))}
      </div>
      <TextField id="product-icon-typed" label="Or type an icon" optional hint="An emoji or up to 16 letters." value={value} onChange={onChange} error={error} maxLength={16} />
    </fieldset>
  );
}

function ProductEditor({ store, catalogue, draft, onSaved }: { store: CatalogueStore; catalogue: Catalogue; draft: ProductDraft; onSaved: () => void }) {
  const { api, call } = useApp();
  const error = useStore(store, (s) => s.error);
  const change = (patch: Partial<ProductDraft>) => store.setState((s) => editDraft(s, 'product', (d) => ({ ...d, ...patch })));
  const at = (field: string) => errorFor(error, field);

  // The counter's barcode scanner fills the barcode box while a product is open here.
  useEffect(
    () =>
      api.on((m) => {
        if (m.event === 'barcode.scanned') store.setState((s) => editDraft(s, 'product', (d) => ({ ...d, barcode: m.payload.code })));
      }),
    [api, store],
  );

  const save = () =>
    void saveDraft(store, productInput(draft), (input) => call('catalogue.saveProduct', input), (p) => (draft.id ? `Saved ${p.name}.` : p.openPrice ? `Added ${p.name}, priced at the till up to ${formatPence(p.maxPricePence ?? 0)}.` : `Added ${p.name} at ${formatPence(p.pricePence)}.`), onSaved);

  const categoryOptions = catalogue.categories.map((c) => ({ value: c.id, label: c.active ? c.name : `${c.name} (not on sale)` }));
  return (
    <EditorPanel store={store} title={draft.id ? `Change ${draft.name || 'product'}` : 'Add a product'} fields={PRODUCT_FIELDS} saveLabel={draft.id ? 'Save product' : 'Add product'} onSave={save}>
      <TextField id="product-name" label="Name" hint="As the till button and the receipt show it." value={draft.name} onChange={(name) => change({ name })} error={at('name')} maxLength={60} />
      <SelectField id="product-category" label="Category" value={draft.categoryId} options={categoryOptions} onChange={(categoryId) => change({ categoryId })} error={at('categoryId')} />
      <IconPicker value={draft.icon} onChange={(icon) => change({ icon })} error={at('icon')} />
      <CheckboxField id="product-open-price" label="Price set at the till (like cake of the day)" checked={draft.openPrice} onChange={(openPrice) => change({ openPrice })} error={at('openPrice')} />
      <TextField
        id="product-price"
        label={draft.openPrice ? 'Usual price' : 'Price'}
        optional={draft.openPrice}
        hint={draft.openPrice ? 'Offered first; the person at the till can change it, up to the highest price.' : 'VAT included, in pounds and pence, like 3.20.'}
        value={draft.price}
        onChange={(price) => change({ price })}
        error={at('pricePence')}
        maxLength={12}
      />
      {draft.openPrice ? (
        <TextField id="product-max-price" label="Highest price" hint="The most the till may charge for it, like 4.00." value={draft.maxPrice} onChange={(maxPrice) => change({ maxPrice })} error={at('maxPricePence')} maxLength={12} />
      ) : null}
      <p className="price-note">
        <strong>Sales already made keep their price.</strong> A new price is charged from the next sale on; receipts, reports and refunds of earlier sales do not change.
      </p>
      <SelectField<VatClass>
        id="product-vat"
        label="VAT"
        hint="Hot food and drinks are always 20%. Cold food taken away is usually zero."
        value={draft.vatClass}
        options={vatClasses.map((v) => ({ value: v, label: vatClassNames[v] }))}
        onChange={(vatClass) => change({ vatClass })}
        error={at('vatClass')}
      />
      <TextField id="product-barcode" label="Barcode" optional hint="Scan it into this box, or type the numbers under the bars." value={draft.barcode} onChange={(barcode) => change({ barcode })} error={at('barcode')} maxLength={32} />
      <fieldset className={`fieldset choice-groups-pick${at('modifierGroupIds') ? ' field-has-error' : ''}`}>
        <legend className="field-label">Choices offered with it</legend>
        {at('modifierGroupIds') ? (
          <p className="field-error" role="alert">
            {at('modifierGroupIds')}
          </p>
        ) : null}
        {catalogue.modifierGroups.length === 0 ? <p className="field-hint">No choice groups yet: add them on the Choice groups page.</p> : null}
        {catalogue.modifierGroups.map((g) => (
          <CheckboxField
            key={g.id}
            id={`product-group-${g.id}`}
            label={`${g.name}: ${g.options.map((o) => o.name).join(', ')} (${choiceRule(g.minChoices, g.maxChoices).toLowerCase()})`}
            checked={draft.modifierGroupIds.includes(g.id)}
            onChange={() => store.setState((s) => editDraft(s, 'product', (d) => toggleGroup(d, g.id)))}
          />
        ))}
      </fieldset>
      <TextField id="product-position" label="Order on the till" hint="Lower numbers come first." inputMode="numeric" value={draft.position} onChange={(position) => change({ position })} error={at('position')} maxLength={5} />
      <CheckboxField id="product-active" label="On sale (shown on the till)" checked={draft.active} onChange={(active) => change({ active })} error={at('active')} />
    </EditorPanel>
  );
}

export function ProductsPart({ store, catalogue, onSaved }: { store: CatalogueStore; catalogue: Catalogue; onSaved: () => void }) {
  const editing = useStore(store, (s) => (s.editing?.kind === 'product' ? s.editing.draft : null));
  const filter = useStore(store, (s) => s.categoryFilter);
  const categories = new Map(catalogue.categories.map((c) => [c.id, c]));
  const shown = catalogue.products.filter((p) => filter === null || p.categoryId === filter);
  const addProduct = () => store.setState((s) => startEditing(s, { kind: 'product', draft: productDraft(catalogue, undefined, filter ?? undefined) }));

  return (
    <section aria-labelledby="products-heading">
      <div className="part-top">
        <h2 id="products-heading">Products</h2>
        {editing ? null : (
          <button type="button" className="button button-primary" onClick={addProduct} disabled={catalogue.categories.length === 0}>
            Add a product
          </button>
        )}
      </div>
      {catalogue.categories.length === 0 ? <p>Add a category first: every product sits in one.</p> : null}
      {editing ? <ProductEditor key={editing.id ?? 'new'} store={store} catalogue={catalogue} draft={editing} onSaved={onSaved} /> : null}
      <div className="filters">
        <SelectField
          id="product-filter"
          label="Show products in"
          value={filter ?? ALL}
          options={[{ value: ALL, label: 'All categories' }, ...catalogue.categories.map((c) => ({ value: c.id, label: c.name }))]}
          onChange={(v) => store.setState((s) => filterByCategory(s, v === ALL ? null : v))}
        />
      </div>
      <CatalogueTable caption="Products" columns={['Product', 'Category', 'Price', 'VAT', 'On sale']}>
        {shown.map((p) => {
          const category = categories.get(p.categoryId);
          return (
            <tr key={p.id} className={p.active ? undefined : 'row-off'}>
              <th scope="row">
                {p.icon ? (
                  <span className="product-icon" aria-hidden="true">
                    {p.icon}
                  </span>
                ) : null}
                {p.name}
                {p.barcode ? <span className="row-detail">Barcode {p.barcode}</span> : null}
                {p.modifierGroupIds.length > 0 ? (
                  <span className="row-detail">Choices: {p.modifierGroupIds.map((id) => catalogue.modifierGroups.find((g) => g.id === id)?.name ?? '').join(', ')}</span>
                ) : null}
              </th>
              <td>
                {category ? (
                  <span className="category-chip" style={{ borderColor: category.colour }}>
                    {category.name}
                  </span>
                ) : null}
              </td>
              <td>{priceWords(p)}</td>
              <td>{vatShortName(p.vatClass)}</td>
              <td>{p.active ? 'Yes' : 'No'}</td>
              <ChangeButton name={p.name} onClick={() => store.setState((s) => startEditing(s, { kind: 'product', draft: productDraft(catalogue, p) }))} />
            </tr>
          );
        })}
      </CatalogueTable>
    </section>
  );
}
