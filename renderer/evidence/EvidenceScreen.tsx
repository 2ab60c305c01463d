import { useEffect, useState } from 'react';
import type { SignedInStaff, TraineeSummary } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { whileShown } from '../app/whileShown.ts';
import { Alert, Loading, ScreenHeading } from '../components/feedback.tsx';
import { SelectField } from '../components/fields.tsx';
import { cafeToday } from '../rota/week.ts';
import { statusWords } from '../trainees/traineeWords.ts';
import { CohortPart } from './CohortPart.tsx';
import { TraineeEvidencePart } from './TraineeEvidencePart.tsx';
import { periodDraft } from './evidenceWords.ts';
import './evidence.css';

/** This month so far, by the café's calendar. */
export function thisMonthSoFar(): ReturnType<typeof periodDraft> {
  const today = cafeToday(new Date());
  return periodDraft(`${today.slice(0, 7)}-01`, today);
}

/** A manager's evidence for funders, colleges and probation: one trainee's placement hours, and the cohort report. */
export function EvidenceScreen({ staff }: { staff: SignedInStaff }) {
  const { call } = useApp();
  const [trainees, setTrainees] = useState<TraineeSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [whoId, setWhoId] = useState('');
  const [initial] = useState(thisMonthSoFar);

  useEffect(
    () =>
      whileShown(call('trainees.list', { includeFormer: true }), (r) => {
        if (r.ok) setTrainees(r.value);
        else setProblem(r.error.message);
      }),
    [call],
  );

  const chosen = trainees?.find((t) => t.staff.id === whoId) ?? null;
  const options = [
    { value: '', label: 'Choose a trainee' },
    ...(trainees ?? []).map((t) => ({ value: t.staff.id, label: `${t.staff.displayName}${t.active ? '' : ' (left)'} – ${statusWords[t.status].toLowerCase()}` })),
  ];
  return (
    <div className="screen screen-evidence">
      <ScreenHeading title="Evidence and reports">Evidence and reports</ScreenHeading>
      <p className="lead">
        {staff.displayName}, these files are for funders, colleges and probation officers. Only approved hours are credited, and only hours in a certified period count as certified. Every download
        is recorded in the audit log.
      </p>
      {problem ? <Alert>{problem}</Alert> : null}
      {trainees === null && !problem ? <Loading what="trainees" /> : null}
      <section className="panel" aria-labelledby="trainee-evidence-choose">
        <h2 id="trainee-evidence-choose">Placement-hours evidence for one trainee</h2>
        <p>Every shift of the period with its times, attendance and who approved it, the totals, skills signed off, qualifications and outcomes, with lines to sign.</p>
        <SelectField id="evidence-trainee" label="Trainee" value={whoId} options={options} onChange={setWhoId} />
      </section>
      {chosen ? (
        <TraineeEvidencePart
          key={chosen.staff.id}
          id="trainee-evidence"
          staffId={chosen.staff.id}
          whose={`${chosen.staff.displayName}’s`}
          initial={initial}
          title={`${chosen.staff.displayName}’s placement hours`}
          intro="Choose the period. The first and last days are included."
          askLabel="Make the evidence"
        />
      ) : null}
      <CohortPart initial={initial} />
    </div>
  );
}
