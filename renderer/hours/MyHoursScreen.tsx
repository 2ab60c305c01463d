import { useEffect, useState } from 'react';
import type { MyHours, SignedInStaff } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert, Loading, ScreenHeading } from '../components/feedback.tsx';
import { durationWords, myAttendanceWords, spanWords } from './hoursWords.ts';
import { dayWords, periodOf } from './periods.ts';
import './hours.css';

interface Totals {
  recent: MyHours;
  week: number;
  month: number;
}

/** A trainee's credited placement hours: this week, this month, ever, and shift by shift. */
export function MyHoursScreen({ staff }: { staff: SignedInStaff }) {
  const { api, call } = useApp();
  const [totals, setTotals] = useState<Totals | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    void (async () => {
      // The core's "today" (the last day of its default range) decides this week and month.
      const recent = await call('hours.mine', {});
      if (!recent.ok) {
        if (live) setProblem(recent.error.message);
        return;
      }
      const week = periodOf('week', recent.value.to);
      const month = periodOf('month', recent.value.to);
      const [w, m] = await Promise.all([call('hours.mine', { from: week.from, to: week.to }), call('hours.mine', { from: month.from, to: month.to })]);
      if (!live) return;
      if (!w.ok || !m.ok) {
        setProblem(!w.ok ? w.error.message : !m.ok ? m.error.message : null);
        return;
      }
      setProblem(null);
      setTotals({ recent: recent.value, week: w.value.creditedMinutes, month: m.value.creditedMinutes });
    })();
    return () => {
      live = false;
    };
  }, [call, reloads]);

  // Hours approved or certified while the screen is open show at once.
  useEffect(
    () =>
      api.on((m) => {
        if (m.event === 'attendance.changed' && (m.payload.staffId === staff.id || m.payload.staffId === null)) setReloads((n) => n + 1);
      }),
    [api, staff.id],
  );

  const recent = totals?.recent;
  return (
    <div className="screen screen-hours">
      <ScreenHeading title="My hours">My hours</ScreenHeading>
      <p className="lead">Your placement hours. Only hours a supervisor has approved are counted.</p>
      {problem ? <Alert>{problem}</Alert> : null}
      {totals === null && !problem ? <Loading what="your hours" /> : null}
      {totals && recent ? (
        <>
          <dl className="totals hours-totals" aria-label="Hours counted">
            <div>
              <dt>This week</dt>
              <dd>{durationWords(totals.week)}</dd>
            </div>
            <div>
              <dt>This month</dt>
              <dd>{durationWords(totals.month)}</dd>
            </div>
            <div>
              <dt>All your hours</dt>
              <dd>{durationWords(recent.totalCreditedMinutes)}</dd>
            </div>
          </dl>
          {recent.waitingForApproval > 0 ? (
            <p className="hours-waiting">
              {recent.waitingForApproval === 1 ? '1 shift is' : `${recent.waitingForApproval} shifts are`} waiting for a supervisor to approve. Their hours count once approved.
            </p>
          ) : null}

          <section className="panel" aria-labelledby="my-shifts-hours-heading">
            <h2 id="my-shifts-hours-heading">Your shifts since {dayWords(recent.from)}</h2>
            {recent.shifts.length === 0 ? <p>No shifts in these weeks yet.</p> : null}
            {recent.shifts.length > 0 ? (
              <div className="table-wrap">
                <table className="table hours-table">
                  <caption className="visually-hidden">Your shifts, newest first, with the hours counted</caption>
                  <thead>
                    <tr>
                      <th scope="col">Date</th>
                      <th scope="col">Station</th>
                      <th scope="col">Approved time</th>
                      <th scope="col">Breaks</th>
                      <th scope="col">Hours counted</th>
                      <th scope="col">Attendance</th>
                    </tr>
                  </thead>
                  <tbody>
                    {recent.shifts.map((s) => (
                      <tr key={s.id}>
                        <th scope="row">{dayWords(s.day)}</th>
                        <td>{s.station?.name ?? 'Not set yet'}</td>
                        <td>{s.approval?.startAt ? spanWords(s.approval.startAt, s.approval.endAt) : '–'}</td>
                        <td>{s.approval ? (s.approval.breakMinutes > 0 ? durationWords(s.approval.breakMinutes) : 'None') : '–'}</td>
                        <td className="nowrap">{s.creditedMinutes === null ? '–' : durationWords(s.creditedMinutes)}</td>
                        <td>{myAttendanceWords(s)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </section>
        </>
      ) : null}
    </div>
  );
}
