import { useState, type FormEvent } from 'react';
import type { ApiError, Category, PrinterSettings } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert, Notice } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { CheckboxField, TextField } from '../components/fields.tsx';
import { ConnectionPicker } from './ConnectionPicker.tsx';
import { LogoPicker } from './LogoPicker.tsx';
import { PaperPicker } from './PaperPicker.tsx';
import { draftFromSettings, settingsFromDraft, toggleCategory, toggleTender, type PrinterDraft } from './printerDraft.ts';

const FIELDS = ['receipt', 'columns', 'printEverySale', 'drawerPin', 'drawerTenders', 'footer', 'qr', 'logo', 'kitchen', 'kitchenColumns', 'kitchenCategoryIds'];

interface PrinterSettingsFormProps {
  initial: PrinterSettings;
  categories: readonly Category[];
  onSaved: (settings: PrinterSettings) => void;
  /** Tells the screen whether there are changes not saved yet (the test page prints the saved ones). */
  onDirty: (dirty: boolean) => void;
}

/** The receipt printer, its drawer and what it prints, and the kitchen printer: one Save. */
export function PrinterSettingsForm({ initial, categories, onSaved, onDirty }: PrinterSettingsFormProps) {
  const { call } = useApp();
  const [saved, setSaved] = useState(() => draftFromSettings(initial));
  const [draft, setDraftState] = useState<PrinterDraft>(saved);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const setDraft = (next: PrinterDraft) => {
    setDraftState(next);
    setNotice(null);
    onDirty(JSON.stringify(next) !== JSON.stringify(saved));
  };
  const set = (change: Partial<PrinterDraft>) => setDraft({ ...draft, ...change });
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const read = settingsFromDraft(draft);
    if (!read.ok) {
      setError(read.error);
      return;
    }
    setBusy(true);
    const r = await call('printing.saveSettings', read.value);
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      setNotice(null);
      return;
    }
    const now = draftFromSettings(r.value);
    setSaved(now);
    setDraftState(now);
    setError(null);
    setNotice('Printer settings saved.');
    onDirty(false);
    onSaved(r.value);
  };

  const undo = () => {
    setDraftState(saved);
    setError(null);
    setNotice(null);
    onDirty(false);
  };

  const general = formLevelError(error, FIELDS);
  const activeCategories = categories.filter((c) => c.active || draft.kitchenCategoryIds.includes(c.id));
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="form hw-form" aria-labelledby="printer-settings-heading">
      <h2 id="printer-settings-heading">Printer settings</h2>
      {notice ? <Notice>{notice}</Notice> : null}
      {general ? <Alert>{general}</Alert> : null}

      <fieldset className="fieldset">
        <legend>Receipt printer</legend>
        <ConnectionPicker at="receipt" draft={draft.receipt} onChange={(receipt) => set({ receipt })} error={error} />
        <PaperPicker name="receipt-paper" value={draft.columns} onChange={(columns) => set({ columns })} error={errorFor(error, 'columns')} />
        <CheckboxField id="print-every-sale" label="Print a receipt for every sale" checked={draft.printEverySale} onChange={(printEverySale) => set({ printEverySale })} error={errorFor(error, 'printEverySale')} />
        <p className="field-hint">Otherwise the till offers “Print receipt” after each sale, for customers who want one.</p>
      </fieldset>

      <fieldset className="fieldset">
        <legend>Cash drawer</legend>
        <p className="field-hint">The drawer plugs into the receipt printer. Every opening is written down.</p>
        <fieldset className={`choice-group hw-group${errorFor(error, 'drawerPin') ? ' field-has-error' : ''}`}>
          <legend>Which pin the drawer is wired to</legend>
          {errorFor(error, 'drawerPin') ? (
            <p className="field-error" role="alert">
              {errorFor(error, 'drawerPin')}
            </p>
          ) : null}
          <div className="hw-toggles">
            {([2, 5] as const).map((pin) => (
              <label key={pin} className={`choice-option${draft.drawerPin === pin ? ' choice-option-chosen' : ''}`}>
                <input type="radio" name="drawer-pin" checked={draft.drawerPin === pin} onChange={() => set({ drawerPin: pin })} />
                Pin {pin}
              </label>
            ))}
          </div>
          <p className="field-hint">Pin 2 for most drawers. If the test page does not open it, try pin 5.</p>
        </fieldset>
        <CheckboxField id="drawer-cash" label="Open the drawer for cash sales" checked={draft.drawerTenders.includes('cash')} onChange={(on) => set({ drawerTenders: toggleTender(draft.drawerTenders, 'cash', on) })} error={errorFor(error, 'drawerTenders')} />
        <CheckboxField id="drawer-card" label="Open the drawer for card sales" checked={draft.drawerTenders.includes('card')} onChange={(on) => set({ drawerTenders: toggleTender(draft.drawerTenders, 'card', on) })} />
      </fieldset>

      <fieldset className="fieldset">
        <legend>On every receipt</legend>
        <TextField id="receipt-footer" label="Words at the bottom" optional hint="Like “Thank you for helping us train”." value={draft.footer} onChange={(footer) => set({ footer })} error={errorFor(error, 'footer')} multiline maxLength={300} />
        <TextField id="receipt-qr" label="QR code" optional hint="A web address or words; the receipt prints it as a QR code a phone can read." value={draft.qr} onChange={(qr) => set({ qr })} error={errorFor(error, 'qr')} maxLength={300} />
        <LogoPicker logo={draft.logo} onChange={(logo) => set({ logo })} error={errorFor(error, 'logo')} />
      </fieldset>

      <fieldset className="fieldset">
        <legend>Kitchen or bar printer</legend>
        <p className="field-hint">Optional: items from the categories you tick print as a ticket for the kitchen.</p>
        <ConnectionPicker at="kitchen" draft={draft.kitchen} onChange={(kitchen) => set({ kitchen })} error={error} />
        {draft.kitchen.kind !== 'none' ? (
          <>
            <PaperPicker name="kitchen-paper" value={draft.kitchenColumns} onChange={(kitchenColumns) => set({ kitchenColumns })} error={errorFor(error, 'kitchenColumns')} />
            <fieldset className={`choice-group hw-group${errorFor(error, 'kitchenCategoryIds') ? ' field-has-error' : ''}`}>
              <legend>Which categories go to the kitchen</legend>
              {errorFor(error, 'kitchenCategoryIds') ? (
                <p className="field-error" role="alert">
                  {errorFor(error, 'kitchenCategoryIds')}
                </p>
              ) : null}
              {activeCategories.length === 0 ? <p>There are no categories yet. Add them on the Catalogue screen.</p> : null}
              {activeCategories.map((c) => (
                <CheckboxField key={c.id} id={`kitchen-category-${c.id}`} label={c.name} checked={draft.kitchenCategoryIds.includes(c.id)} onChange={(on) => set({ kitchenCategoryIds: toggleCategory(draft.kitchenCategoryIds, c.id, on) })} />
              ))}
            </fieldset>
          </>
        ) : null}
      </fieldset>

      <div className="button-row">
        <button type="submit" className="button button-primary button-large" disabled={busy}>
          Save printer settings
        </button>
        <button type="button" className="button button-secondary button-large" disabled={!dirty || busy} onClick={undo}>
          Cancel changes
        </button>
      </div>
    </form>
  );
}
