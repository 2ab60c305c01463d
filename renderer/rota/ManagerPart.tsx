import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiError, RotaSettings, Station } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert, Loading, Notice } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { CheckboxField, TextField } from '../components/fields.tsx';
import { minutesHint, moveStation, nextPosition, rulesDraft, rulesInput, type RulesDraft } from './stations.ts';

interface Editing {
  id: string | null;
  name: string;
  active: boolean;
}

function StationEditor({ editing, stations, onCancel, onSaved }: { editing: Editing; stations: Station[]; onCancel: () => void; onSaved: (station: Station, added: boolean) => void }) {
  const { call } = useApp();
  const [name, setName] = useState(editing.name);
  const [active, setActive] = useState(editing.active);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const before = stations.find((s) => s.id === editing.id);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await call('stations.save', { ...(editing.id ? { id: editing.id } : {}), name, position: before?.position ?? nextPosition(stations), active });
    setBusy(false);
    if (!r.ok) setError(r.error);
    else onSaved(r.value, editing.id === null);
  };

  const general = formLevelError(error, ['name', 'active']);
  return (
    <section className="panel" aria-labelledby="station-editor-heading">
      <h3 id="station-editor-heading" ref={heading} tabIndex={-1}>
        {editing.id ? `Change ${editing.name}` : 'Add a station'}
      </h3>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        {general ? <Alert>{general}</Alert> : null}
        <TextField id="station-name" label="Station name" hint="Where someone works on a shift, like Barista." value={name} onChange={setName} error={errorFor(error, 'name')} maxLength={40} />
        {editing.id ? <CheckboxField id="station-active" label="In use on the rota" checked={active} onChange={setActive} error={errorFor(error, 'active')} /> : null}
        {editing.id && !active && before?.active ? <p className="field-hint">Shifts already planned there stay; no new ones can be planned there.</p> : null}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {editing.id ? 'Save the station' : 'Add the station'}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}

function StationsList() {
  const { call } = useApp();
  const [stations, setStations] = useState<Station[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [reloads, setReloads] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void call('stations.list', { includeInactive: true }).then((r) => {
      if (!live) return;
      if (r.ok) setStations(r.value);
      else setProblem(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [call, reloads]);

  const move = async (station: Station, direction: -1 | 1) => {
    if (!stations) return;
    setBusy(true);
    setSaid(null);
    for (const change of moveStation(stations, station.id, direction)) {
      const r = await call('stations.save', change);
      if (!r.ok) {
        setProblem(r.error.message);
        break;
      }
    }
    setBusy(false);
    setSaid(`Moved ${station.name} ${direction < 0 ? 'up' : 'down'}.`);
    setReloads((n) => n + 1);
  };

  return (
    <section aria-labelledby="stations-heading">
      <div className="panel-top">
        <h2 id="stations-heading">Stations</h2>
        {editing ? null : (
          <button type="button" className="button button-primary" onClick={() => setEditing({ id: null, name: '', active: true })}>
            Add a station
          </button>
        )}
      </div>
      <p>Where people work on a shift. The rota shows them in this order.</p>
      {problem ? <Alert>{problem}</Alert> : null}
      {said ? <Notice>{said}</Notice> : null}
      {editing && stations ? (
        <StationEditor
          key={editing.id ?? 'new'}
          editing={editing}
          stations={stations}
          onCancel={() => setEditing(null)}
          onSaved={(s, added) => {
            setEditing(null);
            setProblem(null);
            setSaid(added ? `Added the station ${s.name}.` : `Saved the station ${s.name}${s.active ? '' : ': no longer in use'}.`);
            setReloads((n) => n + 1);
          }}
        />
      ) : null}
      {stations === null && !problem ? <Loading what="stations" /> : null}
      {stations ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Stations, in rota order</caption>
            <thead>
              <tr>
                <th scope="col">Station</th>
                <th scope="col">In use</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {stations.map((s, i) => (
                <tr key={s.id}>
                  <th scope="row">{s.name}</th>
                  <td>{s.active ? 'Yes' : 'No'}</td>
                  <td>
                    <div className="actions">
                      <button type="button" className="button button-secondary" onClick={() => void move(s, -1)} disabled={busy || i === 0}>
                        Move up<span className="visually-hidden"> {s.name}</span>
                      </button>
                      <button type="button" className="button button-secondary" onClick={() => void move(s, 1)} disabled={busy || i === stations.length - 1}>
                        Move down<span className="visually-hidden"> {s.name}</span>
                      </button>
                      <button type="button" className="button button-secondary" onClick={() => setEditing({ id: s.id, name: s.name, active: s.active })}>
                        Change<span className="visually-hidden"> {s.name}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

const RULE_FIELDS = ['maxShiftMinutes', 'minRestMinutes', 'approvalToleranceMinutes'];

function RulesForm({ initial }: { initial: RotaSettings }) {
  const { call } = useApp();
  const [draft, setDraft] = useState<RulesDraft>(() => rulesDraft(initial));
  const [error, setError] = useState<ApiError | null>(null);
  const [said, setSaid] = useState(false);
  const [busy, setBusy] = useState(false);
  const edit = (patch: Partial<RulesDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setSaid(false);
    const r = await call('rota.saveSettings', rulesInput(draft));
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    setDraft(rulesDraft(r.value));
    setSaid(true);
  };

  const general = formLevelError(error, RULE_FIELDS);
  return (
    <form className="form rota-rules-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="rules-heading">
      <h2 id="rules-heading">Rota rules</h2>
      {said ? <Notice>Rota rules saved.</Notice> : null}
      {general ? <Alert>{general}</Alert> : null}
      <TextField
        id="rules-max"
        label="Longest shift, in minutes"
        hint={`A longer shift is flagged on the rota as too long. ${minutesHint(draft.maxShiftMinutes) ?? ''}`.trim()}
        inputMode="numeric"
        value={draft.maxShiftMinutes}
        onChange={(maxShiftMinutes) => edit({ maxShiftMinutes })}
        error={errorFor(error, 'maxShiftMinutes')}
        maxLength={4}
      />
      <TextField
        id="rules-rest"
        label="Shortest rest between shifts, in minutes"
        hint={`Less rest than this between one person’s shifts is flagged. ${minutesHint(draft.minRestMinutes) ?? ''}`.trim()}
        inputMode="numeric"
        value={draft.minRestMinutes}
        onChange={(minRestMinutes) => edit({ minRestMinutes })}
        error={errorFor(error, 'minRestMinutes')}
        maxLength={4}
      />
      <TextField
        id="rules-tolerance"
        label="Approval tolerance, in minutes"
        hint="Clock-ins and clock-outs this close to the plan are approved in one go, as planned."
        inputMode="numeric"
        value={draft.approvalToleranceMinutes}
        onChange={(approvalToleranceMinutes) => edit({ approvalToleranceMinutes })}
        error={errorFor(error, 'approvalToleranceMinutes')}
        maxLength={3}
      />
      <button type="submit" className="button button-primary button-large" disabled={busy}>
        Save the rota rules
      </button>
    </form>
  );
}

/** The manager's part of the rota: the stations and the rules the grid checks. */
export function ManagerPart() {
  const { call } = useApp();
  const [settings, setSettings] = useState<RotaSettings | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void call('rota.settings', {}).then((r) => {
      if (!live) return;
      if (r.ok) setSettings(r.value);
      else setProblem(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [call]);
  return (
    <>
      <StationsList />
      <section className="panel">
        {problem ? <Alert>{problem}</Alert> : null}
        {settings === null && !problem ? <Loading what="the rota rules" /> : null}
        {settings ? <RulesForm initial={settings} /> : null}
      </section>
    </>
  );
}
