import { useRef, type FormEvent } from 'react';
import type { ApiError, RotaConflict, RotaWeek, Shift } from '../../shared/contract/index.ts';
import { formatCafeTime } from '../../shared/dates.ts';
import { Alert } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { CheckboxField, SelectField, TextField } from '../components/fields.tsx';
import { Dialog } from '../till/Dialog.tsx';
import { conflictLabels, isCancelled, lengthInWords, shiftInWords, shiftStatus, shiftTimes } from './grid.ts';
import { dayChoices, SHIFT_FIELDS, stationChoices, supervisorChoices, workerChoices, type ShiftDraft } from './shiftForm.ts';
import { useFocusProblem } from './useFocusProblem.ts';
import { dayInWords } from './week.ts';

/** Why the grid cannot move, copy or remove this shift, or null when it can. */
export function whyFixed(shift: Shift): string | null {
  if (shift.unplanned) return 'Nobody planned this shift: someone clocked in without one. It is sorted out on the Hours screen.';
  if (shift.locked) return 'These hours are certified, so this shift cannot change until a manager reopens the period.';
  if (isCancelled(shift)) return 'This shift was cancelled. Plan a new one if it is needed after all.';
  if (shift.clockedInAt || shift.approval) return `${shift.trainee?.displayName ?? 'Someone'} has already started this shift: correct its hours on the Hours screen instead.`;
  return null;
}

interface DetailsProps {
  shift: Shift;
  conflicts: RotaConflict[];
  onClose: () => void;
  onChange: () => void;
  onCopy: () => void;
  onRemove: () => void;
}

export function ShiftDetailsDialog({ shift, conflicts, onClose, onChange, onCopy, onRemove }: DetailsProps) {
  const status = shiftStatus(shift);
  const fixed = whyFixed(shift);
  return (
    <Dialog title={`${shift.trainee?.displayName ?? 'Open shift'}, ${dayInWords(shift.day)}`} onClose={onClose}>
      <dl className="rota-shift-facts">
        <dt>Times</dt>
        <dd>
          {shiftTimes(shift)}
          {shift.scheduledMinutes !== null ? ` (${lengthInWords(shift.scheduledMinutes)})` : null}
        </dd>
        <dt>Station</dt>
        <dd>{shift.station?.name ?? 'None yet'}</dd>
        <dt>Who works it</dt>
        <dd>{shift.trainee?.displayName ?? 'Nobody yet: an open shift'}</dd>
        <dt>Supervisor on duty</dt>
        <dd>{shift.supervisor?.displayName ?? 'Nobody named'}</dd>
        {shift.note ? (
          <>
            <dt>Note</dt>
            <dd>{shift.note}</dd>
          </>
        ) : null}
        <dt>State</dt>
        <dd>
          <strong>{status.label}.</strong> {status.detail}
        </dd>
        {shift.swap ? (
          <>
            <dt>Swap</dt>
            <dd>
              {shift.swap.offeredBy.displayName} offered this shift
              {shift.swap.takenBy ? `; ${shift.swap.takenBy.displayName} wants to take it (see Swaps).` : '; nobody has taken it yet.'}
            </dd>
          </>
        ) : null}
        {shift.publishedAt ? (
          <>
            <dt>Published</dt>
            <dd>{formatCafeTime(shift.publishedAt, 'EEEE d MMMM, HH:mm')}</dd>
          </>
        ) : null}
      </dl>
      {conflicts.length > 0 ? (
        <>
          <h3>To look at</h3>
          <ul className="rota-shift-conflicts">
            {conflicts.map((c, i) => (
              <li key={`${c.kind}-${i}`}>
                <strong>{conflictLabels[c.kind]}:</strong> {c.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {fixed ? (
        <p>{fixed}</p>
      ) : (
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={onChange} data-autofocus>
            Change or move
          </button>
          <button type="button" className="button button-secondary" onClick={onCopy}>
            Copy to another day
          </button>
          <button type="button" className="button button-secondary" onClick={onRemove}>
            Remove
          </button>
        </div>
      )}
    </Dialog>
  );
}

interface FormProps {
  title: string;
  saveLabel: string;
  week: RotaWeek;
  draft: ShiftDraft;
  error: ApiError | null;
  busy: boolean;
  onEdit: (patch: Partial<ShiftDraft>) => void;
  onSave: () => void;
  onClose: () => void;
}

/** Adding or changing a shift: every box labelled, the core's reason beside the box it is about. */
export function ShiftFormDialog({ title, saveLabel, week, draft, error, busy, onEdit, onSave, onClose }: FormProps) {
  const form = useRef<HTMLFormElement>(null);
  useFocusProblem(form, error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave();
  };
  const general = formLevelError(error, SHIFT_FIELDS);
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit} noValidate className="form" ref={form}>
        {general ? <Alert>{general}</Alert> : null}
        <SelectField id="shift-date" label="Day" value={draft.date} options={dayChoices(week.weekStart, draft.date)} onChange={(date) => onEdit({ date })} error={errorFor(error, 'date')} />
        <div className="rota-times">
          <TextField id="shift-start" label="Start time" hint="24-hour clock, like 09:30." inputMode="numeric" value={draft.start} onChange={(start) => onEdit({ start })} error={errorFor(error, 'start')} maxLength={5} />
          <TextField id="shift-end" label="End time" hint="Like 17:00." inputMode="numeric" value={draft.end} onChange={(end) => onEdit({ end })} error={errorFor(error, 'end')} maxLength={5} />
        </div>
        <CheckboxField id="shift-next-day" label="Ends the next day (a night shift)" checked={draft.endsNextDay} onChange={(endsNextDay) => onEdit({ endsNextDay })} error={errorFor(error, 'endsNextDay')} />
        <SelectField id="shift-station" label="Station" value={draft.stationId} options={stationChoices(week, draft.stationId)} onChange={(stationId) => onEdit({ stationId })} error={errorFor(error, 'stationId')} />
        <SelectField id="shift-trainee" label="Who works it" value={draft.traineeId} options={workerChoices(week, draft.traineeId)} onChange={(traineeId) => onEdit({ traineeId })} error={errorFor(error, 'traineeId')} />
        <SelectField id="shift-supervisor" label="Supervisor on duty" value={draft.supervisorId} options={supervisorChoices(week, draft.supervisorId)} onChange={(supervisorId) => onEdit({ supervisorId })} error={errorFor(error, 'supervisorId')} />
        <TextField id="shift-note" label="Note" optional hint="Trainees see it with the shift, like “Show Tom the card machine”." value={draft.note} onChange={(note) => onEdit({ note })} error={errorFor(error, 'note')} maxLength={200} />
        <div className="button-row">
          <button type="submit" className="button button-primary button-large" disabled={busy}>
            {saveLabel}
          </button>
          <button type="button" className="button button-secondary button-large" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}

interface CopyProps {
  shift: Shift;
  week: RotaWeek;
  date: string;
  error: ApiError | null;
  busy: boolean;
  onDate: (date: string) => void;
  onCopy: () => void;
  onClose: () => void;
}

export function CopyShiftDialog({ shift, week, date, error, busy, onDate, onCopy, onClose }: CopyProps) {
  const general = formLevelError(error, ['date']);
  return (
    <Dialog title="Copy this shift" onClose={onClose}>
      <p>{shiftInWords(shift)}.</p>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onCopy();
        }}
      >
        {general ? <Alert>{general}</Alert> : null}
        <SelectField id="copy-date" label="Copy it to" hint="Same times, station and person, as a draft." value={date} options={dayChoices(week.weekStart)} onChange={onDate} error={errorFor(error, 'date')} />
        <div className="button-row">
          <button type="submit" className="button button-primary button-large" disabled={busy}>
            Copy the shift
          </button>
          <button type="button" className="button button-secondary button-large" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}

interface RemoveProps {
  shift: Shift;
  error: ApiError | null;
  busy: boolean;
  onRemove: () => void;
  onClose: () => void;
}

/** Keeping the shift is the first button and has the focus: a slip of the finger keeps it. */
export function RemoveShiftDialog({ shift, error, busy, onRemove, onClose }: RemoveProps) {
  return (
    <Dialog title="Remove this shift?" onClose={onClose}>
      {error ? <Alert>{error.message}</Alert> : null}
      <p>
        <strong>{shiftInWords(shift)}.</strong>
      </p>
      {shift.state === 'draft' ? (
        <p>It is a draft, so no trainee has seen it. You can put it back straight after.</p>
      ) : (
        <p>
          It is published{shift.trainee ? `, so ${shift.trainee.displayName} has been shown it` : ''}. It stays on the rota marked as cancelled by the café, so nobody turns up for it.
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-primary button-large" onClick={onClose} data-autofocus>
          Keep the shift
        </button>
        <button type="button" className="button rota-danger button-large" onClick={onRemove} disabled={busy}>
          Remove the shift
        </button>
      </div>
    </Dialog>
  );
}
