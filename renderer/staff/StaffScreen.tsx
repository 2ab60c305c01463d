import { useEffect, useState } from 'react';
import type { SignedInStaff, StaffMember } from '../../shared/contract/index.ts';
import { formatCafeClock } from '../../shared/dates.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert, Loading, Notice, ScreenHeading } from '../components/feedback.tsx';
import { CheckboxField } from '../components/fields.tsx';
import { roleNames } from '../components/roles.ts';
import { AddPersonForm } from './AddPersonForm.tsx';
import { PersonEditor } from './PersonEditor.tsx';

function signInWays(p: StaffMember): string {
  if (p.hasPin && p.hasBadge) return 'PIN and badge';
  if (p.hasPin) return 'PIN';
  if (p.hasBadge) return 'Badge';
  return 'None yet';
}

export function StaffScreen({ staff }: { staff: SignedInStaff }) {
  const { call } = useApp();
  const isManager = staff.role === 'manager';
  const [includeInactive, setIncludeInactive] = useState(false);
  const [people, setPeople] = useState<StaffMember[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<StaffMember | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    void call('staff.list', { includeInactive }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setPeople(r.value);
        setProblem(null);
      } else setProblem(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [call, includeInactive, reloads]);

  const reload = () => setReloads((n) => n + 1);

  const letTryAgain = async (person: StaffMember) => {
    setNotice(null);
    const r = await call('staff.clearLockout', { staffId: person.id });
    if (!r.ok) {
      setProblem(r.error.message);
      return;
    }
    setProblem(null);
    setNotice(`${r.value.displayName} can try their PIN again now.`);
    reload();
  };

  return (
    <div className="screen screen-staff">
      <ScreenHeading title={isManager ? 'Staff' : 'Staff list'}>{isManager ? 'Staff' : 'Staff list'}</ScreenHeading>
      {!isManager ? <p className="lead">You can see who works here. Only a manager can change people.</p> : null}
      {problem ? <Alert>{problem}</Alert> : null}
      {notice ? <Notice>{notice}</Notice> : null}

      <CheckboxField id="show-former" label="Show former staff" checked={includeInactive} onChange={setIncludeInactive} />

      {people === null && !problem ? <Loading what="staff" /> : null}
      {people ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">People who work at the café</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Logs in with</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.displayName}</th>
                  <td>{roleNames[p.role]}</td>
                  <td>
                    {p.active ? 'Works here' : 'Former staff'}
                    {p.namedOnReceipts ? <div className="field-hint">First name on receipts</div> : null}
                    {p.lockedUntil ? <span className="status-locked">Locked out until {formatCafeClock(p.lockedUntil)} (too many wrong PINs)</span> : null}
                  </td>
                  <td>{signInWays(p)}</td>
                  <td className="actions">
                    {p.lockedUntil ? (
                      <button type="button" className="button button-primary" onClick={() => void letTryAgain(p)}>
                        Let them try again<span className="visually-hidden"> ({p.displayName})</span>
                      </button>
                    ) : null}
                    {isManager ? (
                      <button type="button" className="button button-secondary" onClick={() => setEditing(p)}>
                        Change<span className="visually-hidden"> {p.displayName}</span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {isManager && editing ? <PersonEditor
          key={editing.id}
          person={editing}
          onChanged={(p) => {
            setEditing(p);
            reload();
          }}
          onClose={() => setEditing(null)}
        /> : null}
      {isManager ? <AddPersonForm onAdded={reload} /> : null}
    </div>
  );
}
