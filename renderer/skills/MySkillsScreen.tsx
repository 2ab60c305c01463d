import { useEffect, useState } from 'react';
import type { SignedInStaff, TraineeSkill, TraineeSkills } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { useEventTick } from '../app/useEventTick.ts';
import { whileShown } from '../app/whileShown.ts';
import { Alert, Loading, ScreenHeading } from '../components/feedback.tsx';
import { dayWords } from '../hours/periods.ts';
import { QualificationsPart } from './QualificationsPart.tsx';
import { momentDayWords, myLevelWords, myNextWords, myProgressWords } from './skillsWords.ts';
import './skills.css';

function signedOffLine(skill: TraineeSkill): string {
  const s = skill.signOff;
  if (!s || !s.signedOffAt) return '';
  const who = s.secondSigner ? `${s.firstSigner.displayName} and ${s.secondSigner.displayName}` : s.firstSigner.displayName;
  return `Signed off by ${who} on ${momentDayWords(s.signedOffAt)}.`;
}

/** A trainee's own skills, said kindly: what they have done, what is under way, what is next. */
export function MySkillsScreen({ staff }: { staff: SignedInStaff }) {
  const { call } = useApp();
  const [skills, setSkills] = useState<TraineeSkills | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const reloads = useEventTick(['skills.changed'], staff.id);

  useEffect(
    () =>
      whileShown(call('skills.trainee', {}), (r) => {
        if (r.ok) {
          setSkills(r.value);
          setProblem(null);
        } else setProblem(r.error.message);
      }),
    [call, reloads],
  );

  const all = skills ? skills.areas.flatMap((a) => a.skills.map((s) => ({ ...s, areaName: a.name }))) : [];
  const signedOff = all.filter((s) => s.progress.state === 'signed_off');
  const underWay = all.filter((s) => s.progress.state !== 'signed_off' && s.progress.state !== 'not_started');
  const progressOf = (id: string) => all.find((s) => s.competency.id === id)?.progress;
  const firstName = staff.displayName.split(' ')[0] ?? staff.displayName;

  return (
    <div className="screen screen-skills">
      <ScreenHeading title="My skills">My skills</ScreenHeading>
      <p className="lead">The skills you are building on shift, {firstName}. A supervisor watches you work and signs each skill off when you can do it on your own.</p>
      {problem ? <Alert>{problem}</Alert> : null}
      {skills === null && !problem ? <Loading what="your skills" /> : null}
      {skills ? (
        <>
          <dl className="totals" aria-label="Your skills in numbers">
            <div>
              <dt>Signed off</dt>
              <dd>{skills.signedOff}</dd>
            </div>
            <div>
              <dt>Under way</dt>
              <dd>{skills.inProgress}</dd>
            </div>
            <div>
              <dt>Skills in all</dt>
              <dd>{skills.total}</dd>
            </div>
          </dl>

          <section className="panel" aria-labelledby="my-next-heading">
            <h2 id="my-next-heading">What is next</h2>
            {skills.next.length === 0 ? <p>Every skill is signed off. Brilliant work.</p> : null}
            <ul className="skill-next">
              {skills.next.map((n) => (
                <li key={n.competency.id}>
                  <strong>{n.competency.title}</strong> ({n.competency.areaName}): {myNextWords(n, progressOf(n.competency.id))}
                </li>
              ))}
            </ul>
          </section>

          <section className="panel" aria-labelledby="my-signed-heading">
            <h2 id="my-signed-heading">Signed off</h2>
            {signedOff.length === 0 ? <p>Nothing signed off yet. Every shift you work is a step towards it.</p> : null}
            <ul className="plain-list">
              {signedOff.map((s) => (
                <li key={s.competency.id} className="skill-card">
                  <h3>
                    <span aria-hidden="true">✓ </span>
                    {s.signOff?.title ?? s.competency.title}
                  </h3>
                  <p>{signedOffLine(s)}</p>
                </li>
              ))}
            </ul>
          </section>

          <section className="panel" aria-labelledby="my-progress-heading">
            <h2 id="my-progress-heading">Under way</h2>
            {underWay.length === 0 ? <p>No skills under way yet. A supervisor will watch you try one on a shift.</p> : null}
            <ul className="plain-list">
              {underWay.map((s) => (
                <li key={s.competency.id} className="skill-card">
                  <h3>{s.competency.title}</h3>
                  <p>{myProgressWords(s.progress)}</p>
                  <p className="skill-criterion">What it means: {s.competency.criterion}</p>
                  <ul className="skill-observations" aria-label={`Times you were seen doing ${s.competency.title}`}>
                    {s.observations.map((o) => (
                      <li key={o.id}>
                        {dayWords(o.shift.day)}: you {myLevelWords[o.level]}. Seen by {o.observer.displayName}.
                        {o.note ? <span className="skill-note">“{o.note}”</span> : null}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>

          <QualificationsPart person={skills.trainee} editable={false} />
        </>
      ) : null}
    </div>
  );
}
