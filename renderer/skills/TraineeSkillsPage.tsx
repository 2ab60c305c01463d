import { useEffect, useRef, useState } from 'react';
import type { ApiError, PersonRef, SignedInStaff, SkillSignOff, TraineeSkill, TraineeSkills } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { useEventTick } from '../app/useEventTick.ts';
import { whileShown } from '../app/whileShown.ts';
import { Alert, Loading, Notice } from '../components/feedback.tsx';
import { errorFor } from '../components/fieldErrors.ts';
import { SelectField, TextField } from '../components/fields.tsx';
import { Dialog } from '../till/Dialog.tsx';
import { ObserveForm } from './ObserveForm.tsx';
import { QualificationsPart } from './QualificationsPart.tsx';
import { cashSessionWords, cellWords, levelWords, observationWords, saleWords, signOffWords, summaryWords } from './skillsWords.ts';

export function SkillState({ skill }: { skill: Pick<TraineeSkill['progress'], 'state' | 'independentShifts' | 'observationsNeeded'> }) {
  const words = cellWords(skill);
  return (
    <span className={`skill-state skill-state-${words.tone}`}>
      <span className="skill-state-sign" aria-hidden="true">
        {words.sign}
      </span>
      {words.text}
    </span>
  );
}

/** What a sign-off said when it was signed: the framework may say something else now. */
function SignedAs({ signOff, skill }: { signOff: SkillSignOff; skill: TraineeSkill }) {
  const changed = signOff.code !== skill.competency.code || signOff.title !== skill.competency.title || signOff.criterion !== skill.competency.criterion;
  return (
    <span className="skill-note">
      Signed as “{signOff.code} {signOff.title}”{changed ? ' (the framework has changed since)' : ''}: {signOff.criterion}
    </span>
  );
}

/** Asks why; keeping the sign-off is the first button and has the focus. */
function WithdrawDialog({ signOff, onWithdrawn, onClose }: { signOff: SkillSignOff; onWithdrawn: (s: SkillSignOff) => void; onClose: () => void }) {
  const { call } = useApp();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const withdraw = async () => {
    setBusy(true);
    const r = await call('skills.withdrawSignOff', { signOffId: signOff.id, reason });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      if (errorFor(r.error, 'reason')) document.getElementById('withdraw-reason')?.focus();
    } else onWithdrawn(r.value);
  };
  return (
    <Dialog title="Withdraw this sign-off?" onClose={onClose}>
      {error && !errorFor(error, 'reason') ? <Alert>{error.message}</Alert> : null}
      <p>
        <strong>
          {signOff.code} {signOff.title}
        </strong>{' '}
        for {signOff.trainee.displayName}. The sign-off stays on record as withdrawn, with your reason. Only observations from now on will count towards signing it off again.
      </p>
      <TextField id="withdraw-reason" label="Why withdraw it?" hint="For example: signed for the wrong skill." multiline maxLength={300} value={reason} onChange={setReason} error={errorFor(error, 'reason')} />
      <div className="dialog-actions">
        <button type="button" className="button button-large" onClick={onClose} data-autofocus>
          Keep it
        </button>
        <button type="button" className="button skills-danger button-large" onClick={() => void withdraw()} disabled={busy}>
          Withdraw the sign-off
        </button>
      </div>
    </Dialog>
  );
}

interface SkillCardProps {
  skill: TraineeSkill;
  staff: SignedInStaff;
  busy: boolean;
  problem: string | null;
  onObserve: () => void;
  onSignOff: () => void;
  onCountersign: (signOff: SkillSignOff) => void;
  onWithdraw: (signOff: SkillSignOff) => void;
}

function SkillCard({ skill, staff, busy, problem, onObserve, onSignOff, onCountersign, onWithdraw }: SkillCardProps) {
  const { competency, progress, observations, signOff, withdrawn } = skill;
  const headingId = `skill-${competency.id}`;
  const name = `${competency.code} ${competency.title}`;
  const canSignOff = progress.state === 'in_progress' || progress.state === 'ready_to_sign_off';
  const signedFirst = signOff?.state === 'awaiting_second_signer' && signOff.firstSigner.id === staff.id;
  return (
    <section className="skill-card" aria-labelledby={headingId}>
      <div className="skill-card-top">
        <h4 id={headingId}>
          {name}
          {competency.active ? null : ' (no longer in use)'}
        </h4>
        <SkillState skill={progress} />
      </div>
      <p className="skill-criterion">What to look for: {competency.criterion}</p>
      <p>
        Needs {competency.observationsNeeded === 1 ? '1 observation' : `${competency.observationsNeeded} observations`} at independent on separate shifts
        {competency.secondSignerNeeded ? ', signed by two people' : ''}.
      </p>

      {signOff ? (
        <div className={`skill-signoff${signOff.state === 'awaiting_second_signer' ? ' skill-signoff-waiting' : ''}`}>
          <p>{signOffWords(signOff)}</p>
          <SignedAs signOff={signOff} skill={skill} />
        </div>
      ) : null}
      {withdrawn.map((w) => (
        <div key={w.id} className="skill-signoff skill-signoff-withdrawn">
          <p>{signOffWords(w)}</p>
          <SignedAs signOff={w} skill={skill} />
        </div>
      ))}

      {observations.length > 0 ? (
        <>
          <h5 className="visually-hidden">Observations of {name}</h5>
          <ul className="skill-observations" aria-label={`Observations of ${name}, newest first`}>
            {observations.map((o) => (
              <li key={o.id}>
                {observationWords(o)}
                {o.note ? <span className="skill-note">“{o.note}”</span> : null}
                {o.sales.length > 0 || o.cashSessions.length > 0 ? (
                  <span className="skill-evidence">Till evidence: {[...o.sales.map(saleWords), ...o.cashSessions.map(cashSessionWords)].join('; ')}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="skill-note">Not observed yet.</p>
      )}

      {signedFirst ? <p>You signed this first: the second signature must be another supervisor’s or a manager’s.</p> : null}
      {problem ? (
        <div className="skill-action-problem">
          <Alert>{problem}</Alert>
        </div>
      ) : null}
      <div className="skill-actions">
        {competency.active && progress.state !== 'signed_off' && progress.state !== 'awaiting_second_signer' ? (
          <button type="button" className="button button-secondary" onClick={onObserve}>
            Record an observation<span className="visually-hidden"> of {name}</span>
          </button>
        ) : null}
        {canSignOff ? (
          <button type="button" className="button" onClick={onSignOff} disabled={busy}>
            Sign off<span className="visually-hidden"> {name}</span>
          </button>
        ) : null}
        {signOff?.state === 'awaiting_second_signer' ? (
          <button type="button" className="button" onClick={() => onCountersign(signOff)} disabled={busy}>
            Countersign<span className="visually-hidden"> {name}</span>
          </button>
        ) : null}
        {signOff ? (
          <button type="button" className="button button-secondary" onClick={() => onWithdraw(signOff)} disabled={busy}>
            Withdraw the sign-off<span className="visually-hidden"> of {name}</span>
          </button>
        ) : null}
      </div>
    </section>
  );
}

interface TraineeSkillsPageProps {
  trainee: PersonRef;
  staff: SignedInStaff;
  onBack: () => void;
  /** The area chosen on the matrix ('' for every area). */
  areaId?: string;
}

/** One trainee's skills for a supervisor: what is next, each skill with its observations, and their qualifications. */
export function TraineeSkillsPage({ trainee, staff, onBack, areaId: startArea = '' }: TraineeSkillsPageProps) {
  const { call } = useApp();
  // Which area's skills are shown: the matrix's choice to begin with, changed here without leaving the page.
  const [areaId, setAreaId] = useState(startArea);
  const [skills, setSkills] = useState<TraineeSkills | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const [observing, setObserving] = useState<{ competencyId: string } | null>(null);
  const [actionProblem, setActionProblem] = useState<{ competencyId: string; message: string } | null>(null);
  const [withdrawing, setWithdrawing] = useState<SkillSignOff | null>(null);
  const [busy, setBusy] = useState(false);
  const [reloads, setReloads] = useState(0);
  // Observations and signatures by others (another supervisor at the other till) show at once.
  const skillsChanged = useEventTick(['skills.changed'], trainee.id);
  const shiftsChanged = useEventTick(['attendance.changed']);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  useEffect(
    () =>
      whileShown(call('skills.trainee', { staffId: trainee.id }), (r) => {
        if (r.ok) {
          setSkills(r.value);
          setProblem(null);
        } else setProblem(r.error.message);
      }),
    [call, trainee.id, reloads, skillsChanged, shiftsChanged],
  );

  const done = (message: string) => {
    setSaid(message);
    setActionProblem(null);
    setReloads((n) => n + 1);
  };

  const signOff = async (skill: TraineeSkill) => {
    setBusy(true);
    setSaid(null);
    const r = await call('skills.signOff', { traineeId: trainee.id, competencyId: skill.competency.id });
    setBusy(false);
    const name = `${skill.competency.code} ${skill.competency.title}`;
    if (!r.ok) setActionProblem({ competencyId: skill.competency.id, message: r.error.message });
    else done(r.value.state === 'awaiting_second_signer' ? `Signed ${name} for ${trainee.displayName}. It needs a second signer now: another supervisor or a manager.` : `Signed off ${name} for ${trainee.displayName}.`);
  };

  const countersign = async (skill: TraineeSkill, s: SkillSignOff) => {
    setBusy(true);
    setSaid(null);
    const r = await call('skills.countersign', { signOffId: s.id });
    setBusy(false);
    if (!r.ok) setActionProblem({ competencyId: skill.competency.id, message: r.error.message });
    else done(`Countersigned ${s.code} ${s.title} for ${trainee.displayName}: it is signed off.`);
  };

  // An area no longer in the framework shows every area.
  const shownArea = skills?.areas.some((a) => a.id === areaId) ? areaId : '';
  return (
    <div className="trainee-skills">
      <div className="panel-top">
        <h2 ref={heading} tabIndex={-1}>
          {trainee.displayName}’s skills
        </h2>
        <button type="button" className="button button-secondary" onClick={onBack}>
          Back to the skills matrix
        </button>
      </div>
      {problem ? <Alert>{problem}</Alert> : null}
      {said ? <Notice>{said}</Notice> : null}
      {skills === null && !problem ? <Loading what={`${trainee.displayName}’s skills`} /> : null}
      {skills ? (
        <>
          <p className="lead">{summaryWords(skills)}</p>
          {observing ? (
            <ObserveForm
              key={observing.competencyId}
              skills={skills}
              competencyId={observing.competencyId}
              onCancel={() => setObserving(null)}
              onSaved={(o) => {
                setObserving(null);
                done(`Recorded ${trainee.displayName} on ${o.competency.code} ${o.competency.title}: ${levelWords[o.level].toLowerCase()}, seen by ${o.observer.displayName}.`);
              }}
            />
          ) : (
            <button type="button" className="button button-large" onClick={() => setObserving({ competencyId: '' })}>
              Record an observation
            </button>
          )}

          <section className="panel" aria-labelledby="next-heading">
            <h3 id="next-heading">What is next</h3>
            {skills.next.length === 0 ? <p>Nothing waiting: every skill is signed off.</p> : null}
            <ul className="skill-next">
              {skills.next.map((n) => (
                <li key={n.competency.id}>
                  <strong>
                    {n.competency.code} {n.competency.title}
                  </strong>{' '}
                  ({n.competency.areaName}): {n.message}
                </li>
              ))}
            </ul>
          </section>

          <div className="filters">
            <SelectField
              id="trainee-skills-area"
              label="Show skills from"
              value={shownArea}
              options={[{ value: '', label: 'Every area' }, ...skills.areas.map((a) => ({ value: a.id, label: a.name }))]}
              onChange={setAreaId}
            />
          </div>
          {skills.areas.filter((area) => !shownArea || area.id === shownArea).map((area) => (
            <section key={area.id} className="skill-area" aria-labelledby={`area-${area.id}`}>
              <h3 id={`area-${area.id}`}>{area.name}</h3>
              {area.skills.map((skill) => (
                <SkillCard
                  key={skill.competency.id}
                  skill={skill}
                  staff={staff}
                  busy={busy}
                  problem={actionProblem?.competencyId === skill.competency.id ? actionProblem.message : null}
                  onObserve={() => {
                    setObserving({ competencyId: skill.competency.id });
                    window.scrollTo({ top: 0 });
                  }}
                  onSignOff={() => void signOff(skill)}
                  onCountersign={(s) => void countersign(skill, s)}
                  onWithdraw={setWithdrawing}
                />
              ))}
            </section>
          ))}

          <QualificationsPart person={trainee} editable headingLevel={3} />
        </>
      ) : null}
      {withdrawing ? (
        <WithdrawDialog
          signOff={withdrawing}
          onClose={() => setWithdrawing(null)}
          onWithdrawn={(s) => {
            setWithdrawing(null);
            done(`Withdrew the sign-off of ${s.code} ${s.title} for ${trainee.displayName}. It stays on record as withdrawn.`);
          }}
        />
      ) : null}
    </div>
  );
}
