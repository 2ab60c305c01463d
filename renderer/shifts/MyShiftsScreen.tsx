import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { MyShifts, Result, Shift, SignedInStaff, SwapOffer } from '../../shared/contract/index.ts';
import { formatCafeClock } from '../../shared/dates.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert, Loading, Notice, ScreenHeading } from '../components/feedback.tsx';
import { downloadText } from '../reports/download.ts';
import { canOffer, changeWords, mySwapWords, swapLists, whenWords } from './shiftWords.ts';
import './shifts.css';

type Feedback = { kind: 'ok' | 'problem'; text: string; shiftId: string | null } | null;

/** The person's published shifts to come, their calendar file, and swaps with others. */
export function MyShiftsScreen({ staff }: { staff: SignedInStaff }) {
  const { api, call } = useApp();
  const [mine, setMine] = useState<MyShifts | null>(null);
  const [offers, setOffers] = useState<SwapOffer[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [busy, setBusy] = useState(false);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    void Promise.all([call('rota.myShifts', {}), call('swaps.list', {})]).then(([shifts, swaps]) => {
      if (!live) return;
      if (shifts.ok) {
        setMine(shifts.value);
        setProblem(null);
      } else setProblem(shifts.error.message);
      if (swaps.ok) setOffers(swaps.value);
    });
    return () => {
      live = false;
    };
  }, [call, reloads]);

  // A rota published or changed, a swap taken or approved, a clock-in: show it without asking.
  useEffect(
    () =>
      api.on((m) => {
        if (m.event === 'rota.changed' || (m.event === 'attendance.changed' && m.payload.staffId === staff.id)) setReloads((n) => n + 1);
      }),
    [api, staff.id],
  );

  const act = useCallback(
    async (shiftId: string | null, doing: () => Promise<Result<SwapOffer>>, done: string) => {
      setBusy(true);
      const r = await doing();
      setBusy(false);
      setFeedback(r.ok ? { kind: 'ok', text: done, shiftId } : { kind: 'problem', text: r.error.message, shiftId });
      setReloads((n) => n + 1);
    },
    [],
  );

  const downloadCalendar = async () => {
    const r = await call('rota.calendar', {});
    if (!r.ok) {
      setFeedback({ kind: 'problem', text: r.error.message, shiftId: null });
      return;
    }
    downloadText(document, r.value.filename, r.value.text, 'text/calendar;charset=utf-8');
    setFeedback({ kind: 'ok', text: `Your calendar file ${r.value.filename} is downloading. Open it to add your shifts to your phone or computer calendar.`, shiftId: null });
  };

  const lists = swapLists(offers, staff.id);
  const shiftFeedback = (shiftId: string | null) =>
    feedback && feedback.shiftId === shiftId ? feedback.kind === 'ok' ? <Notice>{feedback.text}</Notice> : <Alert>{feedback.text}</Alert> : null;

  return (
    <div className="screen screen-shifts">
      <ScreenHeading title="My shifts">My shifts</ScreenHeading>
      {problem ? <Alert>{problem}</Alert> : null}
      {mine === null && !problem ? <Loading what="your shifts" /> : null}

      {mine?.clockedIn ? (
        <section className="panel shift-now" aria-labelledby="shift-now-heading">
          <h2 id="shift-now-heading">On shift now</h2>
          <p className="lead">
            {mine.clockedIn.shift.station ? `${mine.clockedIn.shift.station.name}: clocked` : 'Clocked'} in since {formatCafeClock(mine.clockedIn.since)}
            {mine.clockedIn.onBreakSince ? `, on a break since ${formatCafeClock(mine.clockedIn.onBreakSince)}` : ''}.
          </p>
        </section>
      ) : null}

      <section className="panel" aria-labelledby="coming-heading">
        <div className="panel-top">
          <h2 id="coming-heading">Coming shifts</h2>
          <button type="button" className="button button-secondary" onClick={() => void downloadCalendar()}>
            Add to my calendar
          </button>
        </div>
        {shiftFeedback(null)}
        {mine && mine.upcoming.length === 0 ? <p>No shifts on the rota for you yet. When a supervisor publishes the rota, your shifts show here.</p> : null}
        {mine && mine.upcoming.length > 0 ? (
          <ul className="shift-list" aria-label="Coming shifts">
            {mine.upcoming.map((s) => (
              <ShiftItem key={s.id} shift={s} myId={staff.id} busy={busy} feedback={shiftFeedback(s.id)} onOffer={() => void act(s.id, () => call('swaps.offer', { shiftId: s.id }), 'Offered for a swap. Another trainee can take it; a supervisor then approves.')} onWithdraw={(swapId) => void act(s.id, () => call('swaps.withdraw', { swapId }), 'Your offer is withdrawn: the shift stays yours.')} />
            ))}
          </ul>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="swaps-heading">
        <h2 id="swaps-heading">Shifts others offer</h2>
        <p className="field-hint">Take one to work it instead of them. It becomes yours when a supervisor approves.</p>
        {shiftFeedback('swaps')}
        {lists.toTake.length === 0 ? <p>Nobody is offering a shift just now.</p> : null}
        {lists.toTake.length > 0 ? (
          <ul className="shift-list" aria-label="Shifts others offer">
            {lists.toTake.map((o) => (
              <li key={o.id} className="shift-item">
                <div className="shift-item-main">
                  <p className="shift-when">{whenWords(o.shift)}</p>
                  <p className="shift-where">
                    {o.shift.station?.name ?? 'Shift'} · offered by {o.offeredBy.displayName}
                  </p>
                  {o.note ? <p className="shift-note">“{o.note}”</p> : null}
                </div>
                <button type="button" className="button" disabled={busy} onClick={() => void act('swaps', () => call('swaps.take', { swapId: o.id }), `You took ${o.offeredBy.displayName}’s shift on ${whenWords(o.shift)}. It is yours once a supervisor approves.`)}>
                  Take this shift<span className="visually-hidden">: {whenWords(o.shift)}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {lists.taken.length > 0 ? (
          <>
            <h3>Shifts you took, waiting for a supervisor</h3>
            <ul className="shift-list" aria-label="Shifts you took">
              {lists.taken.map((o) => (
                <li key={o.id} className="shift-item">
                  <div className="shift-item-main">
                    <p className="shift-when">{whenWords(o.shift)}</p>
                    <p className="shift-where">
                      {o.shift.station?.name ?? 'Shift'} · from {o.offeredBy.displayName}
                    </p>
                  </div>
                  <button type="button" className="button button-secondary" disabled={busy} onClick={() => void act('swaps', () => call('swaps.withdraw', { swapId: o.id }), `You no longer take ${o.offeredBy.displayName}’s shift.`)}>
                    I can’t take it after all
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </div>
  );
}

interface ShiftItemProps {
  shift: Shift;
  myId: string;
  busy: boolean;
  feedback: ReactNode;
  onOffer: () => void;
  onWithdraw: (swapId: string) => void;
}

function ShiftItem({ shift, myId, busy, feedback, onOffer, onWithdraw }: ShiftItemProps) {
  const change = changeWords(shift);
  const swap = mySwapWords(shift, myId);
  const cancelled = shift.attendance?.status === 'cancelled';
  return (
    <li className={`shift-item${change ? ' shift-item-changed' : ''}`}>
      <div className="shift-item-main">
        <p className="shift-when">
          {cancelled ? <s>{whenWords(shift)}</s> : whenWords(shift)}
          {change ? <span className="shift-tag">{cancelled ? 'Cancelled' : 'Changed'}</span> : null}
        </p>
        <p className="shift-where">
          {shift.station?.name ?? 'Shift'}
          {shift.supervisor ? ` · supervisor ${shift.supervisor.displayName}` : ''}
        </p>
        {shift.note ? <p className="shift-note">{shift.note}</p> : null}
        {change ? <p className="shift-change">{change}</p> : null}
        {swap ? <p className="shift-swap">{swap}</p> : null}
        {feedback}
      </div>
      <div className="shift-item-actions">
        {canOffer(shift) ? (
          <button type="button" className="button button-secondary" disabled={busy} onClick={onOffer}>
            Offer for a swap<span className="visually-hidden">: {whenWords(shift)}</span>
          </button>
        ) : null}
        {shift.swap && shift.swap.offeredBy.id === myId && (shift.swap.state === 'offered' || shift.swap.state === 'taken') ? (
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => onWithdraw(shift.swap?.id ?? '')}>
            Withdraw my offer<span className="visually-hidden">: {whenWords(shift)}</span>
          </button>
        ) : null}
      </div>
    </li>
  );
}
