import { useRef, useState, type FormEvent } from 'react';
import type { ApiError, TraineeRecord, TraineeStatus } from '../../shared/contract/index.ts';
import { genders, referralSources, traineeStatuses } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { DateField } from '../availability/DateField.tsx';
import { Alert, Notice } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { CheckboxField, SelectField, TextField } from '../components/fields.tsx';
import { dayWords } from '../hours/periods.ts';
import { RadioGroup } from '../hours/RadioGroup.tsx';
import { useFocusProblem } from '../rota/useFocusProblem.ts';
import { emptyStatus, recordDraftOf, recordFields, recordInput, statusInput, type RecordDraft, type StatusDraft } from './traineeForms.ts';
import { genderWords, referralWords, statusChangeWords, statusWords } from './traineeWords.ts';

interface Props {
  record: TraineeRecord;
  onSaved: (record: TraineeRecord) => void;
}

const referralChoices = [{ value: '' as const, label: 'Not recorded' }, ...referralSources.map((r) => ({ value: r, label: referralWords[r] }))];
const genderChoices = [{ value: '' as const, label: 'Not recorded' }, ...genders.map((g) => ({ value: g, label: genderWords[g] }))];
const statusChoices = traineeStatuses.map((s) => ({ value: s, label: statusWords[s] }));

/** The record itself: the minimum the café needs, never health or offence details. */
export function RecordForm({ record, onSaved }: Props) {
  const { call } = useApp();
  const [draft, setDraft] = useState<RecordDraft>(() => recordDraftOf(record));
  const [error, setError] = useState<ApiError | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusProblem(form, error);
  const edit = (patch: Partial<RecordDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaid(null);
  };
  const name = record.staff.displayName;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = recordInput(record.staff.id, draft);
    if (!checked.ok) {
      setError({ code: 'invalid_input', message: checked.message, field: checked.field });
      return;
    }
    setBusy(true);
    const r = await call('trainees.save', checked.input);
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    setDraft(recordDraftOf(r.value));
    setSaid(`Saved ${name}’s record.`);
    onSaved(r.value);
  };

  const general = formLevelError(error, recordFields);
  return (
    <section className="panel" aria-labelledby="record-heading">
      <h3 id="record-heading">{name}’s record</h3>
      <p>Only what the café needs for their placement and for funders. Never write health or offence details here.</p>
      <form ref={form} noValidate className="form record-form" onSubmit={(e) => void submit(e)} aria-labelledby="record-heading">
        {general ? <Alert>{general}</Alert> : null}
        <TextField id="record-preferred" label="Preferred name" optional hint="What they like to be called." value={draft.preferredName} onChange={(preferredName) => edit({ preferredName })} error={errorFor(error, 'preferredName')} maxLength={60} />
        <DateField id="record-start" label="Start date" optional hint="The day their placement began. For example 20 5 2030." value={draft.startDate} onChange={(startDate) => edit({ startDate })} error={errorFor(error, 'startDate')} />
        <TextField id="record-programme" label="Programme" optional hint="Like Café skills, 12 weeks." value={draft.programme} onChange={(programme) => edit({ programme })} error={errorFor(error, 'programme')} maxLength={120} />
        <SelectField id="record-referral" label="Referred by" value={draft.referralSource} options={referralChoices} onChange={(referralSource) => edit({ referralSource })} error={errorFor(error, 'referralSource')} />
        <DateField id="record-referral-date" label="Referral date" optional value={draft.referralDate} onChange={(referralDate) => edit({ referralDate })} error={errorFor(error, 'referralDate')} />
        <TextField id="record-goal" label="Goal" optional hint="In their words, like: a job in a kitchen by the summer." multiline value={draft.goal} onChange={(goal) => edit({ goal })} error={errorFor(error, 'goal')} maxLength={300} />
        <SelectField id="record-gender" label="Gender (optional)" hint="Only for funders' breakdowns. Leave it as Not recorded unless they want to say." value={draft.gender} options={genderChoices} onChange={(gender) => edit({ gender })} error={errorFor(error, 'gender')} />
        <CheckboxField id="record-receipts" label="They agree to their first name on receipts" checked={draft.namedOnReceipts} onChange={(namedOnReceipts) => edit({ namedOnReceipts })} error={errorFor(error, 'namedOnReceipts')} />
        <button type="submit" className="button button-primary button-large" disabled={busy}>
          Save the record
        </button>
        {said ? <Notice>{said}</Notice> : null}
      </form>
    </section>
  );
}

/** Active, paused, completed or withdrawn (with a reason), with the history of changes. */
export function StatusPart({ record, onSaved }: Props) {
  const { call } = useApp();
  const [draft, setDraft] = useState<StatusDraft>(emptyStatus);
  const [error, setError] = useState<ApiError | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusProblem(form, error);
  const name = record.staff.displayName;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = statusInput(record.staff.id, draft);
    if (!checked.ok) {
      setError({ code: 'invalid_input', message: checked.message, field: checked.field });
      return;
    }
    setBusy(true);
    const r = await call('trainees.setStatus', checked.input);
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    setDraft(emptyStatus);
    setSaid(`${name} is now ${statusWords[r.value.status].toLowerCase()}.`);
    onSaved(r.value);
  };

  const general = formLevelError(error, ['status', 'since', 'reason']);
  const history = [...record.statusHistory].reverse();
  return (
    <section className="panel" aria-labelledby="status-heading">
      <h3 id="status-heading">Status</h3>
      <p className="status-now">
        Now: <strong>{statusWords[record.status]}</strong>
        {record.statusSince ? ` since ${dayWords(record.statusSince)}` : ''}
        {record.statusReason ? ` (${record.statusReason})` : ''}.
      </p>
      {history.length > 0 ? (
        <>
          <h4>History, newest first</h4>
          <ol className="status-history" aria-label="Status history" reversed>
            {history.map((c) => (
              <li key={`${c.status}-${c.at}`}>{statusChangeWords(c)}</li>
            ))}
          </ol>
        </>
      ) : null}
      <form ref={form} noValidate className="form" onSubmit={(e) => void submit(e)} aria-labelledby="status-change-heading">
        <h4 id="status-change-heading">Change the status</h4>
        {general ? <Alert>{general}</Alert> : null}
        <RadioGroup<TraineeStatus> id="status-choice" legend="New status" value={draft.status} options={statusChoices} onChange={(status) => setDraft((d) => ({ ...d, status }))} error={errorFor(error, 'status')} />
        <DateField id="status-since" label="From" optional hint="Leave it empty for today." value={draft.since} onChange={(since) => setDraft((d) => ({ ...d, since }))} error={errorFor(error, 'since')} />
        <TextField
          id="status-reason"
          label="Reason"
          optional={draft.status !== 'withdrawn'}
          hint={draft.status === 'withdrawn' ? 'Needed when someone withdraws. It is kept on their record.' : 'Kept on their record.'}
          value={draft.reason}
          onChange={(reason) => setDraft((d) => ({ ...d, reason }))}
          error={errorFor(error, 'reason')}
          maxLength={300}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          Change the status
        </button>
        {said ? <Notice>{said}</Notice> : null}
      </form>
    </section>
  );
}
