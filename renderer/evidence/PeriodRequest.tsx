import { useRef, useState, type FormEvent } from 'react';
import type { ApiError, Result } from '../../shared/contract/index.ts';
import { Alert } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { useFocusProblem } from '../rota/useFocusProblem.ts';
import { PeriodFields } from './PeriodFields.tsx';
import { periodInput, type PeriodDraft, type SummaryLine } from './evidenceWords.ts';

export interface PeriodRequest<T> {
  draft: PeriodDraft;
  setDraft: (d: PeriodDraft) => void;
  error: ApiError | null;
  /** The core's answer for the period last asked for; gone again when the next one is refused. */
  answer: T | null;
  busy: boolean;
  submit: (e: FormEvent) => Promise<void>;
}

/** A period typed as days, months and years, and the core's evidence for it when asked. */
export function usePeriodRequest<T>(initial: PeriodDraft, ask: (period: { from: string; to: string }) => Promise<Result<T>>): PeriodRequest<T> {
  const [draft, setDraft] = useState<PeriodDraft>(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const [answer, setAnswer] = useState<T | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const period = periodInput(draft);
    if (!period.ok) {
      setError({ code: 'invalid_input', message: period.message, field: period.field });
      setAnswer(null);
      return;
    }
    setBusy(true);
    const r = await ask(period.input);
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      setAnswer(null);
      return;
    }
    setError(null);
    setAnswer(r.value);
  };

  return { draft, setDraft, error, answer, busy, submit };
}

/** The period's boxes with their problems beside them, and the button that asks for the evidence. */
export function PeriodForm({ id, label, askLabel, request }: { id: string; label: string; askLabel: string; request: PeriodRequest<unknown> }) {
  const form = useRef<HTMLFormElement>(null);
  useFocusProblem(form, request.error);
  const general = formLevelError(request.error, ['from', 'to']);
  return (
    <form ref={form} noValidate onSubmit={(e) => void request.submit(e)} aria-label={label}>
      {general ? <Alert>{general}</Alert> : null}
      <PeriodFields id={id} value={request.draft} onChange={request.setDraft} errors={{ from: errorFor(request.error, 'from'), to: errorFor(request.error, 'to') }} />
      <button type="submit" className="button button-primary button-large" disabled={request.busy}>
        {askLabel}
      </button>
    </form>
  );
}

/** What is in the files, in a few figures. */
export function EvidenceSummary({ label, lines }: { label: string; lines: SummaryLine[] }) {
  return (
    <dl className="evidence-summary" aria-label={label}>
      {lines.map((l) => (
        <div key={l.label}>
          <dt>{l.label}</dt>
          <dd>{l.value}</dd>
        </div>
      ))}
    </dl>
  );
}
