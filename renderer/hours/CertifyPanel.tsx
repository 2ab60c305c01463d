import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError, Certification, HoursSummary, SignedInStaff, StaffMember } from '../../shared/contract/index.ts';
import { formatCafeTime } from '../../shared/dates.ts';
import { useApp } from '../app/AppContext.tsx';
import { whileShown } from '../app/whileShown.ts';
import { Alert, Notice } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { SelectField, TextField } from '../components/fields.tsx';
import { durationWords } from './hoursWords.ts';
import { dayWords, isDay, periodOf, periodWords, type PeriodKind } from './periods.ts';
import { RadioGroup } from './RadioGroup.tsx';

interface CertifyPanelProps {
  /** The day the screen shows: the period to certify holds it, until the manager picks another. */
  day: string;
  staff: SignedInStaff;
  changes: number;
}

const EVERYONE = '';

/** A manager certifies a week or month (locking it) and reopens one with a reason; supervisors see the list. */
export function CertifyPanel({ day, staff, changes }: CertifyPanelProps) {
  const { call } = useApp();
  const manager = staff.role === 'manager';
  const [certs, setCerts] = useState<Certification[] | null>(null);
  const [listProblem, setListProblem] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const [done, setDone] = useState<string | null>(null);

  useEffect(
    () =>
      whileShown(call('hours.certifications', { limit: 50 }), (r) => {
        if (r.ok) {
          setCerts(r.value);
          setListProblem(null);
        } else setListProblem(r.error.message);
      }),
    [call, changes, reloads],
  );

  const changed = (message: string) => {
    setDone(message);
    setReloads((n) => n + 1);
  };

  return (
    <section className="panel" aria-labelledby="certify-heading">
      <h2 id="certify-heading">Certified hours</h2>
      <p className="field-hint">A manager certifies a week or a month once every shift in it is approved. Certified hours are locked: to change them, a manager reopens them with a reason.</p>
      {done ? <Notice>{done}</Notice> : null}
      {manager ? <CertifyForm day={day} changes={changes + reloads} onCertified={changed} /> : null}
      <h3>Certified so far</h3>
      {listProblem ? <Alert>{listProblem}</Alert> : null}
      {certs && certs.length === 0 ? <p>No hours have been certified yet.</p> : null}
      {certs && certs.length > 0 ? <CertificationList certs={certs} manager={manager} onReopened={changed} /> : null}
    </section>
  );
}

function CertifyForm({ day, changes, onCertified }: { day: string; changes: number; onCertified: (message: string) => void }) {
  const { call } = useApp();
  const [kind, setKind] = useState<PeriodKind>('month');
  // The period follows the day the screen shows, until the manager types another date.
  const [typed, setTyped] = useState<{ day: string; date: string } | null>(null);
  const date = typed && typed.day === day ? typed.date : day;
  const setDate = (text: string) => setTyped({ day, date: text });
  const [staffId, setStaffId] = useState(EVERYONE);
  const [trainees, setTrainees] = useState<StaffMember[]>([]);
  const [answer, setAnswer] = useState<{ query: string; summary: HoursSummary } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(
    () =>
      whileShown(call('staff.list', {}), (r) => {
        if (r.ok) setTrainees(r.value.filter((p) => p.role === 'trainee'));
      }),
    [call],
  );

  const period = isDay(date) ? periodOf(kind, date) : null;
  const from = period?.from;
  const to = period?.to;
  // What the certificate would hold, asked again whenever the choice or the hours change.
  const query = from && to ? JSON.stringify({ from, to, staffId, changes }) : null;
  useEffect(() => {
    if (!from || !to || !query) return;
    return whileShown(call('hours.summary', { from, to, ...(staffId ? { staffId } : {}) }), (r) => {
      if (r.ok) setAnswer({ query, summary: r.value });
    });
  }, [call, from, to, staffId, query]);
  const preview = answer && answer.query === query ? answer.summary : null;

  const whom = staffId === EVERYONE ? 'everyone' : (trainees.find((t) => t.id === staffId)?.displayName ?? 'this trainee');
  const waiting = preview?.people.reduce((n, p) => n + p.waiting, 0) ?? 0;

  const certify = async (e: FormEvent) => {
    e.preventDefault();
    if (!isDay(date)) {
      setError({ code: 'invalid_input', message: 'Choose a day in the week or month, like 2030-10-01.', field: 'date' });
      return;
    }
    setBusy(true);
    const r = await call('hours.certify', { period: kind, date, staffId: staffId || null });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    const c = r.value;
    onCertified(`Certified ${periodWords(c)} for ${c.staff?.displayName ?? 'everyone'}: ${durationWords(c.creditedMinutes)}. These hours are locked now.`);
  };

  const general = formLevelError(error, ['period', 'date', 'staffId']);
  return (
    <form className="form form-part certify-form" onSubmit={(e) => void certify(e)} noValidate aria-labelledby="certify-form-heading">
      <h3 id="certify-form-heading">Certify hours</h3>
      {general ? <Alert id="certify-problem">{general}</Alert> : null}
      <RadioGroup
        id="certify-period"
        legend="Period"
        value={kind}
        options={[
          { value: 'week', label: 'Week (Monday to Sunday)' },
          { value: 'month', label: 'Month' },
        ]}
        onChange={setKind}
        error={errorFor(error, 'period')}
      />
      <div className="filters">
        <TextField id="certify-date" label="A day in it" hint="Like 2030-10-01" value={date} onChange={setDate} error={errorFor(error, 'date')} maxLength={10} />
        <SelectField
          id="certify-person"
          label="Whose hours"
          value={staffId}
          options={[{ value: EVERYONE, label: 'Everyone' }, ...trainees.map((t) => ({ value: t.id, label: t.displayName }))]}
          onChange={setStaffId}
          error={errorFor(error, 'staffId')}
        />
      </div>
      {period && preview ? (
        <p className="certify-preview" role="status">
          This certifies <strong>{durationWords(preview.creditedMinutes)}</strong> of approved hours for {whom}, {dayWords(period.from)} to {dayWords(period.to)}.
          {waiting > 0 ? ` ${waiting === 1 ? '1 shift' : `${waiting} shifts`} in it still ${waiting === 1 ? 'needs' : 'need'} approving first.` : ''}
        </p>
      ) : null}
      <button type="submit" className="button button-large" disabled={busy}>
        Certify {period ? periodWords(period) : 'these hours'}
      </button>
    </form>
  );
}

function CertificationList({ certs, manager, onReopened }: { certs: Certification[]; manager: boolean; onReopened: (message: string) => void }) {
  const { call } = useApp();
  const [reopening, setReopening] = useState<Certification | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const reopen = async (e: FormEvent) => {
    e.preventDefault();
    if (!reopening) return;
    setBusy(true);
    const r = await call('hours.reopen', { certificationId: reopening.id, reason });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      if (errorFor(r.error, 'reason')) document.getElementById('reopen-reason')?.focus();
      return;
    }
    setError(null);
    setReopening(null);
    setReason('');
    onReopened(`Reopened ${periodWords(r.value)} for ${r.value.staff?.displayName ?? 'everyone'}: the hours can change again.`);
  };

  return (
    <>
      <div className="table-wrap">
        <table className="table certifications-table">
          <caption className="visually-hidden">Certified periods, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Whose hours</th>
              <th scope="col">Hours</th>
              <th scope="col">Certified</th>
              <th scope="col">Now</th>
              {manager ? (
                <th scope="col">
                  <span className="visually-hidden">Reopen</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {certs.map((c) => (
              <tr key={c.id}>
                <th scope="row">{periodWords(c)}</th>
                <td>{c.staff?.displayName ?? 'Everyone'}</td>
                <td className="nowrap">{durationWords(c.creditedMinutes)}</td>
                <td>
                  by {c.certifiedBy.displayName}, {formatCafeTime(c.certifiedAt, 'd MMM yyyy')}
                </td>
                <td>{c.reopened ? `Reopened by ${c.reopened.by.displayName}: ${c.reopened.reason}` : 'Locked'}</td>
                {manager ? (
                  <td>
                    {c.reopened ? null : (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        aria-expanded={reopening?.id === c.id}
                        onClick={() => {
                          setReopening(c);
                          setError(null);
                          setReason('');
                        }}
                      >
                        Reopen<span className="visually-hidden"> {periodWords(c)} for {c.staff?.displayName ?? 'everyone'}</span>
                      </button>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {reopening ? (
        <form className="form form-part" onSubmit={(e) => void reopen(e)} noValidate aria-labelledby="reopen-heading">
          <h3 id="reopen-heading">
            Reopen {periodWords(reopening)} for {reopening.staff?.displayName ?? 'everyone'}
          </h3>
          {error && !errorFor(error, 'reason') ? <Alert>{error.message}</Alert> : null}
          <TextField id="reopen-reason" label="Why reopen these hours?" hint="Kept in the audit log, for example: a shift was approved with the wrong finish time." multiline value={reason} onChange={setReason} error={errorFor(error, 'reason')} maxLength={300} />
          <div className="button-row">
            <button type="submit" className="button" disabled={busy}>
              Reopen these hours
            </button>
            <button type="button" className="button button-secondary" onClick={() => setReopening(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </>
  );
}
