import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError, CafeSettings } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { whileShown } from '../app/whileShown.ts';
import { Alert, Loading, Notice, ScreenHeading } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { SelectField, TextField } from '../components/fields.tsx';
import { cafeRenamed, idleLockChanged } from '../session/sessionStore.ts';
import { BackupsPanel } from './BackupsPanel.tsx';
import { idleOptions } from './idleChoices.ts';

const FIELDS = ['cafe.name', 'cafe.address', 'cafe.vatNumber', 'cafe.charityNumber', 'idleLockSeconds'];

function SettingsForm({ initial }: { initial: CafeSettings }) {
  const { call, session } = useApp();
  const [name, setName] = useState(initial.name);
  const [address, setAddress] = useState(initial.address);
  const [vatNumber, setVatNumber] = useState(initial.vatNumber ?? '');
  const [charityNumber, setCharityNumber] = useState(initial.charityNumber ?? '');
  const [idle, setIdle] = useState(String(initial.idleLockSeconds));
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setSaved(false);
    const r = await call('settings.update', { cafe: { name, address, vatNumber, charityNumber }, idleLockSeconds: Number(idle) });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    setSaved(true);
    setVatNumber(r.value.vatNumber ?? '');
    setCharityNumber(r.value.charityNumber ?? '');
    session.setState((s) => cafeRenamed(idleLockChanged(s, r.value.idleLockSeconds), r.value.name));
  };

  const general = formLevelError(error, FIELDS);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="form">
      {saved ? <Notice>Settings saved.</Notice> : null}
      {general ? <Alert>{general}</Alert> : null}
      <fieldset className="fieldset">
        <legend>Café details</legend>
        <p className="field-hint">These appear on receipts and on evidence for funders.</p>
        <TextField id="settings-name" label="Café name" value={name} onChange={setName} error={errorFor(error, 'cafe.name')} maxLength={80} />
        <TextField id="settings-address" label="Address" value={address} onChange={setAddress} error={errorFor(error, 'cafe.address')} multiline maxLength={300} />
        <TextField id="settings-vat" label="VAT number" optional hint="For example GB 123 4567 89." value={vatNumber} onChange={setVatNumber} error={errorFor(error, 'cafe.vatNumber')} />
        <TextField id="settings-charity" label="Charity number" optional hint="For example 1234567 or SC012345." value={charityNumber} onChange={setCharityNumber} error={errorFor(error, 'cafe.charityNumber')} />
      </fieldset>
      <fieldset className="fieldset">
        <legend>Locking the till</legend>
        <SelectField
          id="settings-idle"
          label="Lock the till when nobody has used it for"
          hint="After this time the till shows the login screen, so nobody can use someone else's login."
          value={idle}
          options={idleOptions(initial.idleLockSeconds)}
          onChange={setIdle}
          error={errorFor(error, 'idleLockSeconds')}
        />
      </fieldset>
      <button type="submit" className="button button-primary button-large" disabled={busy}>
        Save settings
      </button>
    </form>
  );
}

export function SettingsScreen() {
  const { call } = useApp();
  const [settings, setSettings] = useState<CafeSettings | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(
    () =>
      whileShown(call('settings.get', {}), (r) => {
        if (r.ok) setSettings(r.value);
        else setProblem(r.error.message);
      }),
    [call],
  );

  return (
    <div className="screen screen-settings">
      <ScreenHeading title="Café settings">Café settings</ScreenHeading>
      {problem ? <Alert>{problem}</Alert> : null}
      {settings === null && !problem ? <Loading what="settings" /> : null}
      {settings ? <SettingsForm initial={settings} /> : null}
      <BackupsPanel />
    </div>
  );
}
