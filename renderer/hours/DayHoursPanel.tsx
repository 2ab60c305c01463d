import { useEffect, useState } from 'react';
import type { ApiError, DayHours, DayHoursRow, SignedInStaff, Station } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { whileShown } from '../app/whileShown.ts';
import { Alert, Loading, Notice } from '../components/feedback.tsx';
import { attendanceWords, breakWords, clockedWords, durationWords, flagList, scheduledWords } from './hoursWords.ts';
import { dayWords } from './periods.ts';
import { ShiftHoursEditor } from './ShiftHoursEditor.tsx';

interface DayHoursPanelProps {
  day: string;
  staff: SignedInStaff;
  /** Bumped when something changed elsewhere: read the day again. */
  changes: number;
}

function personOf(row: DayHoursRow): string {
  return row.shift.trainee?.displayName ?? 'Nobody';
}

/** Which of the shifts that match the plan are ticked to approve together (all, to start with). */
function tickedOf(hours: DayHours, unticked: ReadonlySet<string>): string[] {
  return hours.rows.filter((r) => r.matchesPlan && !unticked.has(r.shift.id)).map((r) => r.shift.id);
}

export function DayHoursPanel({ day, staff, changes }: DayHoursPanelProps) {
  const { call } = useApp();
  const [hours, setHours] = useState<DayHours | null>(null);
  const [stations, setStations] = useState<Station[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const [bulkError, setBulkError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reloads, setReloads] = useState(0);

  useEffect(
    () =>
      whileShown(call('hours.day', { day }), (r) => {
        if (r.ok) {
          setHours(r.value);
          setProblem(null);
        } else setProblem(r.error.message);
      }),
    [call, day, changes, reloads],
  );

  useEffect(
    () =>
      whileShown(call('stations.list', {}), (r) => {
        if (r.ok) setStations(r.value);
      }),
    [call],
  );

  const approveTicked = async (ids: string[]) => {
    setBusy(true);
    setDone(null);
    const r = await call('hours.approve', { shiftIds: ids });
    setBusy(false);
    if (!r.ok) {
      setBulkError(r.error);
      return;
    }
    setBulkError(null);
    setDone(`Approved ${r.value.approved === 1 ? '1 shift' : `${r.value.approved} shifts`} as planned: ${durationWords(r.value.creditedMinutes)} counted.`);
    setReloads((n) => n + 1);
  };

  const saved = (message: string) => {
    setEditing(null);
    setDone(message);
    setReloads((n) => n + 1);
  };

  const toggle = (id: string, ticked: boolean) =>
    setUnticked((s) => {
      const next = new Set(s);
      if (ticked) next.delete(id);
      else next.add(id);
      return next;
    });

  const ticked = hours ? tickedOf(hours, unticked) : [];
  const matching = hours?.rows.filter((r) => r.matchesPlan).length ?? 0;
  const editingRow = hours?.rows.find((r) => r.shift.id === editing) ?? null;

  return (
    <section className="panel" aria-labelledby="day-hours-heading">
      <h2 id="day-hours-heading">{dayWords(day)}</h2>
      {problem ? <Alert>{problem}</Alert> : null}
      {hours === null && !problem ? <Loading what="the day’s shifts" /> : null}
      {done ? <Notice>{done}</Notice> : null}
      {hours ? (
        <>
          <p className="hours-waiting" id="day-waiting">
            {hours.rows.length === 0
              ? 'No shifts on this day.'
              : hours.waiting === 0
                ? 'Every shift of this day is settled.'
                : `${hours.waiting === 1 ? '1 shift' : `${hours.waiting} shifts`} to approve.`}
          </p>
          {hours.rows.length > 0 ? (
            <div className="table-wrap">
              <table className="table hours-table day-table">
                <caption className="visually-hidden">Shifts of {dayWords(day)}: planned, clocked and approved</caption>
                <thead>
                  <tr>
                    <th scope="col">Approve together</th>
                    <th scope="col">Who</th>
                    <th scope="col">Station</th>
                    <th scope="col">Planned</th>
                    <th scope="col">Clocked</th>
                    <th scope="col">Breaks</th>
                    <th scope="col">To look at</th>
                    <th scope="col">Hours</th>
                    <th scope="col">
                      <span className="visually-hidden">Change</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {hours.rows.map((row) => (
                    <DayRow key={row.shift.id} row={row} ticked={ticked.includes(row.shift.id)} onTick={toggle} editing={editing === row.shift.id} onEdit={setEditing} />
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}

          {matching > 0 ? (
            <div className="bulk-approve">
              <p className="field-hint">
                Ticked shifts were clocked within {hours.toleranceMinutes} minutes of the plan: they are approved as planned. Approve the others one by one.
              </p>
              {bulkError ? <Alert id="bulk-problem">{bulkError.message}</Alert> : null}
              <button type="button" className="button button-large" disabled={busy || ticked.length === 0} onClick={() => void approveTicked(ticked)}>
                Approve {ticked.length === 1 ? 'the ticked shift' : `the ${ticked.length} ticked shifts`} as planned
              </button>
            </div>
          ) : null}

          {editingRow ? <ShiftHoursEditor key={editingRow.shift.id} row={editingRow} staff={staff} stations={stations} onSaved={saved} onCancel={() => setEditing(null)} /> : null}
        </>
      ) : null}
    </section>
  );
}

interface DayRowProps {
  row: DayHoursRow;
  ticked: boolean;
  onTick: (id: string, ticked: boolean) => void;
  editing: boolean;
  onEdit: (id: string) => void;
}

function DayRow({ row, ticked, onTick, editing, onEdit }: DayRowProps) {
  const { shift } = row;
  const person = personOf(row);
  const flags = flagList(row.flags, row.lateMinutes);
  const breaks = breakWords(shift.breaks);
  const settled = shift.approval !== null || shift.attendance?.status === 'cancelled';
  const hoursText =
    shift.creditedMinutes !== null ? durationWords(shift.creditedMinutes) : row.proposedCreditedMinutes !== null ? `${durationWords(row.proposedCreditedMinutes)} ${row.matchesPlan ? '(as planned)' : '(as clocked)'}` : '–';
  const action = settled ? 'Change' : shift.unplanned && !shift.confirmed ? 'Confirm' : 'Approve';
  return (
    <tr className={editing ? 'row-open' : undefined} data-shift={shift.id}>
      <td>
        {row.matchesPlan ? (
          <input type="checkbox" className="checkbox" checked={ticked} onChange={(e) => onTick(shift.id, e.target.checked)} aria-label={`Approve ${person}’s shift as planned`} />
        ) : null}
      </td>
      <th scope="row">{person}</th>
      <td>{shift.station?.name ?? 'Not set'}</td>
      <td className="nowrap">{scheduledWords(shift)}</td>
      <td>{clockedWords(shift)}</td>
      <td>
        {row.clockedBreakMinutes > 0 || breaks.length > 0 ? (
          <>
            {durationWords(row.clockedBreakMinutes)}
            <span className="break-times">{breaks.join(', ')}</span>
          </>
        ) : (
          'None'
        )}
      </td>
      <td>
        <ul className="flags">
          {flags.map((f) => (
            <li key={f.text} className={`flag flag-${f.tone}`}>
              {f.text}
            </li>
          ))}
          {shift.attendance && shift.attendance.status !== 'attended' ? <li className="flag flag-info">{attendanceWords(shift.attendance)}</li> : null}
        </ul>
      </td>
      <td>
        {hoursText}
        {shift.approval ? <span className="approved-by">by {shift.approval.by.displayName}</span> : null}
      </td>
      <td>
        <button type="button" className="button button-secondary button-small" aria-expanded={editing} onClick={() => onEdit(shift.id)}>
          {action}
          <span className="visually-hidden"> {person}’s shift</span>
        </button>
      </td>
    </tr>
  );
}
