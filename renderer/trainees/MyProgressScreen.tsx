import { useEffect, useState } from 'react';
import type { Progression, SignedInStaff } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { useEventTick } from '../app/useEventTick.ts';
import { whileShown } from '../app/whileShown.ts';
import { Alert, Loading, ScreenHeading } from '../components/feedback.tsx';
import { TraineeEvidencePart } from '../evidence/TraineeEvidencePart.tsx';
import { periodDraft } from '../evidence/evidenceWords.ts';
import { cafeToday } from '../rota/week.ts';
import { ProgressionView } from './ProgressionView.tsx';
import './trainees.css';

/** A trainee's own progress in kind words, and their record as a file (their right of access). */
export function MyProgressScreen({ staff }: { staff: SignedInStaff }) {
  const { call } = useApp();
  const [progression, setProgression] = useState<Progression | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const reloads = useEventTick(['trainee.changed', 'skills.changed', 'attendance.changed'], staff.id);

  useEffect(
    () =>
      whileShown(call('progression.get', {}), (r) => {
        if (r.ok) {
          setProgression(r.value);
          setProblem(null);
        } else setProblem(r.error.message);
      }),
    [call, reloads],
  );

  const today = cafeToday(new Date());
  const from = progression?.startDate && progression.startDate <= today ? progression.startDate : `${today.slice(0, 4)}-01-01`;
  return (
    <div className="screen screen-trainees">
      <ScreenHeading title="My progress">My progress</ScreenHeading>
      <p className="lead">Your hours, skills and next steps at the café.</p>
      {problem ? <Alert>{problem}</Alert> : null}
      {progression === null && !problem ? <Loading what="your progress" /> : null}
      {progression ? (
        <>
          <ProgressionView progression={progression} mine />
          <TraineeEvidencePart
            key={from}
            id="my-record"
            staffId={undefined}
            whose="your"
            initial={periodDraft(from, today)}
            title="Download my record"
            intro="Your placement record is yours to have. Choose the days it covers, then download it as a PDF to print, or as a CSV for a spreadsheet. You can give it to anyone you choose."
            askLabel="Get my record"
          />
        </>
      ) : null}
    </div>
  );
}
