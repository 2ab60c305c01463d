import { useRef, useState, type FormEvent } from 'react';
import type { ApiError, Outcome, OutcomeEvidence, OutcomeKind, SustainmentCheckpoint } from '../../shared/contract/index.ts';
import { outcomeEvidenceKinds, outcomeKinds } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { DateField } from '../availability/DateField.tsx';
import { Alert, Notice } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { SelectField, TextField } from '../components/fields.tsx';
import { RadioGroup } from '../hours/RadioGroup.tsx';
import { useFocusProblem } from '../rota/useFocusProblem.ts';
import { RemovedOutcomes } from './RemovedOutcomes.tsx';
import { checkFields, checkInput, emptyCheck, emptyOutcome, outcomeDraftOf, outcomeFields, outcomeInput, outcomeUpdateInput, type CheckDraft, type OutcomeDraft } from './traineeForms.ts';
import { checkpointWords, checkWords, evidenceWords, outcomeDetails, outcomeHeadline, outcomeKindWords } from './traineeWords.ts';

const kindChoices = outcomeKinds.map((k) => ({ value: k, label: outcomeKindWords[k] }));
const evidenceChoices = [{ value: '' as const, label: 'None yet' }, ...outcomeEvidenceKinds.map((e) => ({ value: e, label: evidenceWords[e] }))];
const yesNo = [
  { value: 'yes' as const, label: 'Yes, still in it' },
  { value: 'no' as const, label: 'No, it has ended' },
];

interface PartProps {
  staffId: string;
  name: string;
  outcomes: Outcome[];
  onChanged: (said: string) => void;
}

function CheckForm({ outcome, checkpoint, onDone, onCancel }: { outcome: Outcome; checkpoint: SustainmentCheckpoint; onDone: (o: Outcome) => void; onCancel: () => void }) {
  const { call } = useApp();
  const [draft, setDraft] = useState<CheckDraft>(() => emptyCheck(checkpoint));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusProblem(form, error);
  const id = `check-${outcome.id}-${checkpoint}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = checkInput(outcome.id, draft);
    if (!checked.ok) {
      setError({ code: 'invalid_input', message: checked.message, field: checked.field });
      return;
    }
    setBusy(true);
    const r = await call('outcomes.checkSustainment', checked.input);
    setBusy(false);
    if (!r.ok) setError(r.error);
    else onDone(r.value);
  };
  const general = formLevelError(error, checkFields);
  return (
    <form ref={form} noValidate className="form inline-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-heading`}>
      <h5 id={`${id}-heading`} className="inline-form-heading">
        The {checkpointWords[checkpoint]} check
      </h5>
      {general ? <Alert>{general}</Alert> : null}
      <DateField id={`${id}-on`} label="Date checked" value={draft.checkedOn} onChange={(checkedOn) => setDraft((d) => ({ ...d, checkedOn }))} error={errorFor(error, 'checkedOn')} />
      <RadioGroup id={`${id}-sustained`} legend="Are they still in it?" value={draft.sustained} options={yesNo} onChange={(sustained) => setDraft((d) => ({ ...d, sustained }))} error={errorFor(error, 'sustained')} />
      <SelectField<OutcomeEvidence | ''> id={`${id}-evidence`} label="Evidence" value={draft.evidence} options={evidenceChoices} onChange={(evidence) => setDraft((d) => ({ ...d, evidence }))} error={errorFor(error, 'evidence')} />
      <TextField id={`${id}-note`} label="Note" optional value={draft.note} onChange={(note) => setDraft((d) => ({ ...d, note }))} error={errorFor(error, 'note')} maxLength={300} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          Save the {checkpointWords[checkpoint]} check
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function RemoveForm({ outcome, onDone, onCancel }: { outcome: Outcome; onDone: (o: Outcome) => void; onCancel: () => void }) {
  const { call } = useApp();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusProblem(form, error);
  const id = `remove-${outcome.id}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await call('outcomes.remove', { outcomeId: outcome.id, reason });
    setBusy(false);
    if (!r.ok) setError(r.error);
    else onDone(r.value);
  };
  const general = formLevelError(error, ['reason']);
  return (
    <form ref={form} noValidate className="form inline-form inline-form-danger" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-heading`}>
      <h5 id={`${id}-heading`} className="inline-form-heading">
        Remove this outcome?
      </h5>
      <p>It stays on record as removed, with your reason, and no longer counts in reports.</p>
      {general ? <Alert>{general}</Alert> : null}
      <TextField id={`${id}-reason`} label="Why remove it" hint="Like: recorded by mistake, it was someone else." value={reason} onChange={setReason} error={errorFor(error, 'reason')} maxLength={300} />
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onCancel}>
          Keep the outcome
        </button>
        <button type="submit" className="button button-secondary button-danger" disabled={busy}>
          Remove the outcome
        </button>
      </div>
    </form>
  );
}

type Open = { kind: 'check'; outcomeId: string; checkpoint: SustainmentCheckpoint } | { kind: 'remove'; outcomeId: string } | null;

/** Moves into work, training or volunteering, with their sustainment checks. */
export function OutcomesPart({ staffId, name, outcomes, onChanged }: PartProps) {
  const { call } = useApp();
  const [draft, setDraft] = useState<OutcomeDraft>(emptyOutcome);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const [said, setSaid] = useState<string | null>(null);
  /** The outcome being changed in the form below; null: the form records a new one. */
  const [changing, setChanging] = useState<Outcome | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useFocusProblem(form, error);
  const edit = (patch: Partial<OutcomeDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = changing ? outcomeUpdateInput(changing.id, draft) : outcomeInput(staffId, draft);
    if (!checked.ok) {
      setError({ code: 'invalid_input', message: checked.message, field: checked.field });
      return;
    }
    setBusy(true);
    const r = 'outcomeId' in checked.input ? await call('outcomes.update', checked.input) : await call('outcomes.add', checked.input);
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    setDraft(emptyOutcome);
    setChanging(null);
    const text = `${changing ? 'Changed' : 'Recorded'}: ${outcomeHeadline(r.value)}.`;
    setSaid(text);
    onChanged(text);
  };

  const startChange = (o: Outcome) => {
    setOpen(null);
    setError(null);
    setChanging(o);
    setDraft(outcomeDraftOf(o));
    form.current?.querySelector('h4')?.focus();
  };

  const stopChange = () => {
    setChanging(null);
    setDraft(emptyOutcome);
    setError(null);
  };

  const done = (text: string) => {
    setOpen(null);
    setSaid(text);
    onChanged(text);
  };

  const general = formLevelError(error, outcomeFields);
  return (
    <section className="panel" aria-labelledby="outcomes-heading">
      <h3 id="outcomes-heading">{name}’s outcomes</h3>
      <p>A paid job, an apprenticeship, training or education, or volunteering. Each is checked for sustainment at 6 weeks and 6 months.</p>
      {said ? <Notice>{said}</Notice> : null}
      {outcomes.length === 0 ? (
        <p>No outcomes recorded yet.</p>
      ) : (
        <ul className="outcome-list" aria-label="Outcomes">
          {outcomes.map((o) => (
            <li key={o.id} className="outcome-card">
              <h4 className="outcome-title">{outcomeHeadline(o)}</h4>
              <p>{outcomeDetails(o).join('. ')}.</p>
              {o.note ? <p>Note: {o.note}</p> : null}
              <ul className="check-list" aria-label="Sustainment checks">
                {o.checks.map((c) => {
                  const w = checkWords(c);
                  const formOpen = open?.kind === 'check' && open.outcomeId === o.id && open.checkpoint === c.checkpoint;
                  return (
                    <li key={c.checkpoint} className={`check check-${w.tone}`}>
                      <span className="check-sign" aria-hidden="true">
                        {w.tone === 'done' ? '✓' : w.tone === 'due' ? '!' : w.tone === 'ended' ? '✗' : '…'}
                      </span>{' '}
                      {w.text}
                      {c.state === 'due' && !formOpen ? (
                        <button type="button" className="button button-primary check-button" onClick={() => setOpen({ kind: 'check', outcomeId: o.id, checkpoint: c.checkpoint })}>
                          Record the {checkpointWords[c.checkpoint]} check<span className="visually-hidden"> for {outcomeHeadline(o)}</span>
                        </button>
                      ) : null}
                      {formOpen ? (
                        <CheckForm
                          outcome={o}
                          checkpoint={c.checkpoint}
                          onCancel={() => setOpen(null)}
                          onDone={(after) => done(`Recorded the ${checkpointWords[c.checkpoint]} check: ${checkWords(after.checks.find((x) => x.checkpoint === c.checkpoint) ?? c).text}`)}
                        />
                      ) : null}
                    </li>
                  );
                })}
              </ul>
              {open?.kind === 'remove' && open.outcomeId === o.id ? (
                <RemoveForm outcome={o} onCancel={() => setOpen(null)} onDone={(after) => done(`Removed: ${outcomeHeadline(after)}. It stays on record as removed.`)} />
              ) : (
                <div className="button-row">
                  <button type="button" className="button button-secondary" onClick={() => startChange(o)}>
                    Change this outcome<span className="visually-hidden">: {outcomeHeadline(o)}</span>
                  </button>
                  <button type="button" className="button button-secondary" onClick={() => setOpen({ kind: 'remove', outcomeId: o.id })}>
                    Remove this outcome<span className="visually-hidden">: {outcomeHeadline(o)}</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <RemovedOutcomes staffId={staffId} shown={outcomes} />

      <form ref={form} noValidate className="form form-part" onSubmit={(e) => void submit(e)} aria-labelledby="outcome-add-heading">
        <h4 id="outcome-add-heading" tabIndex={-1}>
          {changing ? `Change the outcome: ${outcomeHeadline(changing)}` : 'Record an outcome'}
        </h4>
        {general ? <Alert>{general}</Alert> : null}
        <RadioGroup<OutcomeKind> id="outcome-kind" legend="What kind" value={draft.kind} options={kindChoices} onChange={(kind) => edit({ kind })} error={errorFor(error, 'kind')} />
        <DateField id="outcome-date" label="Date it started" hint="Not before their start date, and not in the future." value={draft.date} onChange={(date) => edit({ date })} error={errorFor(error, 'date')} />
        <TextField id="outcome-employer" label="Employer or provider" value={draft.employerOrProvider} onChange={(employerOrProvider) => edit({ employerOrProvider })} error={errorFor(error, 'employerOrProvider')} maxLength={120} />
        <TextField id="outcome-hours" label="Hours a week" optional hint="Like 16 or 37.5." inputMode="text" value={draft.hoursPerWeek} onChange={(hoursPerWeek) => edit({ hoursPerWeek })} error={errorFor(error, 'hoursPerWeek')} maxLength={8} />
        <SelectField<OutcomeEvidence | ''> id="outcome-evidence" label="Evidence" hint="What funders will ask to see." value={draft.evidence} options={evidenceChoices} onChange={(evidence) => edit({ evidence })} error={errorFor(error, 'evidence')} />
        <TextField id="outcome-note" label="Note" optional value={draft.note} onChange={(note) => edit({ note })} error={errorFor(error, 'note')} maxLength={300} />
        <div className="button-row">
          <button type="submit" className="button button-primary button-large" disabled={busy}>
            {changing ? 'Save the change' : 'Record the outcome'}
          </button>
          {changing ? (
            <button type="button" className="button button-secondary button-large" onClick={stopChange}>
              Keep it as it was
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
