import { useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import type { ApiError, Catalogue, TillState } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { CheckboxField, TextField } from '../components/fields.tsx';
import { editDraft, noted, startEditing, tillLoaded, type CatalogueStore } from './catalogueStore.ts';
import { limitsDraft, limitsInput, reasonDraft, type LimitsDraft, type ReasonDraft } from './drafts.ts';
import { EditorPanel, saveDraft } from './EditorPanel.tsx';
import { CatalogueTable, ChangeButton } from './CatalogueTable.tsx';

function ReasonEditor({ store, draft, onSaved }: { store: CatalogueStore; draft: ReasonDraft; onSaved: () => void }) {
  const { call } = useApp();
  const error = useStore(store, (s) => s.error);
  const change = (patch: Partial<ReasonDraft>) => store.setState((s) => editDraft(s, 'reason', (d) => ({ ...d, ...patch })));
  const save = () =>
    void saveDraft(
      store,
      { ok: true, input: { ...(draft.id ? { id: draft.id } : {}), name: draft.name, active: draft.active } },
      (input) => call('catalogue.saveDiscountReason', input),
      (r) => (draft.id ? `Saved the reason ${r.name}.` : `Added the reason ${r.name}.`),
      onSaved,
    );
  return (
    <EditorPanel store={store} title={draft.id ? `Change ${draft.name || 'reason'}` : 'Add a discount reason'} fields={['name', 'active']} saveLabel={draft.id ? 'Save reason' : 'Add reason'} onSave={save}>
      <TextField id="reason-name" label="Reason" hint="Like Staff meal, Concession, Volunteer or Complaint." value={draft.name} onChange={(name) => change({ name })} error={errorFor(error, 'name')} maxLength={40} />
      <CheckboxField id="reason-active" label="In use (offered on the till)" checked={draft.active} onChange={(active) => change({ active })} error={errorFor(error, 'active')} />
    </EditorPanel>
  );
}

function LimitsForm({ store, till }: { store: CatalogueStore; till: TillState }) {
  const { call } = useApp();
  const [draft, setDraft] = useState<LimitsDraft>(() => limitsDraft(till.discountLimits));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = limitsInput(draft);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setBusy(true);
    const r = await call('till.setDiscountLimits', parsed.input);
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    setDraft(limitsDraft(r.value.discountLimits));
    store.setState((s) => noted(tillLoaded(s, r.value), 'Discount limits saved.'));
  };
  const general = formLevelError(error, ['trainee', 'supervisor', 'manager']);
  return (
    <section className="panel" aria-labelledby="limits-heading">
      <h2 id="limits-heading">Discount limits</h2>
      <p>The largest discount each role may give on an order without asking. Beyond it, a supervisor or manager authorises with their PIN or badge.</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="form">
        {general ? <Alert>{general}</Alert> : null}
        <div className="inline-fields">
          <TextField id="limit-trainee" label="Trainees, up to (%)" inputMode="numeric" value={draft.trainee} onChange={(trainee) => setDraft((d) => ({ ...d, trainee }))} error={errorFor(error, 'trainee')} maxLength={4} />
          <TextField id="limit-supervisor" label="Supervisors, up to (%)" inputMode="numeric" value={draft.supervisor} onChange={(supervisor) => setDraft((d) => ({ ...d, supervisor }))} error={errorFor(error, 'supervisor')} maxLength={4} />
          <TextField id="limit-manager" label="Managers, up to (%)" inputMode="numeric" value={draft.manager} onChange={(manager) => setDraft((d) => ({ ...d, manager }))} error={errorFor(error, 'manager')} maxLength={4} />
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          Save discount limits
        </button>
      </form>
    </section>
  );
}

export function DiscountsPart({ store, catalogue, onSaved }: { store: CatalogueStore; catalogue: Catalogue; onSaved: () => void }) {
  const editing = useStore(store, (s) => (s.editing?.kind === 'reason' ? s.editing.draft : null));
  const till = useStore(store, (s) => s.till);
  return (
    <section aria-labelledby="discounts-heading">
      <div className="part-top">
        <h2 id="discounts-heading">Discount reasons</h2>
        {editing ? null : (
          <button type="button" className="button button-primary" onClick={() => store.setState((s) => startEditing(s, { kind: 'reason', draft: reasonDraft() }))}>
            Add a reason
          </button>
        )}
      </div>
      <p>Every discount on the till needs one of these reasons. A reason taken out of use stays on the sales it was given for.</p>
      {editing ? <ReasonEditor key={editing.id ?? 'new'} store={store} draft={editing} onSaved={onSaved} /> : null}
      <CatalogueTable caption="Discount reasons" columns={['Reason', 'In use']}>
        {catalogue.discountReasons.map((r) => (
          <tr key={r.id} className={r.active ? undefined : 'row-off'}>
            <th scope="row">{r.name}</th>
            <td>{r.active ? 'Yes' : 'No'}</td>
            <ChangeButton name={r.name} onClick={() => store.setState((s) => startEditing(s, { kind: 'reason', draft: reasonDraft(r) }))} />
          </tr>
        ))}
      </CatalogueTable>
      {till ? <LimitsForm store={store} till={till} /> : null}
    </section>
  );
}
