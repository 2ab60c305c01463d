import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { goHome } from '../app/useHashRoute.ts';
import { Alert, ScreenHeading } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { CheckboxField, TextField } from '../components/fields.tsx';
import { cafeReady } from '../session/sessionStore.ts';

const FIELDS = ['cafe.name', 'cafe.address', 'cafe.vatNumber', 'cafe.charityNumber', 'manager.displayName', 'manager.pin', 'pinAgain', 'manager.badge'] as const;
const FIELD_IDS: Record<(typeof FIELDS)[number], string> = {
  'cafe.name': 'setup-cafe-name',
  'cafe.address': 'setup-cafe-address',
  'cafe.vatNumber': 'setup-vat',
  'cafe.charityNumber': 'setup-charity',
  'manager.displayName': 'setup-manager-name',
  'manager.pin': 'setup-pin',
  pinAgain: 'setup-pin-again',
  'manager.badge': 'setup-badge',
};

function focusField(error: ApiError): void {
  const field = FIELDS.find((f) => errorFor(error, f));
  if (field) document.getElementById(FIELD_IDS[field])?.focus();
}

/** First run: the café's details and its first manager, or a sample café to try Apron. */
export function SetupScreen() {
  const { api, session } = useApp();
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [vatNumber, setVatNumber] = useState('');
  const [charityNumber, setCharityNumber] = useState('');
  const [managerName, setManagerName] = useState('');
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [badge, setBadge] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [withTrainingRecords, setWithTrainingRecords] = useState(true);

  const finished = async () => {
    const status = await api.call('cafe.status', {});
    if (!status.ok) {
      setError(status.error);
      return;
    }
    goHome();
    session.setState((s) => cafeReady(s, status.value));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pin !== pinAgain) {
      const mismatch: ApiError = { code: 'invalid_input', message: 'The two PINs are not the same. Type the same PIN in both boxes.', field: 'pinAgain' };
      setError(mismatch);
      focusField(mismatch);
      return;
    }
    setBusy(true);
    const r = await api.call('cafe.setUp', {
      cafe: { name, address, vatNumber, charityNumber },
      manager: { displayName: managerName, pin, ...(badge.trim() ? { badge } : {}) },
    });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      focusField(r.error);
      return;
    }
    await finished();
  };

  const loadSample = async () => {
    setBusy(true);
    const r = await api.call('cafe.loadSample', { withTrainingRecords });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    await finished();
  };

  const at = (field: (typeof FIELDS)[number]) => errorFor(error, field);
  const general = formLevelError(error, FIELDS);

  return (
    <main className="screen screen-setup" id="main">
      <ScreenHeading title="Set up Apron">Welcome to Apron</ScreenHeading>
      <p className="lead">Before the till can be used, tell Apron about your café and who manages it.</p>
      {general ? <Alert>{general}</Alert> : null}

      <form onSubmit={(e) => void submit(e)} noValidate className="form">
        <fieldset className="fieldset">
          <legend>Your café</legend>
          <TextField id={FIELD_IDS['cafe.name']} label="Café name" value={name} onChange={setName} error={at('cafe.name')} maxLength={80} />
          <TextField id={FIELD_IDS['cafe.address']} label="Address" value={address} onChange={setAddress} error={at('cafe.address')} multiline maxLength={300} />
          <TextField
            id={FIELD_IDS['cafe.vatNumber']}
            label="VAT number"
            optional
            hint="For example GB 123 4567 89. Leave empty if the café is not VAT registered."
            value={vatNumber}
            onChange={setVatNumber}
            error={at('cafe.vatNumber')}
          />
          <TextField
            id={FIELD_IDS['cafe.charityNumber']}
            label="Charity number"
            optional
            hint="For example 1234567 or SC012345."
            value={charityNumber}
            onChange={setCharityNumber}
            error={at('cafe.charityNumber')}
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend>The first manager</legend>
          <p className="field-hint">This person can add everyone else.</p>
          <TextField id={FIELD_IDS['manager.displayName']} label="Manager's name" value={managerName} onChange={setManagerName} error={at('manager.displayName')} maxLength={60} />
          <TextField
            id={FIELD_IDS['manager.pin']}
            label="PIN"
            hint="4 to 8 numbers. Keep it secret."
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            value={pin}
            onChange={setPin}
            error={at('manager.pin')}
            maxLength={8}
          />
          <TextField
            id={FIELD_IDS.pinAgain}
            label="PIN again"
            hint="Type the same PIN again, to be sure."
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            value={pinAgain}
            onChange={setPinAgain}
            error={at('pinAgain')}
            maxLength={8}
          />
          <TextField
            id={FIELD_IDS['manager.badge']}
            label="Badge"
            optional
            hint="Scan the manager's badge here, or leave it empty."
            type="password"
            value={badge}
            onChange={setBadge}
            error={at('manager.badge')}
          />
        </fieldset>

        <button type="submit" className="button button-primary button-large" disabled={busy}>
          Set up the café
        </button>
      </form>

      <section className="sample-offer" aria-labelledby="sample-heading">
        <h2 id="sample-heading">Just looking?</h2>
        <p>Try Apron with a made-up café and made-up people. It is for practice only: nothing in it is real.</p>
        <CheckboxField
          id="sample-training-records"
          label="With made-up trainee records too: skills signed off, outcomes and progress"
          checked={withTrainingRecords}
          onChange={setWithTrainingRecords}
        />
        <button type="button" className="button button-secondary button-large" disabled={busy} onClick={() => void loadSample()}>
          Try Apron with a sample café
        </button>
      </section>
    </main>
  );
}
