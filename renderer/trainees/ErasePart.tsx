import { useRef, useState, type FormEvent } from 'react';
import type { ApiError, TraineeErasure, TraineeRecord } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { TextField } from '../components/fields.tsx';
import { useFocusProblem } from '../rota/useFocusProblem.ts';

/**
 * Erasing a trainee who left long ago: their name and personal details go for good, the
 * anonymous totals stay so past reports do not change. Behind their name typed to confirm.
 */
export function ErasePart({ record, onErased }: { record: TraineeRecord; onErased: (erasure: TraineeErasure) => void }) {
  const { call } = useApp();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusProblem(form, error);
  const name = record.staff.displayName;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await call('trainees.erase', { staffId: record.staff.id, confirmName: typed });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    setOpen(false);
    onErased(r.value);
  };

  const general = formLevelError(error, ['confirmName']);
  return (
    <section className="panel panel-erase" aria-labelledby="erase-heading">
      <h3 id="erase-heading">Erase this record</h3>
      <p>
        When a trainee left long ago (completed or withdrawn, and nothing on their record for 6 months), their name and personal details can be erased for good. Their hours, shifts, sign-offs and
        outcomes stay without a name, so reports for past periods do not change. This cannot be undone.
      </p>
      {!open ? (
        <button type="button" className="button button-secondary button-danger" onClick={() => setOpen(true)}>
          Erase this record…
        </button>
      ) : (
        <form ref={form} noValidate className="form inline-form inline-form-danger" onSubmit={(e) => void submit(e)} aria-labelledby="erase-confirm-heading">
          <h4 id="erase-confirm-heading" className="inline-form-heading">
            Erase {name}’s record for good?
          </h4>
          {general ? <Alert>{general}</Alert> : null}
          <TextField id="erase-confirm" label={`Type their name to confirm: ${name}`} value={typed} onChange={setTyped} error={errorFor(error, 'confirmName')} maxLength={60} />
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setOpen(false);
                setTyped('');
                setError(null);
              }}
            >
              Keep the record
            </button>
            <button type="submit" className="button button-secondary button-danger" disabled={busy}>
              Erase it for good
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
