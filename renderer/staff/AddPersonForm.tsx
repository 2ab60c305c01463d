import { useState, type FormEvent } from 'react';
import type { ApiError, Role, StaffMember } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert, Notice } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { SelectField, TextField } from '../components/fields.tsx';
import { aRole, roleOptions } from '../components/roles.ts';
import { ReceiptNameField } from './ReceiptNameField.tsx';

const FIELD_IDS = { displayName: 'add-name', role: 'add-role', pin: 'add-pin', badge: 'add-badge' } as const;
type Field = keyof typeof FIELD_IDS;
const FIELDS = Object.keys(FIELD_IDS) as Field[];

export function AddPersonForm({ onAdded }: { onAdded: (person: StaffMember) => void }) {
  const { call } = useApp();
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('trainee');
  const [pin, setPin] = useState('');
  const [badge, setBadge] = useState('');
  const [namedOnReceipts, setNamedOnReceipts] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setAdded(null);
    const r = await call('staff.create', { displayName, role, pin, ...(badge.trim() ? { badge } : {}), namedOnReceipts });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      const field = FIELDS.find((f) => errorFor(r.error, f));
      if (field) document.getElementById(FIELD_IDS[field])?.focus();
      return;
    }
    setError(null);
    setDisplayName('');
    setRole('trainee');
    setPin('');
    setBadge('');
    setNamedOnReceipts(false);
    setAdded(`Added ${r.value.displayName} as ${aRole(r.value.role)}. They can log in now.`);
    onAdded(r.value);
  };

  const general = formLevelError(error, FIELDS);
  return (
    <section className="panel" aria-labelledby="add-person-heading">
      <h2 id="add-person-heading">Add a person</h2>
      {added ? <Notice>{added}</Notice> : null}
      {general ? <Alert>{general}</Alert> : null}
      <form onSubmit={(e) => void submit(e)} noValidate className="form">
        <TextField id={FIELD_IDS.displayName} label="Name" hint="The name shown on the login screen." value={displayName} onChange={setDisplayName} error={errorFor(error, 'displayName')} maxLength={60} />
        <SelectField id={FIELD_IDS.role} label="Role" value={role} options={roleOptions} onChange={setRole} error={errorFor(error, 'role')} />
        <TextField
          id={FIELD_IDS.pin}
          label="PIN"
          hint="4 to 8 numbers. Tell the person their PIN in private."
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          value={pin}
          onChange={setPin}
          error={errorFor(error, 'pin')}
        />
        <TextField id={FIELD_IDS.badge} label="Badge" optional hint="Scan their badge here, or type the code printed on it." type="password" value={badge} onChange={setBadge} error={errorFor(error, 'badge')} />
        <ReceiptNameField id="add-named-on-receipts" displayName={displayName} checked={namedOnReceipts} onChange={setNamedOnReceipts} />
        <button type="submit" className="button button-primary" disabled={busy}>
          Add this person
        </button>
      </form>
    </section>
  );
}
