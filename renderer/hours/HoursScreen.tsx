import { useState, type FormEvent } from 'react';
import type { SignedInStaff } from '../../shared/contract/index.ts';
import { useEventTick } from '../app/useEventTick.ts';
import { ScreenHeading } from '../components/feedback.tsx';
import { cafeToday } from '../history/historySearch.ts';
import { CertifyPanel } from './CertifyPanel.tsx';
import { DayHoursPanel } from './DayHoursPanel.tsx';
import { addDays, isDay } from './periods.ts';
import './hours.css';

/**
 * Hours for supervisors and managers: a day's shifts to approve (in bulk where the clocks
 * match the plan, one by one with a reason where not), and for a manager, certifying a week
 * or month, which locks it until reopened with a reason.
 */
export function HoursScreen({ staff }: { staff: SignedInStaff }) {
  const [day, setDay] = useState(() => cafeToday(new Date()));
  const [typed, setTyped] = useState(day);
  const [dayProblem, setDayProblem] = useState<string | null>(null);

  // Clock-ins, approvals and certifications from other screens show without asking.
  const changes = useEventTick(['attendance.changed', 'rota.changed']);

  const show = (next: string) => {
    setDay(next);
    setTyped(next);
    setDayProblem(null);
  };

  const pick = (e: FormEvent) => {
    e.preventDefault();
    if (!isDay(typed)) {
      setDayProblem('Choose a day, like 2030-10-01.');
      return;
    }
    show(typed);
  };

  return (
    <div className="screen screen-hours">
      <ScreenHeading title="Hours">Hours</ScreenHeading>
      <p className="lead">Check each shift’s times and approve them: only approved hours count for the trainee.</p>

      <form className="panel day-picker" onSubmit={pick} noValidate aria-label="Choose a day">
        <div className={`field${dayProblem ? ' field-has-error' : ''}`}>
          <label htmlFor="hours-day" className="field-label">
            Day
          </label>
          {dayProblem ? (
            <p id="hours-day-error" className="field-error" role="alert">
              {dayProblem}
            </p>
          ) : null}
          <div className="inline-row">
            <input
              id="hours-day"
              className="input"
              type="date"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              {...(dayProblem ? { 'aria-describedby': 'hours-day-error', 'aria-invalid': true } : {})}
            />
            <button type="submit" className="button">
              Show this day
            </button>
          </div>
        </div>
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={() => show(addDays(day, -1))}>
            Day before
          </button>
          <button type="button" className="button button-secondary" onClick={() => show(cafeToday(new Date()))}>
            Today
          </button>
          <button type="button" className="button button-secondary" onClick={() => show(addDays(day, 1))}>
            Day after
          </button>
        </div>
      </form>

      <DayHoursPanel key={day} day={day} staff={staff} changes={changes} />
      <CertifyPanel day={day} staff={staff} changes={changes} />
    </div>
  );
}
