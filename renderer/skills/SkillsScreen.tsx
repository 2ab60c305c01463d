import { useEffect, useState } from 'react';
import type { PersonRef, SignedInStaff, SkillsMatrix } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { useEventTick } from '../app/useEventTick.ts';
import { whileShown } from '../app/whileShown.ts';
import { Alert, Loading, ScreenHeading } from '../components/feedback.tsx';
import { SelectField } from '../components/fields.tsx';
import { matrixToDo } from './skillsForms.ts';
import { SkillState, TraineeSkillsPage } from './TraineeSkillsPage.tsx';
import '../till/till.css';
import './skills.css';

function MatrixTable({ matrix, onChoose }: { matrix: SkillsMatrix; onChoose: (trainee: PersonRef) => void }) {
  if (matrix.rows.length === 0) return <p>There are no trainees on the staff list yet.</p>;
  if (matrix.competencies.length === 0) return <p>This area has no skills in use.</p>;
  return (
    <div className="table-wrap">
      <table className="table skills-matrix">
        <caption className="visually-hidden">Skills matrix: each trainee’s skills, one column per skill. Choose a trainee to observe or sign off.</caption>
        <thead>
          <tr>
            <th scope="col">Trainee</th>
            {matrix.competencies.map((c) => (
              <th key={c.id} scope="col">
                <span className="matrix-code">{c.code}</span>
                <span className="matrix-title">{c.title}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.trainee.id}>
              <th scope="row">
                <button type="button" className="button button-secondary" onClick={() => onChoose(row.trainee)}>
                  {row.trainee.displayName}
                </button>
                <span className="matrix-signed">{row.signedOff} signed off</span>
              </th>
              {row.cells.map((cell) => (
                <td key={cell.competencyId}>
                  <SkillState skill={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Skills sign-off for supervisors and managers: the matrix of trainees and skills at a glance
 * (one area or all), and a trainee's page to record observations, sign off, countersign,
 * withdraw, and keep their qualifications.
 */
export function SkillsScreen({ staff }: { staff: SignedInStaff }) {
  const { call } = useApp();
  const [areaId, setAreaId] = useState('');
  const [matrix, setMatrix] = useState<SkillsMatrix | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [trainee, setTrainee] = useState<PersonRef | null>(null);
  const reloads = useEventTick(['skills.changed']);

  useEffect(() => {
    if (trainee) return;
    return whileShown(call('skills.matrix', areaId ? { areaId } : {}), (r) => {
      if (r.ok) {
        setMatrix(r.value);
        setProblem(null);
      } else setProblem(r.error.message);
    });
  }, [call, areaId, trainee, reloads]);

  const toDo = matrix ? matrixToDo(matrix) : null;
  return (
    <div className="screen screen-skills">
      <ScreenHeading title="Skills sign-off">Skills sign-off</ScreenHeading>
      {trainee ? (
        <TraineeSkillsPage key={trainee.id} trainee={trainee} staff={staff} areaId={areaId} onBack={() => setTrainee(null)} />
      ) : (
        <>
          <p className="lead">Each trainee’s skills at a glance. Choose a trainee to record what you saw on a shift, sign off a skill, or add a qualification.</p>
          {problem ? <Alert>{problem}</Alert> : null}
          {matrix === null && !problem ? <Loading what="the skills matrix" /> : null}
          {matrix ? (
            <>
              <div className="filters">
                <SelectField
                  id="matrix-area"
                  label="Show skills from"
                  value={areaId}
                  options={[{ value: '', label: 'Every area' }, ...matrix.areas.map((a) => ({ value: a.id, label: a.name }))]}
                  onChange={setAreaId}
                />
              </div>
              {toDo && (toDo.ready > 0 || toDo.waiting > 0) ? (
                <p className="matrix-todo">
                  {toDo.ready === 1 ? '1 skill is' : `${toDo.ready} skills are`} ready to sign off; {toDo.waiting === 1 ? '1 waits' : `${toDo.waiting} wait`} for a second signer.
                </p>
              ) : null}
              <MatrixTable matrix={matrix} onChoose={setTrainee} />
            </>
          ) : null}
        </>
      )}
    </div>
  );
}
