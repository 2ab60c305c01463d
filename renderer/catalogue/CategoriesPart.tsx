import { useStore } from 'zustand';
import type { Catalogue } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { errorFor } from '../components/fieldErrors.ts';
import { CheckboxField, TextField } from '../components/fields.tsx';
import { editDraft, startEditing, type CatalogueStore } from './catalogueStore.ts';
import { categoryDraft, categoryInput, type CategoryDraft } from './drafts.ts';
import { EditorPanel, saveDraft } from './EditorPanel.tsx';
import { colourName, palette } from './palette.ts';
import { CatalogueTable, ChangeButton } from './CatalogueTable.tsx';

const CATEGORY_FIELDS = ['name', 'colour', 'position', 'active'];

function ColourPicker({ value, onChange, error }: { value: string; onChange: (hex: string) => void; error: string | undefined }) {
  const known = palette.some((c) => c.hex.toLowerCase() === value.toLowerCase());
  const choices = known ? palette : [...palette, { name: 'Other colour', hex: value }];
  return (
    <fieldset className={`fieldset colour-picker${error ? ' field-has-error' : ''}`} {...(error ? { 'aria-describedby': 'category-colour-error' } : {})}>
      <legend className="field-label">Colour</legend>
      <p className="field-hint">Shown on the till’s tab and down the side of each product button. Each one is dark enough to read.</p>
      {error ? (
        <p id="category-colour-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="colour-choices">
        {choices.map((c) => (
          <label key={c.hex} className="colour-choice">
            <input type="radio" name="category-colour" checked={c.hex.toLowerCase() === value.toLowerCase()} onChange={() => onChange(c.hex)} />
            <span className="colour-swatch" style={{ background: c.hex }} aria-hidden="true" />
            <span>{c.name}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function CategoryEditor({ store, draft, onSaved }: { store: CatalogueStore; draft: CategoryDraft; onSaved: () => void }) {
  const { call } = useApp();
  const error = useStore(store, (s) => s.error);
  const change = (patch: Partial<CategoryDraft>) => store.setState((s) => editDraft(s, 'category', (d) => ({ ...d, ...patch })));
  const save = () => void saveDraft(store, categoryInput(draft), (input) => call('catalogue.saveCategory', input), (c) => (draft.id ? `Saved the category ${c.name}.` : `Added the category ${c.name}.`), onSaved);
  return (
    <EditorPanel store={store} title={draft.id ? `Change ${draft.name || 'category'}` : 'Add a category'} fields={CATEGORY_FIELDS} saveLabel={draft.id ? 'Save category' : 'Add category'} onSave={save}>
      <TextField id="category-name" label="Name" hint="As the till’s tab shows it, like Hot drinks." value={draft.name} onChange={(name) => change({ name })} error={errorFor(error, 'name')} maxLength={40} />
      <ColourPicker value={draft.colour} onChange={(colour) => change({ colour })} error={errorFor(error, 'colour')} />
      <TextField id="category-position" label="Order on the till" hint="Lower numbers come first." inputMode="numeric" value={draft.position} onChange={(position) => change({ position })} error={errorFor(error, 'position')} maxLength={5} />
      <CheckboxField id="category-active" label="On sale (its tab shows on the till)" checked={draft.active} onChange={(active) => change({ active })} error={errorFor(error, 'active')} />
    </EditorPanel>
  );
}

export function CategoriesPart({ store, catalogue, onSaved }: { store: CatalogueStore; catalogue: Catalogue; onSaved: () => void }) {
  const editing = useStore(store, (s) => (s.editing?.kind === 'category' ? s.editing.draft : null));
  const counts = new Map<string, number>();
  for (const p of catalogue.products) counts.set(p.categoryId, (counts.get(p.categoryId) ?? 0) + 1);
  return (
    <section aria-labelledby="categories-heading">
      <div className="part-top">
        <h2 id="categories-heading">Categories</h2>
        {editing ? null : (
          <button type="button" className="button button-primary" onClick={() => store.setState((s) => startEditing(s, { kind: 'category', draft: categoryDraft(catalogue) }))}>
            Add a category
          </button>
        )}
      </div>
      {editing ? <CategoryEditor key={editing.id ?? 'new'} store={store} draft={editing} onSaved={onSaved} /> : null}
      <CatalogueTable caption="Categories, in till order" columns={['Category', 'Colour', 'Order', 'Products', 'On sale']}>
        {catalogue.categories.map((c) => (
          <tr key={c.id} className={c.active ? undefined : 'row-off'}>
            <th scope="row">{c.name}</th>
            <td>
              <span className="colour-swatch colour-swatch-small" style={{ background: c.colour }} aria-hidden="true" /> {colourName(c.colour)}
            </td>
            <td>{c.position}</td>
            <td>{counts.get(c.id) ?? 0}</td>
            <td>{c.active ? 'Yes' : 'No'}</td>
            <ChangeButton name={c.name} onClick={() => store.setState((s) => startEditing(s, { kind: 'category', draft: categoryDraft(catalogue, c) }))} />
          </tr>
        ))}
      </CatalogueTable>
    </section>
  );
}
