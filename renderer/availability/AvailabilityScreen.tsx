import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiError, Availability, SignedInStaff, StaffMember, TimeOff, UnavailableTime } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert, Loading, ScreenHeading } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { SelectField, TextField } from '../components/fields.tsx';
import { roleNames } from '../components/roles.ts';
import {
  emptyTimeOff,
  emptyUnavailable,
  timeOffDraftOf,
  timeOffInput,
  timeOffWords,
  unavailableDraftOf,
  unavailableInput,
  unavailableWords,
  weekdayChoices,
  type TimeOffDraft,
  type UnavailableDraft,
} from './availabilityForm.ts';
import { useFocusProblem } from '../rota/useFocusProblem.ts';
import { DateField } from './DateField.tsx';
import './availability.css';

type PutBack = { kind: 'unavailable'; draft: UnavailableDraft } | { kind: 'timeOff'; draft: TimeOffDraft };

interface Said {
  text: string;
  putBack: PutBack | null;
}

interface SectionProps {
  availability: Availability;
  staffId: string | undefined;
  mine: boolean;
  onChanged: (availability: Availability, said: Said) => void;
  onRemove: (id: string, said: string, putBack: PutBack) => void;
}

function UnavailableSection({ availability, staffId, mine, onChanged, onRemove }: SectionProps) {
  const { call } = useApp();
  const [draft, setDraft] = useState<UnavailableDraft>(emptyUnavailable);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusProblem(form, error);
  const edit = (patch: Partial<UnavailableDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await call('availability.addUnavailable', unavailableInput(draft, staffId));
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    setDraft(emptyUnavailable);
    const sent = unavailableInput(draft, staffId);
    onChanged(r.value, { text: `Added: ${unavailableWords({ weekday: sent.weekday, from: sent.from, to: sent.to, note: draft.note.trim() || null })}.`, putBack: null });
  };

  const general = formLevelError(error, ['weekday', 'from', 'to', 'note', 'staffId']);
  const who = mine ? 'you' : availability.staff.displayName;
  return (
    <section className="panel" aria-labelledby="unavailable-heading">
      <h2 id="unavailable-heading">{mine ? 'Times you cannot work each week' : `Times ${availability.staff.displayName} cannot work each week`}</h2>
      <p>Like college on Tuesday mornings, or a regular appointment. The rota warns anyone who plans a shift then.</p>
      {availability.unavailable.length === 0 ? (
        <p>None yet: {who === 'you' ? 'you can' : `${who} can`} work any day.</p>
      ) : (
        <ul className="availability-list" aria-label="Times each week">
          {availability.unavailable.map((u: UnavailableTime) => (
            <li key={u.id}>
              <span>{unavailableWords(u)}</span>
              <button type="button" className="button button-secondary" onClick={() => onRemove(u.id, `Removed: ${unavailableWords(u)}.`, { kind: 'unavailable', draft: unavailableDraftOf(u) })}>
                Remove<span className="visually-hidden"> {unavailableWords(u)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form form-part" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="unavailable-add-heading" ref={form}>
        <h3 id="unavailable-add-heading">Add a time {mine ? 'you' : 'they'} cannot work</h3>
        {general ? <Alert>{general}</Alert> : null}
        <SelectField id="unavailable-day" label="Day of the week" value={draft.weekday} options={weekdayChoices} onChange={(weekday) => edit({ weekday })} error={errorFor(error, 'weekday')} />
        <div className="availability-times">
          <TextField id="unavailable-from" label="From" hint="24-hour clock, like 09:00." inputMode="numeric" value={draft.from} onChange={(from) => edit({ from })} error={errorFor(error, 'from')} maxLength={5} />
          <TextField id="unavailable-to" label="Until" hint="Like 12:30, or 24:00 for the end of the day." inputMode="numeric" value={draft.to} onChange={(to) => edit({ to })} error={errorFor(error, 'to')} maxLength={5} />
        </div>
        <TextField id="unavailable-note" label="What for" optional hint="Like College. Supervisors see this." value={draft.note} onChange={(note) => edit({ note })} error={errorFor(error, 'note')} maxLength={200} />
        <button type="submit" className="button button-primary" disabled={busy}>
          Add this time
        </button>
      </form>
    </section>
  );
}

function TimeOffSection({ availability, staffId, mine, onChanged, onRemove }: SectionProps) {
  const { call } = useApp();
  const [draft, setDraft] = useState<TimeOffDraft>(emptyTimeOff);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusProblem(form, error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = timeOffInput(draft, staffId);
    if (!checked.ok) {
      setError({ code: 'invalid_input', message: checked.message, field: checked.field });
      return;
    }
    setBusy(true);
    const r = await call('availability.addTimeOff', checked.input);
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    setDraft(emptyTimeOff);
    const reason = draft.reason.trim();
    onChanged(r.value, { text: `Added time off: ${timeOffWords({ from: checked.input.from, to: checked.input.to, reason: reason === '' ? null : reason })}.`, putBack: null });
  };

  const general = formLevelError(error, ['from', 'to', 'reason', 'staffId']);
  return (
    <section className="panel" aria-labelledby="time-off-heading">
      <h2 id="time-off-heading">{mine ? 'Your days off' : `${availability.staff.displayName}’s days off`}</h2>
      <p>Holidays, appointments, court dates: any days {mine ? 'you' : 'they'} cannot come in.</p>
      {availability.timeOff.length === 0 ? (
        <p>No days off yet.</p>
      ) : (
        <ul className="availability-list" aria-label="Days off">
          {availability.timeOff.map((t: TimeOff) => (
            <li key={t.id}>
              <span>{timeOffWords(t)}</span>
              <button type="button" className="button button-secondary" onClick={() => onRemove(t.id, `Removed time off: ${timeOffWords(t)}.`, { kind: 'timeOff', draft: timeOffDraftOf(t) })}>
                Remove<span className="visually-hidden"> {timeOffWords(t)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form form-part" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="time-off-add-heading" ref={form}>
        <h3 id="time-off-add-heading">Add days off</h3>
        {general ? <Alert>{general}</Alert> : null}
        <DateField id="time-off-from" label="First day" hint="For example 6 4 2026 for 6 April 2026." value={draft.from} onChange={(from) => setDraft((d) => ({ ...d, from }))} error={errorFor(error, 'from')} />
        <DateField id="time-off-to" label="Last day" optional hint="Leave it empty for one day off." value={draft.to} onChange={(to) => setDraft((d) => ({ ...d, to }))} error={errorFor(error, 'to')} />
        <TextField id="time-off-reason" label="Reason" optional hint="Only the café's supervisors and managers see it." value={draft.reason} onChange={(reason) => setDraft((d) => ({ ...d, reason }))} error={errorFor(error, 'reason')} maxLength={200} />
        <button type="submit" className="button button-primary" disabled={busy}>
          Add the days off
        </button>
      </form>
    </section>
  );
}

/** Everyone keeps their own times they cannot work and days off; supervisors and managers anyone's. */
export function AvailabilityScreen({ staff }: { staff: SignedInStaff }) {
  const { api, call } = useApp();
  const planner = staff.role !== 'trainee';
  const [whoId, setWhoId] = useState(staff.id);
  const [people, setPeople] = useState<StaffMember[] | null>(null);
  const [availability, setAvailability] = useState<Availability | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [said, setSaid] = useState<Said | null>(null);
  const [busy, setBusy] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const staffId = whoId === staff.id ? undefined : whoId;

  useEffect(() => {
    if (!planner) return;
    let live = true;
    void call('staff.list', { includeInactive: false }).then((r) => {
      if (!live) return;
      if (r.ok) setPeople(r.value);
      else setProblem(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [call, planner]);

  useEffect(() => {
    let live = true;
    const load = () =>
      void call('availability.list', staffId ? { staffId } : {}).then((r) => {
        if (!live) return;
        if (r.ok) {
          setAvailability(r.value);
          setProblem(null);
        } else setProblem(r.error.message);
      });
    load();
    // Someone else (a supervisor, or the trainee at the kiosk) may change it meanwhile.
    const stop = api.on((m) => {
      if (m.event === 'rota.changed' && m.payload.weekStart === null) load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [api, call, staffId]);

  useEffect(() => {
    if (said?.putBack) noticeRef.current?.focus();
  }, [said]);

  const changed = (a: Availability, s: Said) => {
    setAvailability(a);
    setProblem(null);
    setSaid(s);
  };

  const remove = async (id: string, text: string, putBack: PutBack) => {
    setBusy(true);
    const r = await call('availability.remove', { id });
    setBusy(false);
    if (!r.ok) setProblem(r.error.message);
    else changed(r.value, { text, putBack });
  };

  const putBack = async (p: PutBack) => {
    setBusy(true);
    let r;
    if (p.kind === 'unavailable') r = await call('availability.addUnavailable', unavailableInput(p.draft, staffId));
    else {
      const checked = timeOffInput(p.draft, staffId);
      r = checked.ok ? await call('availability.addTimeOff', checked.input) : null;
    }
    setBusy(false);
    if (r && !r.ok) setProblem(r.error.message);
    else if (r) changed(r.value, { text: 'Put back.', putBack: null });
  };

  const choose = (id: string) => {
    setWhoId(id);
    setAvailability(null);
    setSaid(null);
  };

  const mine = whoId === staff.id;
  const choices = (people ?? []).map((p) => ({ value: p.id, label: p.id === staff.id ? `${p.displayName} (you)` : `${p.displayName} (${roleNames[p.role].toLowerCase()})` }));
  if (!choices.some((c) => c.value === staff.id)) choices.unshift({ value: staff.id, label: `${staff.displayName} (you)` });

  return (
    <div className="screen screen-availability">
      <ScreenHeading title="Availability and time off">Availability and time off</ScreenHeading>
      <p className="lead">{planner ? 'When people cannot work. The rota warns you if a shift is planned then.' : 'Tell the café when you cannot work. Supervisors see it when they plan the rota.'}</p>
      {planner ? <SelectField id="availability-who" label="Whose availability" value={whoId} options={choices} onChange={choose} /> : null}
      {problem ? <Alert>{problem}</Alert> : null}
      {said ? (
        <div className="notice" role="status" ref={noticeRef} tabIndex={-1}>
          <p className="availability-notice-text">{said.text}</p>
          {said.putBack ? (
            <button type="button" className="button button-primary" onClick={() => said.putBack && void putBack(said.putBack)} disabled={busy}>
              Put it back
            </button>
          ) : null}
        </div>
      ) : null}
      {availability === null && !problem ? <Loading what="availability" /> : null}
      {availability ? (
        <div key={availability.staff.id}>
          <UnavailableSection availability={availability} staffId={staffId} mine={mine} onChanged={changed} onRemove={(id, text, p) => void remove(id, text, p)} />
          <TimeOffSection availability={availability} staffId={staffId} mine={mine} onChanged={changed} onRemove={(id, text, p) => void remove(id, text, p)} />
        </div>
      ) : null}
    </div>
  );
}
