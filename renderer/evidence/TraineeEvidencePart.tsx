import { useRef, useState, type FormEvent } from 'react';
import type { ApiError, TraineeEvidence } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert } from '../components/feedback.tsx';
import { errorFor, formLevelError } from '../components/fieldErrors.ts';
import { useFocusProblem } from '../rota/useFocusProblem.ts';
import { FileButtons } from './FileButtons.tsx';
import { PeriodFields } from './PeriodFields.tsx';
import { periodInput, periodWords, traineeSummary, type PeriodDraft } from './evidenceWords.ts';

interface Props {
  /** Whose record; undefined: the signed-in person's own. */
  staffId: string | undefined;
  /** "Tom Trainee's", or "your". */
  whose: string;
  initial: PeriodDraft;
  /** Ids unique on the screen. */
  id: string;
  headingLevel?: 2 | 3;
  title: string;
  intro: string;
  askLabel: string;
}

/** One trainee's placement-hours evidence for a period: a short summary on screen, the PDF and the CSV to download. */
export function TraineeEvidencePart({ staffId, whose, initial, id, headingLevel = 2, title, intro, askLabel }: Props) {
  const { call } = useApp();
  const [draft, setDraft] = useState<PeriodDraft>(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const [evidence, setEvidence] = useState<TraineeEvidence | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusProblem(form, error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const period = periodInput(draft);
    if (!period.ok) {
      setError({ code: 'invalid_input', message: period.message, field: period.field });
      setEvidence(null);
      return;
    }
    setBusy(true);
    const r = await call('evidence.trainee', { ...period.input, ...(staffId ? { staffId } : {}) });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      setEvidence(null);
      return;
    }
    setError(null);
    setEvidence(r.value);
  };

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const general = formLevelError(error, ['from', 'to']);
  return (
    <section className="panel evidence-part" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{title}</Heading>
      <p>{intro}</p>
      <form ref={form} noValidate onSubmit={(e) => void submit(e)} aria-label={`Period for ${title.toLowerCase()}`}>
        {general ? <Alert>{general}</Alert> : null}
        <PeriodFields id={id} value={draft} onChange={setDraft} errors={{ from: errorFor(error, 'from'), to: errorFor(error, 'to') }} />
        <button type="submit" className="button button-primary button-large" disabled={busy}>
          {askLabel}
        </button>
      </form>
      {evidence ? (
        <div className="evidence-result" aria-live="polite" aria-labelledby={`${id}-result-heading`} role="region">
          <Sub id={`${id}-result-heading`}>
            {evidence.document.trainee.name}, {periodWords(evidence.document)}
          </Sub>
          {evidence.emptyMessage ? <p className="evidence-empty">{evidence.emptyMessage}</p> : null}
          <dl className="evidence-summary" aria-label="In the files">
            {traineeSummary(evidence.document).map((l) => (
              <div key={l.label}>
                <dt>{l.label}</dt>
                <dd>{l.value}</dd>
              </div>
            ))}
          </dl>
          <FileButtons pdf={evidence.pdf} csv={evidence.csv} what={`${whose} evidence`} />
        </div>
      ) : null}
    </section>
  );
}
