import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiError, Result, Role, StaffMember } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert, Notice } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { CheckboxField, SelectField, TextField } from '../components/fields.tsx';
import { roleOptions } from '../components/roles.ts';
import { ReceiptNameField } from './ReceiptNameField.tsx';

interface PersonEditorProps {
  person: StaffMember;
  onChanged: (person: StaffMember) => void;
  onClose: () => void;
}

type Part = 'details' | 'pin' | 'badge';
const DETAIL_FIELDS = ['displayName', 'role', 'active'];

/** A manager changes one person: name, role, whether they work here, whether receipts name them, PIN and badge. */
export function PersonEditor({ person, onChanged, onClose }: PersonEditorProps) {
  const { call } = useApp();
  const [displayName, setDisplayName] = useState(person.displayName);
  const [role, setRole] = useState<Role>(person.role);
  const [active, setActive] = useState(person.active);
  const [namedOnReceipts, setNamedOnReceipts] = useState(person.namedOnReceipts);
  const [pin, setPin] = useState('');
  const [badge, setBadge] = useState('');
  const [error, setError] = useState<{ part: Part; error: ApiError } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, [person.id]);

  const run = async (part: Part, action: Promise<Result<StaffMember>>, said: (p: StaffMember) => string) => {
    setBusy(true);
    setDone(null);
    const r = await action;
    setBusy(false);
    if (!r.ok) {
      setError({ part, error: r.error });
      return false;
    }
    setError(null);
    setDone(said(r.value));
    onChanged(r.value);
    return true;
  };

  const saveDetails = (e: FormEvent) => {
    e.preventDefault();
    void run('details', call('staff.update', { staffId: person.id, displayName, role, active, namedOnReceipts }), (p) => `Saved the changes to ${p.displayName}.`);
  };

  const savePin = async (e: FormEvent) => {
    e.preventDefault();
    if (await run('pin', call('staff.setPin', { staffId: person.id, pin }), (p) => `${p.displayName} has a new PIN. Tell them in private.`)) setPin('');
  };

  const saveBadge = async (e: FormEvent) => {
    e.preventDefault();
    if (badge.trim() === '') {
      setError({ part: 'badge', error: { code: 'invalid_input', message: 'Scan the new badge, or type the code printed on it.', field: 'badge' } });
      return;
    }
    if (await run('badge', call('staff.setBadge', { staffId: person.id, badge }), (p) => `${p.displayName}'s badge is set.`)) setBadge('');
  };

  const removeBadge = () => void run('badge', call('staff.setBadge', { staffId: person.id, badge: null }), (p) => `${p.displayName}'s badge is removed.`);

  const at = (part: Part, field: string) => (error?.part === part ? errorFor(error.error, field) : undefined);
  const general = (part: Part, fields: string[]) => (error?.part === part ? formLevelError(error.error, fields) : undefined);

  return (
    <section className="panel panel-editor" aria-labelledby="edit-heading">
      <div className="panel-top">
        <h2 id="edit-heading" ref={heading} tabIndex={-1}>
          Change {person.displayName}
        </h2>
        <button type="button" className="button button-secondary" onClick={onClose}>
          Close
        </button>
      </div>
      {done ? <Notice>{done}</Notice> : null}

      <form onSubmit={saveDetails} noValidate className="form form-part">
        <h3>Name, role and whether they work here</h3>
        {general('details', DETAIL_FIELDS) ? <Alert>{general('details', DETAIL_FIELDS)}</Alert> : null}
        <TextField id="edit-name" label="Name" value={displayName} onChange={setDisplayName} error={at('details', 'displayName')} maxLength={60} />
        <SelectField id="edit-role" label="Role" value={role} options={roleOptions} onChange={setRole} error={at('details', 'role')} />
        <CheckboxField id="edit-active" label="Works here now (can log in)" checked={active} onChange={setActive} error={at('details', 'active')} />
        <ReceiptNameField id="edit-named-on-receipts" displayName={displayName} checked={namedOnReceipts} onChange={setNamedOnReceipts} />
        <button type="submit" className="button button-primary" disabled={busy}>
          Save changes
        </button>
      </form>

      <form onSubmit={(e) => void savePin(e)} noValidate className="form form-part">
        <h3>PIN</h3>
        {general('pin', ['pin']) ? <Alert>{general('pin', ['pin'])}</Alert> : null}
        <TextField
          id="edit-pin"
          label="New PIN"
          hint="4 to 8 numbers. This also lets them try again if they were locked out."
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          value={pin}
          onChange={setPin}
          error={at('pin', 'pin')}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          Set new PIN
        </button>
      </form>

      <form onSubmit={(e) => void saveBadge(e)} noValidate className="form form-part">
        <h3>Badge</h3>
        <p>{person.hasBadge ? `${person.displayName} has a badge.` : `${person.displayName} has no badge.`}</p>
        {general('badge', ['badge']) ? <Alert>{general('badge', ['badge'])}</Alert> : null}
        <TextField id="edit-badge" label="New badge" hint="Scan the badge here, or type the code printed on it." type="password" value={badge} onChange={setBadge} error={at('badge', 'badge')} />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            Set badge
          </button>
          {person.hasBadge ? (
            <button type="button" className="button button-secondary" disabled={busy} onClick={removeBadge}>
              Remove badge
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
