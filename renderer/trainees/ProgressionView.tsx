import type { Progression } from '../../shared/contract/index.ts';
import { durationWords } from '../hours/hoursWords.ts';
import { dayWords } from '../hours/periods.ts';
import { momentDayWords, myProgressWords, qualificationWords } from '../skills/skillsWords.ts';
import { AreaChart, BarChart } from './Charts.tsx';
import { checkWords, hoursByMonthBars, myCheckWords, myProgressSentences, outcomeDetails, outcomeHeadline, shiftsAttended, skillAreaBars, stationBars, tickedWords } from './traineeWords.ts';

interface Props {
  progression: Progression;
  /** The trainee reading their own: kind words, "you". */
  mine: boolean;
  /** Heading level of the view's sections. */
  level?: 2 | 3;
}

/** A trainee's progression: hours, stations, skills, qualifications, readiness and outcomes, with simple charts. */
export function ProgressionView({ progression: p, mine, level = 2 }: Props) {
  const H = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  const name = p.trainee.displayName;
  const you = (mineText: string, theirText: string) => (mine ? mineText : theirText);
  return (
    <div className="progression">
      {mine ? (
        <div className="progress-welcome">
          {myProgressSentences(p, name).map((s) => (
            <p key={s}>{s}</p>
          ))}
        </div>
      ) : null}
      <dl className="totals progress-totals" aria-label="At a glance">
        <div>
          <dt>Hours credited</dt>
          <dd>{durationWords(p.hours.creditedMinutes)}</dd>
        </div>
        <div>
          <dt>Shifts attended</dt>
          <dd>{shiftsAttended(p)}</dd>
        </div>
        <div>
          <dt>Skills signed off</dt>
          <dd>
            {p.skills.signedOff} of {p.skills.total}
          </dd>
        </div>
        <div>
          <dt>Ready for work</dt>
          <dd>
            {p.readiness.ticked} of {p.readiness.total}
          </dd>
        </div>
      </dl>

      <section className="panel" aria-labelledby="progress-hours-heading">
        <H id="progress-hours-heading">Hours</H>
        <p>
          {p.startDate ? `${you('You started', 'Started')} on ${dayWords(p.startDate)}. ` : ''}
          {mine
            ? `Shifts you came to: ${shiftsAttended(p)}${p.hours.late > 0 ? ` (${p.hours.late} a bit late)` : ''}.`
            : `Attended ${p.hours.attended} on time and ${p.hours.late} late; absent ${p.hours.absent}; ${p.hours.cancelled} cancelled by the café.`}
          {p.hours.waiting > 0 ? ` ${p.hours.waiting === 1 ? '1 shift is' : `${p.hours.waiting} shifts are`} waiting for approval, so not counted yet.` : ''}
        </p>
        <div className="charts">
          <BarChart id="chart-months" title="Hours credited each month" bars={hoursByMonthBars(p)} empty={you('No hours counted yet.', 'No hours credited yet.')} />
          <BarChart id="chart-stations" title="Shifts by station" bars={stationBars(p)} empty={you('No shifts counted yet.', 'No shifts credited yet.')} />
        </div>
      </section>

      <section className="panel" aria-labelledby="progress-skills-heading">
        <H id="progress-skills-heading">Skills</H>
        <p>
          {p.skills.signedOff} of {p.skills.total} signed off, {p.skills.inProgress} under way.
        </p>
        {p.skills.byArea.length > 0 ? <AreaChart id="chart-areas" title="Skills by area" areas={skillAreaBars(p)} /> : null}
        <Sub className="progress-subheading">Signed off</Sub>
        {p.skills.signedOffList.length === 0 ? (
          <p>{you('None yet. Your supervisors will watch you on shift and sign skills off.', 'None yet.')}</p>
        ) : (
          <ul className="progress-list" aria-label="Skills signed off">
            {p.skills.signedOffList.map((s) => (
              <li key={s.id}>
                <strong>
                  {s.code} {s.title}
                </strong>{' '}
                ({s.areaName}): signed off {s.signedOffAt ? `on ${momentDayWords(s.signedOffAt)}` : ''} by {s.firstSigner.displayName}
                {s.secondSigner ? ` and ${s.secondSigner.displayName}` : ''}.
              </li>
            ))}
          </ul>
        )}
        <Sub className="progress-subheading">Under way</Sub>
        {p.skills.inProgressList.length === 0 ? (
          <p>None at the moment.</p>
        ) : (
          <ul className="progress-list" aria-label="Skills under way">
            {p.skills.inProgressList.map((s) => (
              <li key={s.competency.id}>
                <strong>
                  {s.competency.code} {s.competency.title}
                </strong>{' '}
                ({s.competency.areaName}): {mine ? myProgressWords(s.progress) : `${s.progress.independentShifts} of ${s.progress.observationsNeeded} observations on their own`}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="progress-quals-heading">
        <H id="progress-quals-heading">Qualifications</H>
        {p.qualifications.length === 0 ? (
          <p>{you('None recorded yet.', 'None recorded.')}</p>
        ) : (
          <ul className="progress-list" aria-label="Qualifications">
            {p.qualifications.map((q) => (
              <li key={q.id}>
                <strong>{q.title}</strong>. {qualificationWords(q)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="progress-ready-heading">
        <H id="progress-ready-heading">{you('Getting ready for work', 'Ready for work')}</H>
        {p.readiness.total === 0 ? (
          <p>The café has no readiness checklist yet.</p>
        ) : (
          <ul className="progress-list readiness-view" aria-label={you('Your checklist', 'Readiness checklist')}>
            {p.readiness.items.map((e) => (
              <li key={e.item.id}>
                <span className={`tick-sign${e.ticked ? ' tick-sign-done' : ''}`} aria-hidden="true">
                  {e.ticked ? '✓' : '○'}
                </span>{' '}
                <strong>{e.item.title}</strong>: {e.ticked ? (mine ? 'done' : tickedWords(e.ticked)) : mine ? 'not yet' : 'not ticked yet'}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="progress-outcomes-heading">
        <H id="progress-outcomes-heading">{you('Your next steps', 'Outcomes')}</H>
        {p.outcomes.length === 0 ? (
          <p>{you('When you move into work, training or volunteering, it will show here.', 'No outcomes recorded yet.')}</p>
        ) : (
          <ul className="progress-list" aria-label={you('Your next steps', 'Outcomes')}>
            {p.outcomes.map((o) => (
              <li key={o.id}>
                <strong>{outcomeHeadline(o)}</strong>. {outcomeDetails(o, mine).join('. ')}.
                <ul className="check-list">
                  {o.checks.map((c) => (
                    <li key={c.checkpoint}>{mine ? myCheckWords(c) : checkWords(c).text}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
