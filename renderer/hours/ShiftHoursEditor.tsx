import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiError, AttendanceStatus, DayHoursRow, SignedInStaff, Station } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { CheckboxField, SelectField, TextField } from '../components/fields.tsx';
import { approvalFormFor, approvalInput, fieldsFor, reasonHint, type ApprovalField, type ApprovalForm } from './approvalForm.ts';
import { clockedWords, durationWords, scheduledWords } from './hoursWords.ts';
import { RadioGroup } from './RadioGroup.tsx';

const FIELD_IDS: Record<ApprovalField, string> = {
  attendance: 'approve-attendance',
  start: 'approve-start',
  end: 'approve-end',
  endsNextDay: 'approve-next-day',
  breakMinutes: 'approve-break',
  lateMinutes: 'approve-late',
  absenceAcceptable: 'approve-acceptable',
  reason: 'approve-reason',
};
const FIELDS = Object.keys(FIELD_IDS) as ApprovalField[];

const attendanceOptions: readonly { value: AttendanceStatus; label: string }[] = [
  { value: 'attended', label: 'Attended' },
  { value: 'late', label: 'Late' },
  { value: 'absent', label: 'Absent' },
  { value: 'cancelled', label: 'Cancelled by the café' },
];

interface ShiftHoursEditorProps {
  row: DayHoursRow;
  staff: SignedInStaff;
  stations: Station[];
  /** Saved: the message to show, and the day to read again. */
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** One shift's hours as they really went: attendance, times, break, and why they differ. */
export function ShiftHoursEditor({ row, staff, stations, onSaved, onCancel }: ShiftHoursEditorProps) {
  const { call } = useApp();
  const { shift } = row;
  const person = shift.trainee?.displayName ?? 'Nobody';
  const [form, setForm] = useState<ApprovalForm>(() => approvalFormFor(row));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [pickedStation, setStationId] = useState('');
  const stationId = pickedStation || (stations[0]?.id ?? '');
  const [confirmError, setConfirmError] = useState<ApiError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const set = <K extends keyof ApprovalForm>(key: K) => (value: ApprovalForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  const showError = (e: ApiError) => {
    setError(e);
    const field = FIELDS.find((f) => errorFor(e, f));
    if (field) document.getElementById(FIELD_IDS[field])?.focus();
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const read = approvalInput(shift.id, form);
    if ('problem' in read) {
      showError({ code: 'invalid_input', message: read.problem, field: read.field });
      return;
    }
    setBusy(true);
    const r = await call('hours.approveShift', read.input);
    setBusy(false);
    if (!r.ok) {
      showError(r.error);
      return;
    }
    const s = r.value;
    const status = s.attendance?.status;
    onSaved(
      status === 'absent'
        ? `Recorded ${person} as absent: no hours counted.`
        : status === 'cancelled'
          ? `Recorded ${person}’s shift as cancelled by the café: no hours counted.`
          : `Approved ${person}’s shift: ${durationWords(s.creditedMinutes ?? 0)} counted.`,
    );
  };

  const confirm = async () => {
    setBusy(true);
    const r = await call('hours.confirmUnplanned', { shiftId: shift.id, stationId });
    setBusy(false);
    if (!r.ok) {
      setConfirmError(r.error);
      return;
    }
    setConfirmError(null);
    onSaved(`Confirmed ${person}’s shift on ${r.value.station?.name ?? 'the station'}. Now approve its hours.`);
  };

  const needs = fieldsFor(form.attendance);
  const general = formLevelError(error, FIELDS);
  const own = shift.trainee?.id === staff.id;
  const unconfirmed = shift.unplanned && !shift.confirmed;

  return (
    <section className="panel shift-editor" aria-labelledby="shift-editor-heading">
      <h2 id="shift-editor-heading" ref={heading} tabIndex={-1}>
        {person}’s shift{shift.station ? ` on ${shift.station.name}` : ''}
      </h2>
      <p className="shift-editor-facts">
        Planned: {scheduledWords(shift)}. Clocked: {clockedWords(shift)}.
      </p>
      {own ? <p className="hours-warning">These are your own hours: another supervisor or a manager approves them.</p> : null}
      {shift.locked ? <p className="hours-warning">These hours are certified. A manager must reopen them before they can change.</p> : null}

      {unconfirmed ? (
        <div className="form-part">
          <h3>Confirm the shift</h3>
          <p>{person} clocked in with no shift planned. Choose the station they worked, then approve the hours.</p>
          {confirmError && !errorFor(confirmError, 'stationId') ? <Alert>{confirmError.message}</Alert> : null}
          <SelectField
            id="confirm-station"
            label="Station they worked"
            value={stationId}
            options={stations.map((s) => ({ value: s.id, label: s.name }))}
            onChange={setStationId}
            error={errorFor(confirmError, 'stationId')}
          />
          <div className="button-row">
            <button type="button" className="button" disabled={busy || stationId === ''} onClick={() => void confirm()}>
              Confirm the shift
            </button>
            <button type="button" className="button button-secondary" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <form className="form" onSubmit={(e) => void save(e)} noValidate>
          {general ? <Alert id="approve-problem">{general}</Alert> : null}
          <RadioGroup id={FIELD_IDS.attendance} legend="Attendance" value={form.attendance} options={attendanceOptions} onChange={set('attendance')} error={errorFor(error, 'attendance')} />
          {needs.times ? (
            <div className="filters">
              <TextField id={FIELD_IDS.start} label="Started" hint="24-hour clock, like 09:30" inputMode="numeric" value={form.start} onChange={set('start')} error={errorFor(error, 'start')} maxLength={5} />
              <TextField id={FIELD_IDS.end} label="Finished" hint="24-hour clock, like 13:00" inputMode="numeric" value={form.end} onChange={set('end')} error={errorFor(error, 'end')} maxLength={5} />
              <TextField id={FIELD_IDS.breakMinutes} label="Unpaid break (minutes)" hint="0 for none" inputMode="numeric" value={form.breakMinutes} onChange={set('breakMinutes')} error={errorFor(error, 'breakMinutes')} maxLength={4} />
            </div>
          ) : null}
          {needs.times ? <CheckboxField id={FIELD_IDS.endsNextDay} label="Finished the next day (a night shift)" checked={form.endsNextDay} onChange={set('endsNextDay')} error={errorFor(error, 'endsNextDay')} /> : null}
          {needs.late ? (
            <TextField id={FIELD_IDS.lateMinutes} label="Minutes late" inputMode="numeric" value={form.lateMinutes} onChange={set('lateMinutes')} error={errorFor(error, 'lateMinutes')} maxLength={4} />
          ) : null}
          {needs.acceptable ? (
            <RadioGroup
              id={FIELD_IDS.absenceAcceptable}
              legend="Was the reason acceptable?"
              value={form.absenceAcceptable}
              options={[
                { value: 'yes', label: 'Yes, acceptable' },
                { value: 'no', label: 'No' },
              ]}
              onChange={set('absenceAcceptable')}
              error={errorFor(error, 'absenceAcceptable')}
            />
          ) : null}
          <TextField
            id={FIELD_IDS.reason}
            label="Reason"
            optional={form.attendance === 'cancelled'}
            hint={reasonHint(form.attendance)}
            multiline
            value={form.reason}
            onChange={set('reason')}
            error={errorFor(error, 'reason')}
            maxLength={300}
          />
          <div className="button-row">
            <button type="submit" className="button button-large" disabled={busy}>
              {form.attendance === 'absent' || form.attendance === 'cancelled' ? 'Save' : 'Approve these hours'}
            </button>
            <button type="button" className="button button-secondary button-large" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
