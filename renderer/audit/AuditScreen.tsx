import { useEffect, useState } from 'react';
import type { AuditEntry, StaffMember } from '../../shared/contract/index.ts';
import { formatCafeTime } from '../../shared/dates.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert, Loading, ScreenHeading } from '../components/feedback.tsx';
import { SelectField } from '../components/fields.tsx';
import { actionName, outcomeNames } from './actionNames.ts';

export const AUDIT_PAGE_SIZE = 50;

interface Loaded {
  entries: AuditEntry[];
  nextBefore: number | null;
}

export function AuditScreen() {
  const { call } = useApp();
  const [people, setPeople] = useState<StaffMember[]>([]);
  const [actions, setActions] = useState<string[]>([]);
  const [actorId, setActorId] = useState('');
  const [action, setAction] = useState('');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void call('staff.list', { includeInactive: true }).then((r) => {
      if (live && r.ok) setPeople(r.value);
    });
    return () => {
      live = false;
    };
  }, [call]);

  useEffect(() => {
    let live = true;
    void call('audit.list', { limit: AUDIT_PAGE_SIZE, ...(actorId ? { actorId } : {}), ...(action ? { action } : {}) }).then((r) => {
      if (!live) return;
      if (!r.ok) {
        setProblem(r.error.message);
        return;
      }
      setProblem(null);
      setActions(r.value.actions);
      setLoaded({ entries: r.value.entries, nextBefore: r.value.nextBefore });
    });
    return () => {
      live = false;
    };
  }, [call, actorId, action]);

  const loadOlder = async () => {
    if (!loaded?.nextBefore) return;
    setBusy(true);
    const r = await call('audit.list', { limit: AUDIT_PAGE_SIZE, before: loaded.nextBefore, ...(actorId ? { actorId } : {}), ...(action ? { action } : {}) });
    setBusy(false);
    if (!r.ok) {
      setProblem(r.error.message);
      return;
    }
    setLoaded({ entries: [...loaded.entries, ...r.value.entries], nextBefore: r.value.nextBefore });
  };

  const names = new Map(people.map((p) => [p.id, p.displayName]));
  /** Who an entry is about, when that is a person other than the one who did it. */
  const about = (e: AuditEntry): string | null => {
    if (e.subjectType !== 'staff' || !e.subjectId || e.subjectId === e.actorId) return null;
    return names.get(e.subjectId) ?? null;
  };

  const personOptions = [{ value: '', label: 'Everyone' }, ...people.map((p) => ({ value: p.id, label: p.active ? p.displayName : `${p.displayName} (former staff)` }))];
  const actionOptions = [{ value: '', label: 'Everything' }, ...actions.map((a) => ({ value: a, label: actionName(a) })).sort((a, b) => a.label.localeCompare(b.label))];

  return (
    <div className="screen screen-audit">
      <ScreenHeading title="Audit log">Audit log</ScreenHeading>
      <p className="lead">Who did what, and when. Newest first. Times are UK time.</p>
      <div className="filters" role="group" aria-label="Filter the audit log">
        <SelectField id="audit-person" label="Person" value={actorId} options={personOptions} onChange={setActorId} />
        <SelectField id="audit-action" label="Action" value={action} options={actionOptions} onChange={setAction} />
      </div>
      {problem ? <Alert>{problem}</Alert> : null}
      {loaded === null && !problem ? <Loading what="the audit log" /> : null}
      {loaded ? (
        <>
          <p role="status" className="count">
            {loaded.entries.length === 0 ? 'Nothing matches these filters.' : `Showing ${loaded.entries.length} ${loaded.entries.length === 1 ? 'entry' : 'entries'}.`}
          </p>
          {loaded.entries.length > 0 ? (
            <div className="table-wrap">
              <table className="table table-audit">
                <caption className="visually-hidden">Audit log entries, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Who</th>
                    <th scope="col">Action</th>
                    <th scope="col">Result</th>
                    <th scope="col">What happened</th>
                  </tr>
                </thead>
                <tbody>
                  {loaded.entries.map((e) => (
                    <tr key={e.id} className={`outcome-${e.outcome}`}>
                      <td className="nowrap">{formatCafeTime(e.at)}</td>
                      <td>{e.actorName ?? 'Nobody logged in'}</td>
                      <td>{actionName(e.action)}</td>
                      <td>
                        <span className={`outcome outcome-tag-${e.outcome}`}>{outcomeNames[e.outcome]}</span>
                      </td>
                      <td>
                        {e.summary}
                        {about(e) ? <span className="about"> About {about(e)}.</span> : null}
                        {e.authorisedByName ? <span className="authorised"> Authorised by {e.authorisedByName}.</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {loaded.nextBefore ? (
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => void loadOlder()}>
              Older entries
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
