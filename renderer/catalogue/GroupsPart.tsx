import { useStore } from 'zustand';
import type { Catalogue } from '../../shared/contract/index.ts';
import { formatPence } from '../../shared/money.ts';
import { useApp } from '../app/AppContext.tsx';
import { errorFor } from '../components/fieldErrors.ts';
import { TextField } from '../components/fields.tsx';
import { editDraft, startEditing, type CatalogueStore } from './catalogueStore.ts';
import { addOption, choiceRule, editOption, groupDraft, groupInput, moveOption, removeOption, type GroupDraft } from './drafts.ts';
import { EditorPanel, saveDraft } from './EditorPanel.tsx';
import { CatalogueTable, ChangeButton } from './CatalogueTable.tsx';

const GROUP_FIELDS = ['name', 'minChoices', 'maxChoices', 'options'];

function GroupEditor({ store, draft, onSaved }: { store: CatalogueStore; draft: GroupDraft; onSaved: () => void }) {
  const { call } = useApp();
  const error = useStore(store, (s) => s.error);
  const change = (f: (d: GroupDraft) => GroupDraft) => store.setState((s) => editDraft(s, 'group', f));
  const save = () => void saveDraft(store, groupInput(draft), (input) => call('catalogue.saveModifierGroup', input), (g) => (draft.id ? `Saved the choice group ${g.name}.` : `Added the choice group ${g.name}.`), onSaved);
  // An error about the list as a whole ("Add at least one choice") shows above the choices.
  const listError = error?.field === 'options' ? error.message : undefined;
  return (
    <EditorPanel store={store} title={draft.id ? `Change ${draft.name || 'choice group'}` : 'Add a choice group'} fields={GROUP_FIELDS} saveLabel={draft.id ? 'Save choice group' : 'Add choice group'} onSave={save}>
      <TextField id="group-name" label="Name" hint="What the till asks, like Milk or Size." value={draft.name} onChange={(name) => change((d) => ({ ...d, name }))} error={errorFor(error, 'name')} maxLength={40} />
      <div className="inline-fields">
        <TextField id="group-min" label="Fewest choices" hint="0 if it can be left out." inputMode="numeric" value={draft.min} onChange={(min) => change((d) => ({ ...d, min }))} error={errorFor(error, 'minChoices')} maxLength={2} />
        <TextField id="group-max" label="Most choices" hint="1 for one of them." inputMode="numeric" value={draft.max} onChange={(max) => change((d) => ({ ...d, max }))} error={errorFor(error, 'maxChoices')} maxLength={2} />
      </div>
      <fieldset className={`fieldset group-options${listError ? ' field-has-error' : ''}`}>
        <legend className="field-label">Choices</legend>
        <p className="field-hint">In the order the till shows them. Leave the extra price empty for no extra. A choice taken off stays on the receipts of sales already made.</p>
        {listError ? (
          <p className="field-error" role="alert">
            {listError}
          </p>
        ) : null}
        <ol className="option-rows">
          {draft.options.map((o, i) => (
            <li key={o.key} className="option-row">
              <TextField id={`option-${o.key}-name`} label={`Choice ${i + 1}`} value={o.name} onChange={(name) => change((d) => editOption(d, o.key, { name }))} error={errorFor(error, `options.${i}.name`)} maxLength={40} />
              <TextField id={`option-${o.key}-extra`} label={`Extra price for choice ${i + 1}`} optional value={o.extra} onChange={(extra) => change((d) => editOption(d, o.key, { extra }))} error={errorFor(error, `options.${i}.priceDeltaPence`)} maxLength={10} />
              <div className="button-row option-buttons">
                <button type="button" className="button button-secondary" disabled={i === 0} onClick={() => change((d) => moveOption(d, o.key, -1))}>
                  Up<span className="visually-hidden"> (choice {i + 1})</span>
                </button>
                <button type="button" className="button button-secondary" disabled={i === draft.options.length - 1} onClick={() => change((d) => moveOption(d, o.key, 1))}>
                  Down<span className="visually-hidden"> (choice {i + 1})</span>
                </button>
                <button type="button" className="button button-secondary" onClick={() => change((d) => removeOption(d, o.key))}>
                  Take off<span className="visually-hidden"> choice {i + 1}</span>
                </button>
              </div>
            </li>
          ))}
        </ol>
        <button type="button" className="button button-secondary" onClick={() => change(addOption)}>
          Add a choice
        </button>
      </fieldset>
    </EditorPanel>
  );
}

export function GroupsPart({ store, catalogue, onSaved }: { store: CatalogueStore; catalogue: Catalogue; onSaved: () => void }) {
  const editing = useStore(store, (s) => (s.editing?.kind === 'group' ? s.editing.draft : null));
  const usedBy = (groupId: string) => catalogue.products.filter((p) => p.modifierGroupIds.includes(groupId)).length;
  return (
    <section aria-labelledby="groups-heading">
      <div className="part-top">
        <h2 id="groups-heading">Choice groups</h2>
        {editing ? null : (
          <button type="button" className="button button-primary" onClick={() => store.setState((s) => startEditing(s, { kind: 'group', draft: groupDraft() }))}>
            Add a choice group
          </button>
        )}
      </div>
      <p>Choices the till asks for when a product is tapped, like milk or size, with any extra price. Attach a group to a product on the product’s form.</p>
      {editing ? <GroupEditor key={editing.id ?? 'new'} store={store} draft={editing} onSaved={onSaved} /> : null}
      <CatalogueTable caption="Choice groups" columns={['Group', 'Rule', 'Choices', 'Products']}>
        {catalogue.modifierGroups.map((g) => (
          <tr key={g.id}>
            <th scope="row">{g.name}</th>
            <td>{choiceRule(g.minChoices, g.maxChoices)}</td>
            <td>{g.options.map((o) => (o.priceDeltaPence > 0 ? `${o.name} +${formatPence(o.priceDeltaPence)}` : o.name)).join(', ')}</td>
            <td>{usedBy(g.id)}</td>
            <ChangeButton name={g.name} onClick={() => store.setState((s) => startEditing(s, { kind: 'group', draft: groupDraft(g) }))} />
          </tr>
        ))}
      </CatalogueTable>
    </section>
  );
}
