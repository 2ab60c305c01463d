import { useCallback, useEffect, useRef, useState } from 'react';
import type { Outcome, Progression, ReadinessChecklist, SignedInStaff, TraineeErasure, TraineeRecord, TraineeSummary } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { useEventTick } from '../app/useEventTick.ts';
import { whileShown } from '../app/whileShown.ts';
import { Alert, Loading, Notice, ScreenHeading } from '../components/feedback.tsx';
import { CheckboxField } from '../components/fields.tsx';
import { TraineeEvidencePart } from '../evidence/TraineeEvidencePart.tsx';
import { thisMonthSoFar } from '../evidence/EvidenceScreen.tsx';
import { durationWords } from '../hours/hoursWords.ts';
import { ChecklistItemsPart } from './ChecklistItemsPart.tsx';
import { ErasePart } from './ErasePart.tsx';
import { OutcomesPart } from './OutcomesPart.tsx';
import { ProgressionView } from './ProgressionView.tsx';
import { ReadinessPart } from './ReadinessPart.tsx';
import { RecordForm, StatusPart } from './RecordPart.tsx';
import { keptWords, startWords, statusWords } from './traineeWords.ts';
import './trainees.css';

type Part = 'record' | 'outcomes' | 'readiness' | 'progress' | 'evidence';
const PARTS: readonly { part: Part; label: string }[] = [
  { part: 'record', label: 'Record and status' },
  { part: 'outcomes', label: 'Outcomes' },
  { part: 'readiness', label: 'Ready for work' },
  { part: 'progress', label: 'Progress' },
  { part: 'evidence', label: 'Evidence' },
];

interface Loaded {
  record: TraineeRecord;
  outcomes: Outcome[];
  checklist: ReadinessChecklist;
  progression: Progression;
}

/** Every hour ever credited, per person (the list's "hours" column). */
const EVER = { from: '2000-01-01', to: '2999-12-31' };

function TraineeDetail({ staffId, checklistVersion, onListChanged, onErased }: { staffId: string; checklistVersion: number; onListChanged: () => void; onErased: (e: TraineeErasure) => void }) {
  const { call } = useApp();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [part, setPart] = useState<Part>('record');
  const [reloads, setReloads] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  // Someone else may tick, sign off or approve meanwhile.
  const othersChanged = useEventTick(['trainee.changed', 'skills.changed', 'attendance.changed'], staffId);

  useEffect(
    () =>
      whileShown(
        Promise.all([
          call('trainees.get', { staffId }),
          call('outcomes.list', { staffId, includeRemoved: false }),
          call('readiness.checklist', { staffId }),
          call('progression.get', { staffId }),
        ]),
        ([record, outcomes, checklist, progression]) => {
          if (!record.ok || !outcomes.ok || !checklist.ok || !progression.ok) {
            const failed = [record, outcomes, checklist, progression].find((r) => !r.ok);
            setProblem(failed && !failed.ok ? failed.error.message : 'Could not load the record.');
            return;
          }
          setProblem(null);
          setLoaded({ record: record.value, outcomes: outcomes.value, checklist: checklist.value, progression: progression.value });
        },
      ),
    [call, staffId, reloads, othersChanged, checklistVersion],
  );

  useEffect(() => {
    heading.current?.focus();
  }, [staffId]);

  const reload = useCallback(() => {
    setReloads((n) => n + 1);
    onListChanged();
  }, [onListChanged]);

  const name = loaded?.record.staff.displayName ?? '';
  return (
    <section className="trainee-detail" aria-labelledby="trainee-heading">
      <h2 id="trainee-heading" ref={heading} tabIndex={-1}>
        {loaded ? `${name}${loaded.record.preferredName ? ` (${loaded.record.preferredName})` : ''}` : 'Trainee'}
      </h2>
      {problem ? <Alert>{problem}</Alert> : null}
      {loaded === null && !problem ? <Loading what="the record" /> : null}
      {loaded ? (
        <>
          <div className="part-tabs" role="group" aria-label={`Parts of ${name}’s record`}>
            {PARTS.map((p) => (
              <button key={p.part} type="button" className={`button part-tab${part === p.part ? ' part-tab-chosen' : ' button-secondary'}`} aria-pressed={part === p.part} onClick={() => setPart(p.part)}>
                {p.label}
              </button>
            ))}
          </div>
          {part === 'record' ? (
            <>
              <RecordForm record={loaded.record} onSaved={(record) => { setLoaded((l) => (l ? { ...l, record } : l)); reload(); }} />
              <StatusPart record={loaded.record} onSaved={(record) => { setLoaded((l) => (l ? { ...l, record } : l)); reload(); }} />
              {loaded.record.status === 'completed' || loaded.record.status === 'withdrawn' ? <ErasePart record={loaded.record} onErased={onErased} /> : null}
            </>
          ) : null}
          {part === 'outcomes' ? <OutcomesPart staffId={staffId} name={name} outcomes={loaded.outcomes} onChanged={reload} /> : null}
          {part === 'readiness' ? (
            <ReadinessPart staffId={staffId} name={name} checklist={loaded.checklist} onChanged={(checklist) => { setLoaded((l) => (l ? { ...l, checklist } : l)); setReloads((n) => n + 1); }} />
          ) : null}
          {part === 'progress' ? (
            <section aria-labelledby="progress-heading">
              <h3 id="progress-heading" className="visually-hidden">
                {name}’s progress
              </h3>
              <ProgressionView progression={loaded.progression} mine={false} level={3} />
            </section>
          ) : null}
          {part === 'evidence' ? (
            <TraineeEvidencePart
              id="trainee-evidence"
              staffId={staffId}
              whose={`${name}’s`}
              initial={thisMonthSoFar()}
              headingLevel={3}
              title={`Evidence for ${name}`}
              intro="Placement-hours evidence for the period you choose: a PDF to print and sign, and the same as CSV for a spreadsheet."
              askLabel="Make the evidence"
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/** The manager's trainees: who they are, their records, outcomes, readiness, progress and evidence. */
export function TraineesScreen({ staff }: { staff: SignedInStaff }) {
  const { call } = useApp();
  const [includeFormer, setIncludeFormer] = useState(false);
  const [trainees, setTrainees] = useState<TraineeSummary[] | null>(null);
  const [hours, setHours] = useState<Record<string, number>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [listVersion, setListVersion] = useState(0);
  const [checklistVersion, setChecklistVersion] = useState(0);
  const [erased, setErased] = useState<string | null>(null);

  useEffect(
    () =>
      whileShown(Promise.all([call('trainees.list', { includeFormer }), call('hours.summary', EVER)]), ([list, summary]) => {
        if (!list.ok) {
          setProblem(list.error.message);
          return;
        }
        setProblem(summary.ok ? null : summary.error.message);
        setTrainees(list.value);
        if (summary.ok) setHours(Object.fromEntries(summary.value.people.map((p) => [p.staff.id, p.creditedMinutes])));
      }),
    [call, includeFormer, listVersion],
  );

  const listChanged = useCallback(() => setListVersion((n) => n + 1), []);

  return (
    <div className="screen screen-trainees">
      <ScreenHeading title="Trainees">Trainees</ScreenHeading>
      <p className="lead">{staff.displayName}, choose a trainee to see and change their record, outcomes, readiness for work, progress and evidence. Every record you open is noted in the audit log.</p>
      {problem ? <Alert>{problem}</Alert> : null}
      {erased ? <Notice>{erased}</Notice> : null}
      <section className="panel" aria-labelledby="trainee-list-heading">
        <h2 id="trainee-list-heading">Trainees</h2>
        <CheckboxField id="trainees-former" label="Show trainees who have left the staff list" checked={includeFormer} onChange={setIncludeFormer} />
        {trainees === null && !problem ? <Loading what="trainees" /> : null}
        {trainees && trainees.length === 0 ? <p>No trainees yet. Add them on the Staff screen first.</p> : null}
        {trainees && trainees.length > 0 ? (
          <div className="table-wrap">
            <table className="table trainee-table">
              <caption className="visually-hidden">Trainees with their status, start date and hours credited</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Status</th>
                  <th scope="col">Started</th>
                  <th scope="col">Hours credited</th>
                  <th scope="col">Outcomes</th>
                  <th scope="col">
                    <span className="visually-hidden">Open</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {trainees.map((t) => (
                  <tr key={t.staff.id} className={chosen === t.staff.id ? 'row-open' : undefined}>
                    <th scope="row">
                      {t.staff.displayName}
                      {t.active ? '' : ' (left)'}
                    </th>
                    <td>{statusWords[t.status]}</td>
                    <td>{startWords(t.startDate)}</td>
                    <td>{durationWords(hours[t.staff.id] ?? 0)}</td>
                    <td>{t.outcomes}</td>
                    <td className="actions">
                      <button
                        type="button"
                        className="button button-secondary"
                        aria-pressed={chosen === t.staff.id}
                        onClick={() => {
                          setChosen(t.staff.id);
                          setErased(null);
                        }}
                      >
                        Open<span className="visually-hidden"> {t.staff.displayName}’s record</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      {chosen ? (
        <TraineeDetail
          key={chosen}
          staffId={chosen}
          checklistVersion={checklistVersion}
          onListChanged={listChanged}
          onErased={(e) => {
            setErased(keptWords(e));
            setChosen(null);
            listChanged();
          }}
        />
      ) : null}
      <ChecklistItemsPart onChanged={() => setChecklistVersion((n) => n + 1)} />
    </div>
  );
}
