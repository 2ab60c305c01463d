import { useApp } from '../app/AppContext.tsx';
import { FileButtons } from './FileButtons.tsx';
import { EvidenceSummary, PeriodForm, usePeriodRequest } from './PeriodRequest.tsx';
import { periodWords, traineeSummary, type PeriodDraft } from './evidenceWords.ts';

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
  const request = usePeriodRequest(initial, (period) => call('evidence.trainee', { ...period, ...(staffId ? { staffId } : {}) }));
  const evidence = request.answer;

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section className="panel evidence-part" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{title}</Heading>
      <p>{intro}</p>
      <PeriodForm id={id} label={`Period for ${title.toLowerCase()}`} askLabel={askLabel} request={request} />
      {evidence ? (
        <div className="evidence-result" aria-live="polite" aria-labelledby={`${id}-result-heading`} role="region">
          <Sub id={`${id}-result-heading`}>
            {evidence.document.trainee.name}, {periodWords(evidence.document)}
          </Sub>
          {evidence.emptyMessage ? <p className="callout evidence-empty">{evidence.emptyMessage}</p> : null}
          <EvidenceSummary label="In the files" lines={traineeSummary(evidence.document)} />
          <FileButtons pdf={evidence.pdf} csv={evidence.csv} what={`${whose} evidence`} />
        </div>
      ) : null}
    </section>
  );
}
