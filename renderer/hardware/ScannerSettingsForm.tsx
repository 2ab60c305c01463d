import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError, ResultOf, ScannerSettings } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert, Notice } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { CheckboxField, SelectField, TextField } from '../components/fields.tsx';
import { endKeyChoices, pickDevice, readsChoices, scannerDraftFrom, scannerSettingsFromDraft, type ScannerDraft } from './scannerDraft.ts';
import { formatUsbId } from './usbId.ts';

const FIELDS = ['prefix', 'endKey', 'maxKeyGapMs', 'hid'];

type ScannerStatusReply = ResultOf<'scanners.status'>;

/** The reader plugged in as a USB device, and the devices the till can see to choose from. */
function useScannerStatus(): { status: ScannerStatusReply | null; problem: string | null } {
  const { api, call } = useApp();
  const [status, setStatus] = useState<ScannerStatusReply | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      void call('scanners.status', {}).then((r) => {
        if (!live) return;
        if (r.ok) {
          setStatus(r.value);
          setProblem(null);
        } else setProblem(r.error.message);
      });
    load();
    const stop = api.on((m) => {
      if (m.event === 'scanner.status' || (m.event === 'hardware.changed' && m.payload.what === 'scanners')) load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [api, call]);
  return { status, problem };
}

export function ScannerSettingsForm({ initial }: { initial: ScannerSettings }) {
  const { call } = useApp();
  const [saved, setSaved] = useState(() => scannerDraftFrom(initial));
  const [draft, setDraftState] = useState<ScannerDraft>(saved);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { status, problem } = useScannerStatus();

  const set = (change: Partial<ScannerDraft>) => {
    setDraftState({ ...draft, ...change });
    setNotice(null);
  };
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const read = scannerSettingsFromDraft(draft);
    if (!read.ok) {
      setError(read.error);
      return;
    }
    setBusy(true);
    const r = await call('scanners.saveSettings', read.value);
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    const now = scannerDraftFrom(r.value);
    setSaved(now);
    setDraftState(now);
    setError(null);
    setNotice('Scanner settings saved.');
  };

  const general = formLevelError(error, FIELDS);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="form hw-form" aria-labelledby="scanner-heading">
      <h2 id="scanner-heading">Badge and barcode scanners</h2>
      {notice ? <Notice>{notice}</Notice> : null}
      {general ? <Alert>{general}</Alert> : null}
      <fieldset className="fieldset">
        <legend>Scanners that type like a keyboard</legend>
        <p className="field-hint">Most scanners type the code very fast and press a key at the end. Apron tells that apart from a person typing.</p>
        <div className="inline-fields">
          <TextField id="scanner-prefix" label="Characters before each code" optional hint="Only if the scanner is set to send some." value={draft.prefix} onChange={(prefix) => set({ prefix })} error={errorFor(error, 'prefix')} maxLength={8} />
          <SelectField id="scanner-end-key" label="Key pressed after each code" value={draft.endKey} options={endKeyChoices} onChange={(endKey) => set({ endKey })} error={errorFor(error, 'endKey')} />
          <TextField
            id="scanner-gap"
            label="Longest gap between its keys (milliseconds)"
            hint="Keys further apart are a person typing. 40 suits most scanners."
            inputMode="numeric"
            value={draft.maxKeyGapMs}
            onChange={(maxKeyGapMs) => set({ maxKeyGapMs })}
            error={errorFor(error, 'maxKeyGapMs')}
            maxLength={3}
          />
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>Reader plugged in as a USB device (HID)</legend>
        <p className="field-hint">Some badge readers do not type: Apron reads them directly. Choose yours from the list, or type the ids printed on it.</p>
        <CheckboxField id="hid-enabled" label="Use a reader plugged in as a USB device" checked={draft.hidEnabled} onChange={(hidEnabled) => set({ hidEnabled })} error={errorFor(error, 'hid.enabled')} />
        <div role="status" className="hw-states">
          {status ? (
            <p className={`hw-state${status.state === 'missing' || status.state === 'unplugged' || status.state === 'unavailable' ? ' hw-state-problem' : ''}`}>
              <strong>Reader:</strong> {status.message}
            </p>
          ) : null}
          {problem ? <p className="hw-state">{problem}</p> : null}
        </div>
        {draft.hidEnabled ? (
          <>
            <div className="inline-fields">
              <TextField id="hid-vendor" label="Vendor id" hint="Four characters, like 0c2e." value={draft.vendorId} onChange={(vendorId) => set({ vendorId })} error={errorFor(error, 'hid.vendorId')} maxLength={6} />
              <TextField id="hid-product" label="Product id" hint="Four characters, like 0b61." value={draft.productId} onChange={(productId) => set({ productId })} error={errorFor(error, 'hid.productId')} maxLength={6} />
              <SelectField id="hid-reads" label="What it reads" value={draft.reads} options={readsChoices} onChange={(reads) => set({ reads })} error={errorFor(error, 'hid.reads')} />
            </div>
            {status && status.devices.length > 0 ? (
              <>
                <h3>Devices plugged in now</h3>
                <ul className="hw-devices">
                  {status.devices.map((d) => {
                    const ids = `${formatUsbId(d.vendorId)}:${formatUsbId(d.productId)}`;
                    const chosen = draft.vendorId === formatUsbId(d.vendorId) && draft.productId === formatUsbId(d.productId);
                    return (
                      <li key={ids}>
                        <span>
                          {d.name || 'Unnamed device'} <span className="count">({ids})</span>
                        </span>
                        <button type="button" className="button button-secondary" aria-pressed={chosen} onClick={() => set(pickDevice(draft, d))}>
                          {chosen ? 'Chosen' : 'Use this one'}
                          <span className="visually-hidden"> ({d.name || ids})</span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </>
            ) : status ? (
              <p>No USB readers are plugged in that Apron can see.</p>
            ) : null}
          </>
        ) : null}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button-primary button-large" disabled={busy}>
          Save scanner settings
        </button>
        <button
          type="button"
          className="button button-secondary button-large"
          disabled={!dirty || busy}
          onClick={() => {
            setDraftState(saved);
            setError(null);
          }}
        >
          Cancel changes
        </button>
      </div>
    </form>
  );
}
